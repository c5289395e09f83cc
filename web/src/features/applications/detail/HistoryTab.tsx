import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppRegistrySchemas } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatDateTime } from '../../../ui/format';
import { useHistory } from './queries';
import './i18nTabs';

type History = AppRegistrySchemas['ApplicationHistoryResponse'];

/** The hash chain's verdict, prominent: verified, or broken from which entry (SEC1). */
export function ChainVerdict({ history }: { history: Pick<History, 'intact' | 'firstBrokenSequence'> }) {
  const { t } = useTranslation('appTabs');
  return history.intact ? (
    <Alert color="teal" role="status" icon={<IconShieldCheck aria-hidden />} title={t('history.intact')} data-testid="chain-verdict" data-intact="true" />
  ) : (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      icon={<IconAlertOctagon aria-hidden />}
      data-testid="chain-verdict"
      data-intact="false"
      title={
        history.firstBrokenSequence != null
          ? t('history.broken', { sequence: history.firstBrokenSequence })
          : t('history.brokenUnknown')
      }
    />
  );
}

function prettyData(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}

/** Riwayat: every change in a timeline (who, when, what), under the chain's verdict. */
export function HistoryTab({ applicationId }: { applicationId: string }) {
  const history = useHistory(applicationId);
  if (history.isPending) return <Loading />;
  if (history.error) return <ProblemAlert error={history.error} onReload={() => void history.refetch()} />;
  return <VerifiedHistory history={history.data} />;
}

/** Any hash-chained history (application, subdomain, integration): the verdict, then the entries oldest first. */
export function VerifiedHistory({ history }: { history: History }) {
  const { t } = useTranslation('appTabs');
  const { entries } = history;
  const broken = history.firstBrokenSequence;
  return (
    <Stack gap="md">
      <ChainVerdict history={history} />
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.none')}
        </Text>
      ) : (
        <ol aria-label={t('history.label')} className="history-timeline" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {entries.map((e) => {
            const bad = broken != null && e.sequence >= broken;
            return (
              <li
                key={e.sequence}
                style={{
                  borderInlineStart: `3px solid var(--mantine-color-${bad ? 'red' : 'blue'}-6)`,
                  paddingInlineStart: 'var(--mantine-spacing-md)',
                  paddingBlock: 'var(--mantine-spacing-xs)',
                }}
              >
                <Text size="sm" fw={600}>
                  {t('history.entry', { sequence: e.sequence, action: e.action })}
                </Text>
                <Text size="sm">
                  {formatDateTime(e.at)} · {t('history.by', { actor: e.actor })}
                </Text>
                {e.data && (
                  <details>
                    <summary>
                      <Text span size="xs">
                        {t('history.data')}
                      </Text>
                    </summary>
                    <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 12, margin: 0 }}>
                      {prettyData(e.data)}
                    </pre>
                  </details>
                )}
                <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {t('history.hash')}: {e.hash.slice(0, 16)}…
                </Text>
              </li>
            );
          })}
        </ol>
      )}
    </Stack>
  );
}
