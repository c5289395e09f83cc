import { ActionIcon, Button, Checkbox, Fieldset, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ifMatch } from '../i18n';

type Lan = NetworkSchemas['LanResponse'];
type Device = NetworkSchemas['DeviceResponse'];
type DeviceRequest = NetworkSchemas['DeviceRequest'];
type Kind = DeviceRequest['kind'];
export const DEVICE_KINDS: Kind[] = ['ROUTER', 'FIREWALL', 'SWITCH', 'ACCESS_POINT', 'SERVER', 'SPECIAL'];

interface InterfaceRow {
  name: string;
  description: string;
  untaggedVlan: string;
  taggedVlans: string;
}

/** "10, 20" → [10, 20]; undefined when a part is not a VLAN id. */
export function parseVlanList(text: string): number[] | undefined {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const ids = parts.map(Number);
  return ids.every((n) => Number.isInteger(n) && n >= 1 && n <= 4094) ? ids : undefined;
}

const blank = (v: string) => (v.trim() ? v.trim() : undefined);

/**
 * Adds or changes one device of an OPD's LAN (N3, N4): the whole DeviceRequest with its interfaces, sent with the
 * LAN's revision as If-Match. Someone who may only run SPECIAL devices (N4) gets only that kind.
 */
export function DeviceFormModal({
  lan,
  device,
  onClose,
  onSaved,
}: {
  lan: Lan;
  device?: Device;
  onClose: () => void;
  onSaved: () => Promise<unknown> | void;
}) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const specialOnly = !lan.mayEdit && lan.mayEditSpecial;
  const kinds = specialOnly ? (['SPECIAL'] as Kind[]) : DEVICE_KINDS;
  const [name, setName] = useState(device?.name ?? '');
  const [kind, setKind] = useState<Kind>(device?.kind ?? kinds[0]);
  const [vendor, setVendor] = useState(device?.vendor ?? '');
  const [model, setModel] = useState(device?.model ?? '');
  const [serialNumber, setSerialNumber] = useState(device?.serialNumber ?? '');
  const [security, setSecurity] = useState(device?.security ?? false);
  const [internetFacing, setInternetFacing] = useState(device?.internetFacing ?? false);
  const [hardwareEndOfLife, setHardwareEndOfLife] = useState(device?.hardwareEndOfLife ?? '');
  const [softwareName, setSoftwareName] = useState(device?.softwareName ?? '');
  const [softwareVersion, setSoftwareVersion] = useState(device?.softwareVersion ?? '');
  const [softwareEndOfLife, setSoftwareEndOfLife] = useState(device?.softwareEndOfLife ?? '');
  const [interfaces, setInterfaces] = useState<InterfaceRow[]>(
    (device?.interfaces ?? []).map((i) => ({
      name: i.name,
      description: i.description ?? '',
      untaggedVlan: i.untaggedVlan != null ? String(i.untaggedVlan) : '',
      taggedVlans: (i.taggedVlans ?? []).join(', '),
    })),
  );
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [badLists, setBadLists] = useState<Record<number, boolean>>({});

  const body = (): DeviceRequest => ({
    name: name.trim(),
    kind,
    siteId: device?.siteId,
    vendor: blank(vendor),
    model: blank(model),
    serialNumber: blank(serialNumber),
    security: kind === 'FIREWALL' ? true : security,
    internetFacing,
    hardwareEndOfLife: blank(hardwareEndOfLife),
    softwareName: blank(softwareName),
    softwareVersion: blank(softwareVersion),
    softwareEndOfLife: blank(softwareEndOfLife),
    interfaces: interfaces.map((i) => ({
      name: i.name.trim(),
      description: blank(i.description),
      untaggedVlan: i.untaggedVlan ? Number(i.untaggedVlan) : undefined,
      taggedVlans: parseVlanList(i.taggedVlans) ?? [],
    })),
  });

  const save = useMutation({
    mutationFn: async () => {
      const headers = { 'If-Match': ifMatch(lan.revision) };
      if (device) {
        return must(
          await network.PUT('/api/v1/lans/{opd}/devices/{deviceId}', {
            params: { path: { opd: lan.opd, deviceId: device.id }, header: headers },
            body: body(),
          }),
        );
      }
      return must(await network.POST('/api/v1/lans/{opd}/devices', { params: { path: { opd: lan.opd }, header: headers }, body: body() }));
    },
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const miss: Record<string, boolean> = { name: !name.trim() };
    interfaces.forEach((i, n) => (miss[`if${n}`] = !i.name.trim()));
    const bad: Record<number, boolean> = {};
    interfaces.forEach((i, n) => (bad[n] = parseVlanList(i.taggedVlans) === undefined));
    setMissing(miss);
    setBadLists(bad);
    if (!Object.values(miss).some(Boolean) && !Object.values(bad).some(Boolean)) save.mutate();
  };

  const update = (n: number, patch: Partial<InterfaceRow>) =>
    setInterfaces((rows) => rows.map((row, i) => (i === n ? { ...row, ...patch } : row)));
  const vlanOptions = [{ value: '', label: t('prefix.noVlan') }, ...lan.vlans.map((v) => ({ value: String(v.vid), label: `${v.vid} · ${v.name}` }))];
  const err = (field: string) => fieldError(save.error, field);

  return (
    <Modal opened onClose={onClose} title={device ? t('lan.editDevice') : t('lan.addDevice')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('device.name')}
              required
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.currentTarget.value)}
              error={missing.name ? tc('field.required') : err('name')}
            />
            <NativeSelect
              label={t('device.kind')}
              required
              data={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as Kind)}
              error={err('kind')}
            />
            <TextInput label={t('device.vendor')} value={vendor} onChange={(e) => setVendor(e.currentTarget.value)} error={err('vendor')} />
            <TextInput label={t('device.model')} value={model} onChange={(e) => setModel(e.currentTarget.value)} error={err('model')} />
            <TextInput
              label={t('device.serialNumber')}
              value={serialNumber}
              onChange={(e) => setSerialNumber(e.currentTarget.value)}
              error={err('serialNumber')}
            />
            <TextInput
              type="date"
              label={t('device.hardwareEndOfLife')}
              value={hardwareEndOfLife}
              onChange={(e) => setHardwareEndOfLife(e.currentTarget.value)}
              error={err('hardwareEndOfLife')}
            />
            <TextInput
              label={t('device.softwareName')}
              value={softwareName}
              onChange={(e) => setSoftwareName(e.currentTarget.value)}
              error={err('softwareName')}
            />
            <TextInput
              label={t('device.softwareVersion')}
              value={softwareVersion}
              onChange={(e) => setSoftwareVersion(e.currentTarget.value)}
              error={err('softwareVersion')}
            />
            <TextInput
              type="date"
              label={t('device.softwareEndOfLife')}
              value={softwareEndOfLife}
              onChange={(e) => setSoftwareEndOfLife(e.currentTarget.value)}
              error={err('softwareEndOfLife')}
            />
          </SimpleGrid>
          <Group>
            <Checkbox
              label={t('device.security')}
              description={t('device.securityHint')}
              checked={kind === 'FIREWALL' || security}
              disabled={kind === 'FIREWALL'}
              onChange={(e) => setSecurity(e.currentTarget.checked)}
            />
            <Checkbox label={t('device.internetFacing')} checked={internetFacing} onChange={(e) => setInternetFacing(e.currentTarget.checked)} />
          </Group>
          <Fieldset legend={t('device.interfaces')}>
            <Stack gap="xs">
              {interfaces.map((row, n) => (
                <Group key={n} align="flex-end" wrap="wrap" gap="xs">
                  <TextInput
                    label={t('device.interfaceName', { n: n + 1 })}
                    required
                    value={row.name}
                    onChange={(e) => update(n, { name: e.currentTarget.value })}
                    error={missing[`if${n}`] ? tc('field.required') : err(`interfaces[${n}].name`)}
                    w={150}
                  />
                  <NativeSelect
                    label={t('device.untaggedVlan', { n: n + 1 })}
                    data={vlanOptions}
                    value={row.untaggedVlan}
                    onChange={(e) => update(n, { untaggedVlan: e.currentTarget.value })}
                    error={err(`interfaces[${n}].untaggedVlan`)}
                    w={170}
                  />
                  <TextInput
                    label={t('device.taggedVlans', { n: n + 1 })}
                    value={row.taggedVlans}
                    onChange={(e) => update(n, { taggedVlans: e.currentTarget.value })}
                    error={badLists[n] ? t('device.badVlanList') : err(`interfaces[${n}].taggedVlans`)}
                    w={220}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('device.removeInterface', { n: n + 1 })}
                    onClick={() => setInterfaces((rows) => rows.filter((_, i) => i !== n))}
                    mb={4}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setInterfaces((rows) => [...rows, { name: '', description: '', untaggedVlan: '', taggedVlans: '' }])}
                >
                  {t('device.addInterface')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <ProblemAlert error={save.error} onReload={() => void Promise.resolve(onSaved()).then(onClose)} />
          <FormButtons pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
