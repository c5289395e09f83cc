import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { OBLIGATIONS, REGULATIONS } from '../i18n/obligations';

const KNOWN = [400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 503];

/**
 * A problem as a banner in the user's language: what happened (by status), what to do, the regulation article a 422
 * comes from, and the server's own detail. 409/412 offer a reload. Field errors of a 400 belong next to their fields
 * (see fieldError); the banner then only says to correct them.
 */
export function ProblemAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  const status = problem?.status;
  const key = status && KNOWN.includes(status) ? String(status) : 'generic';
  const hint =
    status === 429 && problem?.retryAfterSeconds
      ? t('problem.hint.retry429', { seconds: problem.retryAfterSeconds })
      : t(`problem.hint.${key}`);
  const article = problem?.obligation ? OBLIGATIONS[problem.obligation] : undefined;
  const detail = problem?.detail ?? (problem ? undefined : String((error as Error)?.message ?? error));
  return (
    <Alert
      color={status && status < 500 && status !== 429 ? 'orange' : 'red'}
      icon={<IconAlertTriangle aria-hidden />}
      title={t(`problem.title.${key}`)}
      role="alert"
      data-problem-status={status}
    >
      <Stack gap={4}>
        {problem?.obligation && (
          <Text size="sm" fw={600}>
            {article
              ? t('problem.obligation', { id: problem.obligation, source: expandSource(article.source) })
              : t('problem.obligationUnknown', { id: problem.obligation })}
          </Text>
        )}
        {detail && (
          <Text size="sm" lang="id">
            {i18n.language !== 'id' && <span>{t('problem.serverSaid')}: </span>}
            {detail}
          </Text>
        )}
        {hint && <Text size="sm">{hint}</Text>}
        {(status === 409 || status === 412) && onReload && (
          <Group>
            <Button size="xs" variant="light" onClick={onReload}>
              {t('action.reload')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** "RL p52, BT p47" → "Peraturan Bupati Rejang Lebong 6/2022 Pasal 52; Peraturan Walikota Bitung 69/2021 Pasal 47". */
export function expandSource(source: string): string {
  if (source === 'all') return Object.values(REGULATIONS).join('; ');
  return source
    .split(/,\s*/)
    .map((part) => {
      const m = /^([A-Z]{2})\s*(.*)$/.exec(part.trim());
      if (!m || !REGULATIONS[m[1]]) return part;
      const articles = m[2].replace(/p(\d+)/g, 'Pasal $1').trim();
      return articles ? `${REGULATIONS[m[1]]} ${articles}` : REGULATIONS[m[1]];
    })
    .join('; ');
}

/** The server's message for a form field, when the last submit's 400 named it. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiProblem && error.status === 400 ? error.fieldMessage(field) : undefined;
}
