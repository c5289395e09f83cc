import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, fieldError } from './ProblemAlert';
import { FormButtons } from './FormButtons';

/**
 * A confirm dialog for one state step that may need a written reason (required when asked for, up to 1000
 * characters). `send` gets the trimmed reason; after success the data is refreshed before `onDone`. A problem's
 * reload refreshes and closes, so the user sees the current state.
 */
export function ReasonStepModal<T>({
  title,
  explanation,
  reasonLabel,
  needsReason,
  confirmLabel,
  confirmColor,
  send,
  refresh,
  onClose,
  onDone,
}: {
  title: string;
  explanation: string;
  reasonLabel: string;
  needsReason: boolean;
  confirmLabel: string;
  confirmColor: string;
  send: (reason: string) => Promise<T>;
  refresh: () => Promise<unknown>;
  onClose: () => void;
  onDone: (result: T) => void;
}) {
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => send(reason.trim()),
    onSuccess: async (result) => {
      await refresh();
      onDone(result);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = needsReason && !reason.trim();
    setMissing(blank);
    if (!blank) mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{explanation}</Text>
          {needsReason && (
            <Textarea
              label={reasonLabel}
              required
              value={reason}
              maxLength={1000}
              autosize
              minRows={2}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={missing ? tc('field.required') : fieldError(mutation.error, 'reason')}
            />
          )}
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={confirmLabel} submitColor={confirmColor} />
        </Stack>
      </form>
    </Modal>
  );
}
