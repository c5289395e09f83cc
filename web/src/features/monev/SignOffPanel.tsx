import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconDownload, IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role, type Caller } from '../../auth/roles';
import { FormButtons } from '../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { downloadFile } from '../../ui/downloadFile';
import { formatDateTime } from '../../ui/format';
import { useRefreshEvaluation, type Evaluation, type EvaluationWithTag } from './queries';
import './publicationI18n';

/** G2: only the governance body's coordinator signs off (a courtesy; the server answers 403 to anyone else). */
export function canSignOff(evaluation: Pick<Evaluation, 'stage' | 'published'>, caller: Caller | undefined): boolean {
  return evaluation.stage === 'FINAL' && !evaluation.published && hasAnyRole(caller, Role.COORDINATOR);
}

/** M2: the report holds every unit's indicators, so it is for the region-wide roles (operators get 403). */
export function canReadReport(caller: Caller | undefined): boolean {
  return hasAnyRole(caller, Role.COORDINATOR, Role.DINAS_ADMIN, Role.EVALUATOR, Role.AUDITOR);
}

/**
 * The sign-off of a final result (G2): published with who and when, or waiting — and for the coordinator the two
 * decisions, approve (publishes) or return with a mandatory reason (reopens the evaluators' last stage). Both send
 * If-Match, so a decision on a result someone changed meanwhile answers 412 with a reload.
 */
export function SignOffPanel({ current }: { current: EvaluationWithTag }) {
  const { t } = useTranslation('monevPublication');
  const caller = useCaller();
  const { evaluation } = current;
  const [open, setOpen] = useState<'approve' | 'return' | null>(null);
  const [done, setDone] = useState<string>();

  return (
    <Stack gap="xs" component="section" aria-labelledby="sign-off-title">
      <Text fw={600} size="sm" id="sign-off-title" component="h2" m={0}>
        {t('signOff.title')}
      </Text>
      {evaluation.published ? (
        <Group gap={6} wrap="wrap">
          <PublishedBadge />
          <Text size="sm">
            {t('signOff.publishedBy', {
              by: evaluation.publishedByName ?? evaluation.publishedBy ?? '—',
              body: evaluation.publishedFor ?? '—',
              at: formatDateTime(evaluation.publishedAt),
            })}
          </Text>
        </Group>
      ) : evaluation.stage === 'FINAL' ? (
        <Text size="sm">{t('signOff.waiting')}</Text>
      ) : null}
      {canSignOff(evaluation, caller) && (
        <Group gap="xs" role="group" aria-label={t('signOff.title')} wrap="wrap">
          <Button size="sm" color="teal" onClick={() => { setDone(undefined); setOpen('approve'); }}>
            {t('signOff.approve')}
          </Button>
          <Button size="sm" variant="light" color="orange" onClick={() => { setDone(undefined); setOpen('return'); }}>
            {t('signOff.return')}
          </Button>
        </Group>
      )}
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      {open && (
        <SignOffModal
          current={current}
          decision={open}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setDone(message);
          }}
        />
      )}
    </Stack>
  );
}

/** G2: the result is approved and published (in words, not by colour alone). */
export function PublishedBadge() {
  const { t } = useTranslation('monevPublication');
  return (
    <Badge color="teal" variant="filled" leftSection={<IconRosetteDiscountCheck size={14} aria-hidden />} tt="none">
      {t('signOff.published')}
    </Badge>
  );
}

/** The coordinator's last return, shown while the evaluators work on it again. */
export function ReturnNotice({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('monevPublication');
  if (!evaluation.returnReason || evaluation.stage === 'FINAL') return null;
  return (
    <Alert color="orange" title={t('signOff.lastReturnTitle')}>
      {t('signOff.lastReturn', {
        by: evaluation.returnedBy ?? '—',
        at: formatDateTime(evaluation.returnedAt),
        reason: evaluation.returnReason,
      })}
    </Alert>
  );
}

/** M2: the report as PDF, draft until approved (the file name says so too). */
export function ReportDownload({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('monevPublication');
  const caller = useCaller();
  const download = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/evaluations/${encodeURIComponent(evaluation.id)}/report.pdf`,
        `laporan-evaluasi-spbe-${evaluation.id}${evaluation.published ? '' : '-draf'}.pdf`,
      ),
  });
  if (!canReadReport(caller)) return null;
  return (
    <Stack gap={4} align="flex-end">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconDownload size={14} aria-hidden />}
        loading={download.isPending}
        onClick={() => download.mutate()}
        title={evaluation.published ? undefined : t('report.draftHint')}
      >
        {t('report.download')}
      </Button>
      <ProblemAlert error={download.error} />
    </Stack>
  );
}

function SignOffModal({
  current,
  decision,
  onClose,
  onDone,
}: {
  current: EvaluationWithTag;
  decision: 'approve' | 'return';
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('monevPublication');
  const { t: tm } = useTranslation('monev');
  const { evaluation, etag } = current;
  const refresh = useRefreshEvaluation(evaluation.id);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const header = etag ? { 'If-Match': etag } : {};
  const mutation = useMutation({
    mutationFn: async () => {
      const path = { id: evaluation.id };
      return decision === 'approve'
        ? must(await monev.POST('/api/v1/evaluations/{id}/approve', { params: { path, header } }))
        : must(await monev.POST('/api/v1/evaluations/{id}/return', { params: { path, header }, body: { reason: reason.trim() } }));
    },
    onSuccess: async (result) => {
      await refresh();
      onDone(decision === 'approve' ? t('signOff.approved') : t('signOff.returned', { stage: tm(`stage.${result.stage}`) }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (decision === 'return' && !reason.trim()) {
      setMissing(true);
      return;
    }
    mutation.mutate();
  };
  const title = decision === 'approve' ? t('signOff.approve') : t('signOff.return');
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{decision === 'approve' ? t('signOff.approveExplain') : t('signOff.returnExplain')}</Text>
          {decision === 'return' && (
            <Textarea
              label={t('signOff.reason')}
              required
              value={reason}
              maxLength={2000}
              autosize
              minRows={3}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('signOff.required') : fieldError(mutation.error, 'reason')}
            />
          )}
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={title} submitColor={decision === 'approve' ? 'teal' : 'orange'} />
        </Stack>
      </form>
    </Modal>
  );
}
