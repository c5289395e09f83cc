import { ActionIcon, Button, Fieldset, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import type { DataCenter } from '../shared';
import '../i18n';

type Form = DatacenterSchemas['DataCenterForm'];
type CapacityKey = keyof DatacenterSchemas['CapacityForm'];
type LinkForm = DatacenterSchemas['LinkForm'];
type DrForm = DatacenterSchemas['DrTargetForm'];
interface LinkRow {
  upstream: LinkForm['upstream'];
  name: string;
  status: LinkForm['status'];
  bandwidthMbps: number | '';
  rest: Partial<LinkForm>;
}
interface DrRow {
  systemKind: DrForm['systemKind'];
  systemId: string;
  systemName: string;
  rpoMinutes: number | '';
  rtoMinutes: number | '';
  replicaSite: string;
}
const LINK_STATUSES = ['PLANNED', 'CONNECTED', 'DEGRADED', 'DISCONNECTED'] as const;

/** CapacityForm's limits on the server (bean validation). */
const CAPACITY: { key: CapacityKey; min: number; max: number; decimal: boolean }[] = [
  { key: 'vcpu', min: 0, max: 1_000_000, decimal: false },
  { key: 'ramGib', min: 0, max: 100_000_000, decimal: false },
  { key: 'diskGib', min: 0, max: 1_000_000_000, decimal: false },
  { key: 'rackUnits', min: 0, max: 100_000, decimal: false },
  { key: 'powerKw', min: 0, max: 100_000, decimal: true },
  { key: 'vcpuOvercommit', min: 1, max: 16, decimal: true },
  { key: 'ramOvercommit', min: 1, max: 4, decimal: true },
];
const CODE = /^[A-Z][A-Z0-9-]{1,29}$/;

/**
 * Registers a data center (POST, with its code) or replaces one (PUT with If-Match, the whole DataCenterForm): name,
 * role, address, installed capacity, the links to the provincial and national data centers (at most one each), and
 * on the main site the DR targets per critical system (D9: the replica site must be a registered DR site). A link's
 * note and last check are kept as they were.
 */
export function DataCenterFormModal({
  existing,
  etag,
  onClose,
  onSaved,
}: {
  existing?: DataCenter;
  etag?: string;
  onClose: () => void;
  onSaved: (dc: DataCenter) => void;
}) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState(existing?.name ?? '');
  const [role, setRole] = useState<Form['role']>(existing?.role ?? 'MAIN');
  const [address, setAddress] = useState(existing?.address ?? '');
  const [capacity, setCapacity] = useState<Record<CapacityKey, number | ''>>(
    existing?.capacity ?? { vcpu: 0, ramGib: 0, diskGib: 0, rackUnits: 0, powerKw: 0, vcpuOvercommit: 1, ramOvercommit: 1 },
  );
  const [links, setLinks] = useState<LinkRow[]>(
    (existing?.links ?? []).map(({ upstream, name: n, status, bandwidthMbps, ...rest }) => ({
      upstream,
      name: n,
      status,
      bandwidthMbps: bandwidthMbps ?? '',
      rest,
    })),
  );
  const [drs, setDrs] = useState<DrRow[]>(
    (existing?.drTargets ?? []).map((d) => ({ ...d, systemName: d.systemName ?? '' })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const drSites = useQuery({
    queryKey: ['datacenter', 'sites', 'options'],
    enabled: role === 'MAIN',
    queryFn: async () => must(await datacenter.GET('/api/v1/data-centers', { params: { query: { size: 100 } } })),
  });
  const applications = useQuery({
    queryKey: ['datacenter', 'dr-applications'],
    enabled: role === 'MAIN',
    queryFn: async () => {
      const page = must(await appRegistry.GET('/api/v1/applications', { params: { query: { size: 200, sort: ['name,asc'] } } }));
      return page.items.filter((a) => a.status !== 'DECOMMISSIONED').map((a) => ({ value: a.id, label: `${a.name} — ${a.ownerOpd}` }));
    },
  });
  const vpsOptions = useQuery({
    queryKey: ['datacenter', 'dr-vps'],
    enabled: role === 'MAIN' && drs.some((d) => d.systemKind === 'VPS'),
    queryFn: async () => {
      const page = must(await datacenter.GET('/api/v1/vps-requests', { params: { query: { status: 'ACTIVE', size: 100 } } }));
      return page.items.map((v) => ({ value: v.id, label: `${v.applicationName} — ${v.opd}` }));
    },
  });
  const setLink = (i: number, change: Partial<LinkRow>) => setLinks((all) => all.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const setDr = (i: number, change: Partial<DrRow>) => setDrs((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)));

  const mutation = useMutation({
    mutationFn: async (form: Form) => {
      if (existing) {
        return must(
          await datacenter.PUT('/api/v1/data-centers/{code}', {
            params: { path: { code: existing.code }, header: etag ? { 'If-Match': etag } : undefined },
            body: form,
          }),
        );
      }
      return must(await datacenter.POST('/api/v1/data-centers', { body: { code, dataCenter: form } }));
    },
    onSuccess: onSaved,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!existing && !CODE.test(code)) found.code = code ? t('siteForm.codeHint') : tc('field.required');
    if (!name.trim()) found.name = tc('field.required');
    for (const c of CAPACITY) {
      const v = capacity[c.key];
      if (v === '') found[c.key] = tc('field.required');
      else if (v < c.min) found[c.key] = t('vpsForm.min', { min: c.min });
      else if (v > c.max) found[c.key] = t('vpsForm.max', { max: c.max });
    }
    links.forEach((l, i) => {
      if (!l.name.trim()) found[`links[${i}].name`] = tc('field.required');
    });
    if (role === 'MAIN')
      drs.forEach((d, i) => {
        if (!d.systemId) found[`drTargets[${i}].systemId`] = tc('field.required');
        if (!d.replicaSite) found[`drTargets[${i}].replicaSite`] = tc('field.required');
        if (d.rpoMinutes === '') found[`drTargets[${i}].rpoMinutes`] = tc('field.required');
        if (d.rtoMinutes === '') found[`drTargets[${i}].rtoMinutes`] = tc('field.required');
      });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({
      name: name.trim(),
      role,
      ...(address.trim() ? { address: address.trim() } : {}),
      capacity: Object.fromEntries(CAPACITY.map((c) => [c.key, Number(capacity[c.key])])) as Form['capacity'],
      links: links.map((l) => ({
        ...l.rest,
        upstream: l.upstream,
        name: l.name.trim(),
        status: l.status,
        ...(l.bandwidthMbps !== '' ? { bandwidthMbps: Number(l.bandwidthMbps) } : { bandwidthMbps: undefined }),
      })),
      drTargets:
        role === 'MAIN'
          ? drs.map((d) => ({
              systemKind: d.systemKind,
              systemId: d.systemId,
              ...(d.systemName ? { systemName: d.systemName } : {}),
              rpoMinutes: Number(d.rpoMinutes),
              rtoMinutes: Number(d.rtoMinutes),
              replicaSite: d.replicaSite,
            }))
          : [],
    });
  }
  const prefix = existing ? '' : 'dataCenter.';
  const error = (key: string, server = key) => errors[key] ?? fieldError(mutation.error, `${prefix}${server}`) ?? fieldError(mutation.error, server);

  return (
    <Modal opened onClose={onClose} title={existing ? t('siteForm.editTitle', { code: existing.code }) : t('siteForm.registerTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!existing && (
            <TextInput
              label={t('siteForm.code')}
              description={t('siteForm.codeHint')}
              required
              maxLength={30}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
              error={errors.code ?? fieldError(mutation.error, 'code')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('siteForm.name')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error('name')} />
            <Select
              label={t('siteForm.role')}
              required
              allowDeselect={false}
              data={(['MAIN', 'DISASTER_RECOVERY'] as const).map((r) => ({ value: r, label: t(`sites.roleValue.${r}`) }))}
              value={role}
              onChange={(v) => setRole((v ?? 'MAIN') as Form['role'])}
              error={error('role')}
            />
          </SimpleGrid>
          <Textarea label={t('siteForm.address')} maxLength={500} autosize minRows={2} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={error('address')} />
          <Title order={3} size="h5">
            {t('siteForm.capacity')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm">
            {CAPACITY.map((c) => (
              <NumberInput
                key={c.key}
                label={t(`siteForm.${c.key}`)}
                required
                min={c.min}
                max={c.max}
                allowDecimal={c.decimal}
                decimalScale={c.decimal ? 2 : undefined}
                allowNegative={false}
                clampBehavior="none"
                value={capacity[c.key]}
                onChange={(v) => setCapacity((old) => ({ ...old, [c.key]: v === '' ? '' : Number(v) }))}
                error={error(c.key, `capacity.${c.key}`)}
              />
            ))}
          </SimpleGrid>
          <Fieldset legend={t('siteForm.links')}>
            <Stack gap="sm">
              {links.map((l, i) => (
                <Group key={i} align="flex-end" gap="xs" wrap="wrap" role="group" aria-label={t('siteForm.link', { n: i + 1 })}>
                  <Select
                    label={t('siteForm.upstream')}
                    allowDeselect={false}
                    data={(['PROVINCIAL', 'NATIONAL'] as const).map((u) => ({ value: u, label: t(`sites.upstream.${u}`) }))}
                    value={l.upstream}
                    onChange={(v) => setLink(i, { upstream: (v ?? 'PROVINCIAL') as LinkRow['upstream'] })}
                    w={200}
                    error={error(`links[${i}].upstream`)}
                  />
                  <TextInput label={t('siteForm.linkName')} required maxLength={200} value={l.name} onChange={(e) => setLink(i, { name: e.currentTarget.value })} error={error(`links[${i}].name`)} style={{ flex: '1 1 12rem' }} />
                  <Select
                    label={t('siteForm.linkStatus')}
                    allowDeselect={false}
                    data={LINK_STATUSES.map((st) => ({ value: st, label: t(`sites.linkStatus.${st}`) }))}
                    value={l.status}
                    onChange={(v) => setLink(i, { status: (v ?? 'PLANNED') as LinkRow['status'] })}
                    w={160}
                  />
                  <NumberInput label={t('siteForm.bandwidth')} min={1} max={10_000_000} allowDecimal={false} value={l.bandwidthMbps} onChange={(n) => setLink(i, { bandwidthMbps: n === '' ? '' : Number(n) })} w={150} error={error(`links[${i}].bandwidthMbps`)} />
                  <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('siteForm.removeLink', { n: i + 1 })} onClick={() => setLinks((all) => all.filter((_, j) => j !== i))}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              {links.length < 2 && (
                <Button
                  variant="light"
                  size="xs"
                  w="fit-content"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() =>
                    setLinks((all) => [...all, { upstream: all.some((l) => l.upstream === 'PROVINCIAL') ? 'NATIONAL' : 'PROVINCIAL', name: '', status: 'PLANNED', bandwidthMbps: '', rest: {} }])
                  }
                >
                  {t('siteForm.addLink')}
                </Button>
              )}
            </Stack>
          </Fieldset>
          {role === 'MAIN' && (
            <Fieldset legend={t('siteForm.drTargets')}>
              <Stack gap="sm">
                <Text size="xs" c="dimmed">
                  {t('siteForm.drHint')}
                </Text>
                {drs.map((d, i) => (
                  <Stack key={i} gap="xs" role="group" aria-label={t('siteForm.dr', { n: i + 1 })}>
                    <Group align="flex-end" gap="xs" wrap="wrap">
                      <Select
                        label={t('siteForm.systemKind')}
                        allowDeselect={false}
                        data={(['APPLICATION', 'VPS'] as const).map((k) => ({ value: k, label: t(`site.systemKind.${k}`) }))}
                        value={d.systemKind}
                        onChange={(v) => setDr(i, { systemKind: (v ?? 'APPLICATION') as DrRow['systemKind'], systemId: '', systemName: '' })}
                        w={140}
                      />
                      <Select
                        label={t('siteForm.system')}
                        required
                        searchable
                        data={[
                          ...((d.systemKind === 'APPLICATION' ? applications.data : vpsOptions.data) ?? []),
                          ...(d.systemId && d.systemName ? [{ value: d.systemId, label: d.systemName }] : []),
                        ].filter((o, k, all) => all.findIndex((x) => x.value === o.value) === k)}
                        value={d.systemId || null}
                        onChange={(v, option) => setDr(i, { systemId: v ?? '', systemName: option ? option.label.split(' — ')[0] : '' })}
                        error={error(`drTargets[${i}].systemId`)}
                        style={{ flex: '1 1 14rem' }}
                        nothingFoundMessage="—"
                      />
                      <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('siteForm.removeDr', { n: i + 1 })} onClick={() => setDrs((all) => all.filter((_, j) => j !== i))}>
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Group>
                    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
                      <NumberInput label={t('siteForm.rpoMinutes')} required min={0} max={525_600} allowDecimal={false} value={d.rpoMinutes} onChange={(n) => setDr(i, { rpoMinutes: n === '' ? '' : Number(n) })} error={error(`drTargets[${i}].rpoMinutes`)} />
                      <NumberInput label={t('siteForm.rtoMinutes')} required min={1} max={525_600} allowDecimal={false} value={d.rtoMinutes} onChange={(n) => setDr(i, { rtoMinutes: n === '' ? '' : Number(n) })} error={error(`drTargets[${i}].rtoMinutes`)} />
                      <Select
                        label={t('siteForm.replicaSite')}
                        required
                        data={(drSites.data?.items ?? []).filter((x) => x.role === 'DISASTER_RECOVERY').map((x) => ({ value: x.code, label: `${x.code} — ${x.name}` }))}
                        value={d.replicaSite || null}
                        onChange={(v) => setDr(i, { replicaSite: v ?? '' })}
                        error={error(`drTargets[${i}].replicaSite`)}
                        nothingFoundMessage="—"
                      />
                    </SimpleGrid>
                  </Stack>
                ))}
                <Button
                  variant="light"
                  size="xs"
                  w="fit-content"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setDrs((all) => [...all, { systemKind: 'APPLICATION', systemId: '', systemName: '', rpoMinutes: 60, rtoMinutes: 240, replicaSite: '' }])}
                >
                  {t('siteForm.addDr')}
                </Button>
              </Stack>
            </Fieldset>
          )}
          <ProblemAlert error={mutation.error} onReload={onClose} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
