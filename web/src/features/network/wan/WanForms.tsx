import { ActionIcon, Button, Fieldset, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { useLanOptions } from '../changes/useLanOptions';
import { ifMatch } from '../i18n';

type Site = NetworkSchemas['SiteResponse'];
type Uplink = NetworkSchemas['UplinkPayload'];
type WanLink = NetworkSchemas['WanLinkResponse'];
type Medium = NetworkSchemas['WanLinkRequest']['medium'];
const MEDIA: Medium[] = ['FIBER', 'RADIO', 'VSAT', 'LEASED_LINE', 'METRO_ETHERNET', 'MPLS_VPN', 'CELLULAR', 'OTHER'];

/** Text of an optional number input ('' when absent). */
const text = (n: number | null | undefined) => (n == null ? '' : String(n));
/** An optional number from its input: undefined when blank, NaN (refused before sending) when not a number. */
const optionalNumber = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

type UplinkDraft = { network: Uplink['network']; provider: string; bandwidthMbps: string; circuitId: string };

/**
 * Registers a site of an OPD or changes one (N1, Dinas only): name, address, coordinates (both or none, 422 N1) and
 * the upstream interconnections to the provincial and central government networks. A change sends the site's
 * version as If-Match.
 */
export function SiteFormModal({ site, onClose, onSaved }: { site?: Site; onClose: () => void; onSaved: () => Promise<unknown> | void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const opds = useLanOptions(!site);
  const [opd, setOpd] = useState(site?.opd ?? '');
  const [name, setName] = useState(site?.name ?? '');
  const [address, setAddress] = useState(site?.address ?? '');
  const [latitude, setLatitude] = useState(text(site?.latitude));
  const [longitude, setLongitude] = useState(text(site?.longitude));
  const [uplinks, setUplinks] = useState<UplinkDraft[]>(
    (site?.uplinks ?? []).map((u) => ({ network: u.network, provider: u.provider ?? '', bandwidthMbps: text(u.bandwidthMbps), circuitId: u.circuitId ?? '' })),
  );
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const body = () => ({
    name: name.trim(),
    address: address.trim() || undefined,
    latitude: optionalNumber(latitude),
    longitude: optionalNumber(longitude),
    uplinks: uplinks.map((u) => ({
      network: u.network,
      provider: u.provider.trim() || undefined,
      bandwidthMbps: optionalNumber(u.bandwidthMbps),
      circuitId: u.circuitId.trim() || undefined,
    })),
  });
  const save = useMutation({
    mutationFn: async () =>
      site
        ? must(await network.PUT('/api/v1/sites/{id}', { params: { path: { id: site.id }, header: { 'If-Match': ifMatch(site.version) } }, body: body() }))
        : must(await network.POST('/api/v1/sites', { body: { opd, ...body() } })),
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const b = body();
    const miss = {
      opd: !site && !opd,
      name: !b.name,
      latitude: Number.isNaN(b.latitude),
      longitude: Number.isNaN(b.longitude),
      uplinks: b.uplinks.some((u) => Number.isNaN(u.bandwidthMbps)),
    };
    setMissing(miss);
    if (!Object.values(miss).some(Boolean)) save.mutate();
  };
  const setUplink = (i: number, patch: Partial<UplinkDraft>) => setUplinks((all) => all.map((u, j) => (j === i ? { ...u, ...patch } : u)));

  return (
    <Modal opened onClose={onClose} title={site ? t('wanForms.editSite', { name: site.name }) : t('wanForms.addSite')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!site && (
            <NativeSelect
              label={t('wanForms.opd')}
              required
              data={[{ value: '', label: t('wanForms.chooseOpd') }, ...(opds.data ?? []).map((o) => ({ value: o.opd, label: `${o.opdName} (${o.opd})` }))]}
              value={opd}
              onChange={(e) => setOpd(e.currentTarget.value)}
              error={missing.opd ? tc('field.required') : fieldError(save.error, 'opd')}
            />
          )}
          <TextInput
            label={t('wanForms.siteName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={missing.name ? tc('field.required') : fieldError(save.error, 'name')}
          />
          <TextInput label={t('wanForms.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={fieldError(save.error, 'address')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('wanForms.latitude')}
              inputMode="decimal"
              value={latitude}
              onChange={(e) => setLatitude(e.currentTarget.value)}
              error={missing.latitude ? t('wanForms.notANumber') : fieldError(save.error, 'latitude')}
            />
            <TextInput
              label={t('wanForms.longitude')}
              inputMode="decimal"
              value={longitude}
              onChange={(e) => setLongitude(e.currentTarget.value)}
              error={missing.longitude ? t('wanForms.notANumber') : fieldError(save.error, 'longitude')}
            />
          </SimpleGrid>
          <Fieldset legend={t('wanForms.uplinks')}>
            <Stack gap="xs">
              {uplinks.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('wanForms.noUplinks')}
                </Text>
              )}
              {uplinks.map((u, i) => (
                <Group key={i} align="flex-end" wrap="wrap" gap="xs">
                  <NativeSelect
                    label={t('wanForms.uplinkNetwork', { n: i + 1 })}
                    data={(['PROVINCIAL', 'NATIONAL'] as const).map((n) => ({ value: n, label: t(`network.${n}`) }))}
                    value={u.network}
                    onChange={(e) => setUplink(i, { network: e.currentTarget.value as Uplink['network'] })}
                    w={180}
                  />
                  <TextInput
                    label={t('wanForms.uplinkProvider', { n: i + 1 })}
                    value={u.provider}
                    onChange={(e) => setUplink(i, { provider: e.currentTarget.value })}
                    error={fieldError(save.error, `uplinks[${i}].provider`)}
                    w={180}
                  />
                  <TextInput
                    label={t('wanForms.uplinkBandwidth', { n: i + 1 })}
                    inputMode="numeric"
                    value={u.bandwidthMbps}
                    onChange={(e) => setUplink(i, { bandwidthMbps: e.currentTarget.value })}
                    error={fieldError(save.error, `uplinks[${i}].bandwidthMbps`)}
                    w={140}
                  />
                  <TextInput
                    label={t('wanForms.uplinkCircuit', { n: i + 1 })}
                    value={u.circuitId}
                    onChange={(e) => setUplink(i, { circuitId: e.currentTarget.value })}
                    w={160}
                  />
                  <ActionIcon variant="subtle" color="red" aria-label={t('wanForms.removeUplink', { n: i + 1 })} onClick={() => setUplinks((all) => all.filter((_, j) => j !== i))}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              {missing.uplinks && (
                <Text size="sm" c="red">
                  {t('wanForms.notANumber')}
                </Text>
              )}
              <Group>
                <Button
                  variant="light"
                  size="compact-sm"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setUplinks((all) => [...all, { network: 'PROVINCIAL', provider: '', bandwidthMbps: '', circuitId: '' }])}
                >
                  {t('wanForms.addUplink')}
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

type EndDraft = { siteId: string; deviceId: string; interfaceName: string };

/** One end of a circuit: a site, and optionally the OPD router and port it ends on (the site's OPD's LAN). */
function EndFields({ side, value, onChange, sites, error }: { side: 'a' | 'b'; value: EndDraft; onChange: (v: EndDraft) => void; sites: Site[]; error: unknown }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const opd = sites.find((s) => s.id === value.siteId)?.opd;
  const lan = useQuery({
    queryKey: ['network-lan', opd],
    queryFn: async () => must(await network.GET('/api/v1/lans/{opd}', { params: { path: { opd: opd! } } })),
    enabled: !!opd,
  });
  const routers = (lan.data?.devices ?? []).filter((d) => d.kind === 'ROUTER');
  const ports = routers.find((d) => d.id === value.deviceId)?.interfaces ?? [];
  const field = `${side}End`;
  return (
    <Fieldset legend={t(`wanForms.${side}End`)}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('wanForms.site', { side: side.toUpperCase() })}
          required
          data={[{ value: '', label: t('wanForms.chooseSite') }, ...sites.map((s) => ({ value: s.id, label: `${s.name} (${s.opd})` }))]}
          value={value.siteId}
          onChange={(e) => onChange({ siteId: e.currentTarget.value, deviceId: '', interfaceName: '' })}
          error={error === 'missing' ? tc('field.required') : fieldError(error, `${field}.siteId`)}
        />
        <NativeSelect
          label={t('wanForms.router', { side: side.toUpperCase() })}
          data={[{ value: '', label: t('wanForms.noRouter') }, ...routers.map((d) => ({ value: d.id, label: d.name }))]}
          value={value.deviceId}
          onChange={(e) => onChange({ ...value, deviceId: e.currentTarget.value, interfaceName: '' })}
          error={fieldError(error, `${field}.deviceId`)}
          disabled={!opd}
        />
        <NativeSelect
          label={t('wanForms.port', { side: side.toUpperCase() })}
          data={[{ value: '', label: '—' }, ...ports.map((p) => ({ value: p.name, label: p.name }))]}
          value={value.interfaceName}
          onChange={(e) => onChange({ ...value, interfaceName: e.currentTarget.value })}
          error={fieldError(error, `${field}.interfaceName`)}
          disabled={!value.deviceId}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

/**
 * Registers a WAN circuit or changes one (N2, Dinas only): provider, circuit id (unique per provider, 409), medium,
 * bandwidth, contract, SLA, and both terminations down to the OPD router port. A change sends the version as If-Match.
 */
export function WanLinkFormModal({ link, sites, onClose, onSaved }: { link?: WanLink; sites: Site[]; onClose: () => void; onSaved: () => Promise<unknown> | void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const [provider, setProvider] = useState(link?.provider ?? '');
  const [circuitId, setCircuitId] = useState(link?.circuitId ?? '');
  const [medium, setMedium] = useState<Medium>(link?.medium ?? 'FIBER');
  const [down, setDown] = useState(text(link?.bandwidthDownMbps));
  const [up, setUp] = useState(text(link?.bandwidthUpMbps));
  const [contractNumber, setContractNumber] = useState(link?.contract?.number ?? '');
  const [contractStart, setContractStart] = useState(link?.contract?.startDate ?? '');
  const [contractEnd, setContractEnd] = useState(link?.contract?.endDate ?? '');
  const [availability, setAvailability] = useState(text(link?.sla?.availabilityPercent));
  const [repairHours, setRepairHours] = useState(text(link?.sla?.maxRepairHours));
  const toDraft = (e?: WanLink['aEnd']): EndDraft => ({ siteId: e?.siteId ?? '', deviceId: e?.deviceId ?? '', interfaceName: e?.interfaceName ?? '' });
  const [aEnd, setAEnd] = useState(toDraft(link?.aEnd));
  const [bEnd, setBEnd] = useState(toDraft(link?.bEnd));
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const end = (e: EndDraft) => ({ siteId: e.siteId, deviceId: e.deviceId || undefined, interfaceName: e.interfaceName || undefined });
  const body = () => ({
    provider: provider.trim(),
    circuitId: circuitId.trim(),
    medium,
    bandwidthDownMbps: Number(down),
    bandwidthUpMbps: optionalNumber(up),
    contract: contractNumber.trim() || contractStart || contractEnd ? { number: contractNumber.trim() || undefined, startDate: contractStart || undefined, endDate: contractEnd || undefined } : undefined,
    sla: availability.trim() || repairHours.trim() ? { availabilityPercent: optionalNumber(availability), maxRepairHours: optionalNumber(repairHours) } : undefined,
    aEnd: end(aEnd),
    bEnd: end(bEnd),
  });
  const save = useMutation({
    mutationFn: async () =>
      link
        ? must(await network.PUT('/api/v1/wan-links/{id}', { params: { path: { id: link.id }, header: { 'If-Match': ifMatch(link.version) } }, body: body() }))
        : must(await network.POST('/api/v1/wan-links', { body: body() })),
    onSuccess: async () => {
      await onSaved();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const b = body();
    const miss = {
      provider: !b.provider,
      circuitId: !b.circuitId,
      down: !(Number.isInteger(b.bandwidthDownMbps) && b.bandwidthDownMbps >= 1) || down.trim() === '',
      up: b.bandwidthUpMbps !== undefined && !(Number.isInteger(b.bandwidthUpMbps) && b.bandwidthUpMbps >= 1),
      aEnd: !aEnd.siteId,
      bEnd: !bEnd.siteId,
    };
    setMissing(miss);
    if (!Object.values(miss).some(Boolean)) save.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={link ? t('wanForms.editLink', { circuit: link.circuitId }) : t('wanForms.addLink')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('wanForms.provider')}
              required
              value={provider}
              onChange={(e) => setProvider(e.currentTarget.value)}
              error={missing.provider ? tc('field.required') : fieldError(save.error, 'provider')}
            />
            <TextInput
              label={t('wanForms.circuitId')}
              required
              value={circuitId}
              onChange={(e) => setCircuitId(e.currentTarget.value)}
              error={missing.circuitId ? tc('field.required') : fieldError(save.error, 'circuitId')}
            />
            <NativeSelect
              label={t('wanForms.medium')}
              data={MEDIA.map((m) => ({ value: m, label: t(`medium.${m}`) }))}
              value={medium}
              onChange={(e) => setMedium(e.currentTarget.value as Medium)}
            />
            <TextInput
              label={t('wanForms.down')}
              required
              inputMode="numeric"
              value={down}
              onChange={(e) => setDown(e.currentTarget.value)}
              error={missing.down ? t('wanForms.wholeNumber') : fieldError(save.error, 'bandwidthDownMbps')}
            />
            <TextInput
              label={t('wanForms.up')}
              inputMode="numeric"
              value={up}
              onChange={(e) => setUp(e.currentTarget.value)}
              error={missing.up ? t('wanForms.wholeNumber') : fieldError(save.error, 'bandwidthUpMbps')}
            />
          </SimpleGrid>
          <Fieldset legend={t('wanForms.contract')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('wanForms.contractNumber')} value={contractNumber} onChange={(e) => setContractNumber(e.currentTarget.value)} error={fieldError(save.error, 'contract.number')} />
              <TextInput label={t('wanForms.contractStart')} type="date" value={contractStart} onChange={(e) => setContractStart(e.currentTarget.value)} error={fieldError(save.error, 'contract.startDate')} />
              <TextInput label={t('wanForms.contractEnd')} type="date" value={contractEnd} onChange={(e) => setContractEnd(e.currentTarget.value)} error={fieldError(save.error, 'contract.endDate')} />
              <TextInput label={t('wanForms.availability')} inputMode="decimal" value={availability} onChange={(e) => setAvailability(e.currentTarget.value)} error={fieldError(save.error, 'sla.availabilityPercent')} />
              <TextInput label={t('wanForms.repairHours')} inputMode="numeric" value={repairHours} onChange={(e) => setRepairHours(e.currentTarget.value)} error={fieldError(save.error, 'sla.maxRepairHours')} />
            </SimpleGrid>
          </Fieldset>
          <EndFields side="a" value={aEnd} onChange={setAEnd} sites={sites} error={missing.aEnd ? 'missing' : save.error} />
          <EndFields side="b" value={bEnd} onChange={setBEnd} sites={sites} error={missing.bEnd ? 'missing' : save.error} />
          <ProblemAlert error={save.error} onReload={() => void Promise.resolve(onSaved()).then(onClose)} />
          <FormButtons pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
