import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { FormButtons } from '../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { StepButtons } from '../../ui/StepButtons';
import { stageActions, type StageAction } from './permissions';
import { useRefreshEvaluation, type EvaluationWithTag } from './queries';
import './i18n';

/**
 * The stage steps this caller may take on the evaluation (see stageActions), each confirmed in a small dialog with an
 * optional note. Every step sends If-Match with the ETag of the evaluation shown, so a step taken meanwhile by someone
 * else answers 412 with a reload instead of being applied to a state the user never saw.
 */
export function StageActions({ current }: { current: EvaluationWithTag }) {
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const { evaluation } = current;
  const actions = stageActions(evaluation, caller);
  const [open, setOpen] = useState<StageAction | null>(null);
  const [done, setDone] = useState<string>();

  return (
    <Stack gap="xs">
      <StepButtons
        label={t('workflow.label')}
        steps={actions.map((action) => ({
          key: action.kind === 'advance' ? action.to : 'finalise',
          label: action.kind === 'advance' ? t('workflow.advanceTo', { stage: t(`stage.${action.to}`) }) : t('workflow.finalise'),
          variant: action.kind === 'advance' && action.to === 'VISITASI' ? 'light' : 'filled',
          color: action.kind === 'finalise' ? 'teal' : undefined,
          onClick: () => {
            setDone(undefined);
            setOpen(action);
          },
        }))}
        none={evaluation.stage !== 'FINAL' ? t('workflow.none') : undefined}
        done={done}
      />
      {open && (
        <StageStepModal
          current={current}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(stage) => {
            setOpen(null);
            setDone(t('workflow.done', { stage: t(`stage.${stage}`) }));
          }}
        />
      )}
    </Stack>
  );
}

function StageStepModal({
  current,
  action,
  onClose,
  onDone,
}: {
  current: EvaluationWithTag;
  action: StageAction;
  onClose: () => void;
  onDone: (stage: string) => void;
}) {
  const { t } = useTranslation('monev');
  const { evaluation, etag } = current;
  const refresh = useRefreshEvaluation(evaluation.id);
  const [note, setNote] = useState('');
  const header = etag ? { 'If-Match': etag } : {};
  const mutation = useMutation({
    mutationFn: async () => {
      const trimmed = note.trim() || undefined;
      const path = { id: evaluation.id };
      return action.kind === 'advance'
        ? must(await monev.POST('/api/v1/evaluations/{id}/advance', { params: { path, header }, body: { to: action.to, note: trimmed } }))
        : must(await monev.POST('/api/v1/evaluations/{id}/finalise', { params: { path, header }, body: { note: trimmed } }));
    },
    onSuccess: async (result) => {
      await refresh();
      onDone(result.stage);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const title =
    action.kind === 'advance' ? t('workflow.advanceTo', { stage: t(`stage.${action.to}`) }) : t('workflow.finalise');
  const explanation =
    action.kind === 'finalise'
      ? t('workflow.finaliseExplain')
      : action.to === 'PENILAIAN_DOKUMEN'
        ? t('workflow.closeSelfExplain')
        : t('workflow.advanceExplain', { from: t(`stage.${evaluation.stage}`), to: t(`stage.${action.to}`) });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{explanation}</Text>
          <Textarea
            label={t('workflow.note')}
            value={note}
            maxLength={2000}
            autosize
            minRows={2}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(mutation.error, 'note')}
          />
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={title} submitColor={action.kind === 'finalise' ? 'teal' : undefined} />
        </Stack>
      </form>
    </Modal>
  );
}
