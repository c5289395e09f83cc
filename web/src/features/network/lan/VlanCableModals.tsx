import { Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ifMatch } from '../i18n';

type Lan = NetworkSchemas['LanResponse'];
type Medium = NonNullable<NetworkSchemas['CableRequest']['medium']>;
const MEDIA: Medium[] = ['COPPER', 'FIBER', 'WIRELESS', 'VIRTUAL'];

/** Adds a VLAN (id 1–4094, 409 when the LAN has it) with the LAN's revision as If-Match. */
export function VlanModal({ lan, onClose, onSaved }: { lan: Lan; onClose: () => void; onSaved: () => Promise<unknown> | void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const [vid, setVid] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: async () =>
      must(
        await network.POST('/api/v1/lans/{opd}/vlans', {
          params: { path: { opd: lan.opd }, header: { 'If-Match': ifMatch(lan.revision) } },
          body: { vid: Number(vid), name: name.trim(), description: description.trim() || undefined },
        }),
      ),
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(vid);
    const miss = { vid: !(Number.isInteger(n) && n >= 1 && n <= 4094), name: !name.trim() };
    setMissing(miss);
    if (!miss.vid && !miss.name) save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('lan.addVlan')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('lan.vid')}
            required
            inputMode="numeric"
            value={vid}
            onChange={(e) => setVid(e.currentTarget.value.replace(/\D/g, ''))}
            error={missing.vid ? tc('field.required') : fieldError(save.error, 'vid')}
          />
          <TextInput
            label={t('lan.vlanName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={missing.name ? tc('field.required') : fieldError(save.error, 'name')}
          />
          <TextInput label={t('prefix.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fieldError(save.error, 'description')} />
          <ProblemAlert error={save.error} onReload={() => void Promise.resolve(onSaved()).then(onClose)} />
          <FormButtons pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Cables two interfaces of the LAN (N3). The server refuses an interface already cabled (409, naming the cable), a
 * cable from an interface to itself (422 N3); the choices here are the LAN's own devices and their interfaces.
 */
export function CableModal({ lan, onClose, onSaved }: { lan: Lan; onClose: () => void; onSaved: () => Promise<unknown> | void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const [a, setA] = useState({ deviceId: '', interfaceName: '' });
  const [b, setB] = useState({ deviceId: '', interfaceName: '' });
  const [medium, setMedium] = useState<Medium>('COPPER');
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: async () =>
      must(
        await network.POST('/api/v1/lans/{opd}/cables', {
          params: { path: { opd: lan.opd }, header: { 'If-Match': ifMatch(lan.revision) } },
          body: { a, b, medium, label: label.trim() || undefined },
        }),
      ),
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const miss = { aDevice: !a.deviceId, aInterface: !a.interfaceName, bDevice: !b.deviceId, bInterface: !b.interfaceName };
    setMissing(miss);
    if (!Object.values(miss).some(Boolean)) save.mutate();
  };
  const devices = [{ value: '', label: t('lan.choose') }, ...lan.devices.map((d) => ({ value: d.id, label: d.name }))];
  const interfacesOf = (deviceId: string) => [
    { value: '', label: t('lan.choose') },
    ...(lan.devices.find((d) => d.id === deviceId)?.interfaces ?? []).map((i) => ({ value: i.name, label: i.name })),
  ];
  const req = (key: string, field: string) => (missing[key] ? tc('field.required') : fieldError(save.error, field));
  return (
    <Modal opened onClose={onClose} title={t('lan.addCable')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('lan.aDevice')} required data={devices} value={a.deviceId} onChange={(e) => setA({ deviceId: e.currentTarget.value, interfaceName: '' })} error={req('aDevice', 'a.deviceId')} />
            <NativeSelect
              label={t('lan.aInterface')}
              required
              data={interfacesOf(a.deviceId)}
              value={a.interfaceName}
              onChange={(e) => setA({ ...a, interfaceName: e.currentTarget.value })}
              error={req('aInterface', 'a.interfaceName')}
            />
            <NativeSelect label={t('lan.bDevice')} required data={devices} value={b.deviceId} onChange={(e) => setB({ deviceId: e.currentTarget.value, interfaceName: '' })} error={req('bDevice', 'b.deviceId')} />
            <NativeSelect
              label={t('lan.bInterface')}
              required
              data={interfacesOf(b.deviceId)}
              value={b.interfaceName}
              onChange={(e) => setB({ ...b, interfaceName: e.currentTarget.value })}
              error={req('bInterface', 'b.interfaceName')}
            />
            <NativeSelect
              label={t('lan.columns.medium')}
              data={MEDIA.map((m) => ({ value: m, label: t(`cableMedium.${m}`) }))}
              value={medium}
              onChange={(e) => setMedium(e.currentTarget.value as Medium)}
            />
            <TextInput label={t('lan.cableLabel')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={fieldError(save.error, 'label')} />
          </SimpleGrid>
          <ProblemAlert error={save.error} onReload={() => void Promise.resolve(onSaved()).then(onClose)} />
          <FormButtons pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
