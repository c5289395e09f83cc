import { Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ifMatch, todayIso } from '../i18n';

type WanLink = NetworkSchemas['WanLinkResponse'];

/**
 * Dinas takes a WAN circuit out of service (N2): why, and the date it stopped serving (today unless said otherwise;
 * not in the future, 422 N2). The circuit leaves the active inventory and the WAN diagram, keeps its record and
 * history, and past years' reviews (N8) still count it up to the day before that date. Sends the link's version as
 * If-Match.
 */
export function DecommissionModal({ link, onClose, onDone }: { link: WanLink; onClose: () => void; onDone: () => Promise<unknown> | void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(todayIso());
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: async () =>
      must(
        await network.POST('/api/v1/wan-links/{id}/decommission', {
          params: { path: { id: link.id }, header: { 'If-Match': ifMatch(link.version) } },
          body: { reason: reason.trim(), decommissionedOn: on || undefined },
        }),
      ),
    onSuccess: async () => {
      await onDone();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('decommission.title', { circuit: link.circuitId })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('decommission.explain')}</Text>
          <Textarea
            label={t('decommission.reason')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing ? tc('field.required') : fieldError(save.error, 'reason')}
          />
          <TextInput
            type="date"
            label={t('decommission.on')}
            description={t('decommission.onHint')}
            value={on}
            max={todayIso()}
            onChange={(e) => setOn(e.currentTarget.value)}
            error={fieldError(save.error, 'decommissionedOn')}
          />
          <ProblemAlert error={save.error} />
          <FormButtons pending={save.isPending} onCancel={onClose} submitLabel={t('decommission.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
