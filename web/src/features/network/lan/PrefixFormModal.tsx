import { Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { ApiProblem } from '../../../api/problem';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ifMatch } from '../i18n';

type Lan = NetworkSchemas['LanResponse'];

/**
 * Adds an IP prefix to an OPD's LAN (N3). The service checks the CIDR (400 on the field, with "did you mean…" for
 * host bits), repeats in this LAN (409) and overlaps with every other OPD's plan (422 N3 naming that OPD): a clash
 * is said both in the banner and under the CIDR field, where the user will correct it.
 */
export function PrefixFormModal({ lan, onClose, onSaved }: { lan: Lan; onClose: () => void; onSaved: () => Promise<unknown> | void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const [cidr, setCidr] = useState('');
  const [vlan, setVlan] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: async () =>
      must(
        await network.POST('/api/v1/lans/{opd}/prefixes', {
          params: { path: { opd: lan.opd }, header: { 'If-Match': ifMatch(lan.revision) } },
          body: { cidr: cidr.trim(), vlan: vlan ? Number(vlan) : undefined, description: description.trim() || undefined },
        }),
      ),
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!cidr.trim());
    if (cidr.trim()) save.mutate();
  };
  const clash = save.error instanceof ApiProblem && (save.error.status === 409 || save.error.status === 422) ? save.error : undefined;
  const cidrError = missing
    ? tc('field.required')
    : (fieldError(save.error, 'cidr') ?? (clash ? `${clash.detail ?? ''} ${t('prefix.overlap')}`.trim() : undefined));
  return (
    <Modal opened onClose={onClose} title={t('lan.addPrefix')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('prefix.cidr')}
            description={t('prefix.cidrHint')}
            required
            value={cidr}
            onChange={(e) => setCidr(e.currentTarget.value)}
            error={cidrError}
            autoComplete="off"
          />
          <NativeSelect
            label={t('prefix.vlan')}
            data={[{ value: '', label: t('prefix.noVlan') }, ...lan.vlans.map((v) => ({ value: String(v.vid), label: `${v.vid} · ${v.name}` }))]}
            value={vlan}
            onChange={(e) => setVlan(e.currentTarget.value)}
            error={fieldError(save.error, 'vlan')}
          />
          <TextInput
            label={t('prefix.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError(save.error, 'description')}
          />
          <ProblemAlert error={save.error} onReload={() => void Promise.resolve(onSaved()).then(onClose)} />
          <FormButtons pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
