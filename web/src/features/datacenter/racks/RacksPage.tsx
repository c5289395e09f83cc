import { Badge, Box, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { reloadOnStale, seen, useOpdOptions } from '../shared';
import { blocksOf } from './elevation';
import '../i18n';

type Rack = DatacenterSchemas['RackResponse'];
type Colocation = DatacenterSchemas['ColocationResponse'];
const KEY = ['datacenter', 'racks'] as const;


/**
 * Racks and colocation (D3, D4): a data center's racks with units and power taken, one rack's elevation top-down
 * (reservations as labelled blocks, free units in words), the colocation reservations with release, reservation for
 * Mandiri TIK OPD (the server decides who qualifies, 422 D4) and rack registration for Dinas.
 */
export default function RacksPage() {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const mayReserve = hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR);
  const [site, setSite] = useState<string | null>(null);
  const [rackId, setRackId] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const [reserving, setReserving] = useState<Rack | null>(null);
  const [done, setDone] = useState<string>();

  const sites = useQuery({
    queryKey: ['datacenter', 'sites', 'options'],
    queryFn: async () => must(await datacenter.GET('/api/v1/data-centers', { params: { query: { size: 100 } } })),
  });
  useEffect(() => {
    if (!site && sites.data?.items.length) setSite(sites.data.items.find((s) => s.role === 'MAIN')?.code ?? sites.data.items[0].code);
  }, [site, sites.data]);
  const racks = useQuery({
    queryKey: [...KEY, 'list', site],
    enabled: !!site,
    queryFn: async () => must(await datacenter.GET('/api/v1/racks', { params: { query: { dataCenter: site!, size: 100 } } })),
  });
  const chosen = racks.data?.items.find((r) => r.id === rackId) ?? racks.data?.items[0];

  return (
    <Stack>
      <PageHeader
        title={t('racks.title')}
        subtitle={t('racks.subtitle')}
        actions={
          isDinas && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRegistering(true)} disabled={!site}>
              {t('racks.register')}
            </Button>
          )
        }
      />
      <ProblemAlert error={sites.error} onReload={() => void sites.refetch()} />
      {sites.data && sites.data.items.length === 0 && <Text c="dimmed">{t('racks.noSites')}</Text>}
      <Select
        label={t('racks.dataCenter')}
        allowDeselect={false}
        data={(sites.data?.items ?? []).map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` }))}
        value={site}
        onChange={(v) => {
          setSite(v);
          setRackId(null);
        }}
        maw={420}
      />
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <ProblemAlert error={racks.error} onReload={() => void racks.refetch()} />
      {racks.isLoading ? (
        <Loading />
      ) : racks.data && racks.data.items.length === 0 ? (
        <Text c="dimmed">{t('racks.empty')}</Text>
      ) : (
        racks.data && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Card withBorder padding="md" component="section" aria-labelledby="racks-list">
              <Title order={2} size="h4" mb="sm" id="racks-list">
                {t('racks.racks')}
              </Title>
              <Table.ScrollContainer minWidth={420}>
                <Table striped aria-label={t('racks.racksCaption')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('racks.name')}</Table.Th>
                      <Table.Th scope="col">{t('racks.reserved')}</Table.Th>
                      <Table.Th scope="col">{t('racks.power')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {racks.data.items.map((r) => (
                      <Table.Tr key={r.id} aria-current={chosen?.id === r.id ? 'true' : undefined}>
                        <Table.Td>
                          <Button size="compact-sm" variant={chosen?.id === r.id ? 'filled' : 'subtle'} onClick={() => setRackId(r.id)} aria-label={t('racks.show', { name: r.name })}>
                            {r.name}
                          </Button>
                        </Table.Td>
                        <Table.Td>
                          {formatNumber(r.reservedUnits)} / {t('racks.units', { count: r.heightU })}
                        </Table.Td>
                        <Table.Td>{t('racks.powerValue', { used: formatNumber(r.reservedPowerKw), max: formatNumber(r.maxPowerKw) })}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
            {chosen && <Elevation rack={chosen} onReserve={mayReserve ? () => setReserving(chosen) : undefined} />}
          </SimpleGrid>
        )
      )}
      <Colocations onDone={setDone} />
      {registering && site && (
        <RegisterRackModal
          dataCenter={site}
          onClose={() => setRegistering(false)}
          onDone={() => {
            setRegistering(false);
            setDone(t('racks.saved'));
          }}
        />
      )}
      {reserving && (
        <ReserveModal
          rack={reserving}
          isDinas={isDinas}
          onClose={() => setReserving(null)}
          onDone={() => {
            setReserving(null);
            setDone(t('racks.saved'));
          }}
        />
      )}
    </Stack>
  );
}

function Elevation({ rack, onReserve }: { rack: Rack; onReserve?: () => void }) {
  const { t } = useTranslation('datacenter');
  const elevation = useQuery({
    queryKey: [...KEY, 'elevation', rack.id],
    queryFn: async () => must(await datacenter.GET('/api/v1/racks/{id}/elevation', { params: { path: { id: rack.id } } })),
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rack-elevation">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="rack-elevation">
          {t('racks.elevation', { name: rack.name })}
        </Title>
        {onReserve && (
          <Button size="xs" onClick={onReserve}>
            {t('racks.reserve')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('racks.elevationHint')}
      </Text>
      {elevation.isPending ? (
        <Loading />
      ) : elevation.error ? (
        <ProblemAlert error={elevation.error} onReload={() => void elevation.refetch()} />
      ) : (
        <Box
          component="ol"
          aria-label={t('racks.elevation', { name: rack.name })}
          style={{ listStyle: 'none', margin: 0, padding: 0, border: '2px solid var(--mantine-color-gray-6)', borderRadius: 4 }}
        >
          {blocksOf(elevation.data.units).map((b) => {
            const range = b.top === b.bottom ? t('racks.unitSingle', { u: b.top }) : t('racks.unitRange', { top: b.top, bottom: b.bottom });
            const units = b.top - b.bottom + 1;
            return (
              <Box
                component="li"
                key={`${b.top}-${b.reservationId ?? 'free'}`}
                px="xs"
                style={{
                  minHeight: Math.min(units, 6) * 20,
                  borderBottom: '1px solid var(--mantine-color-gray-4)',
                  background: b.reservationId ? 'var(--mantine-color-blue-light)' : undefined,
                  display: 'flex',
                  alignItems: 'center',
                  gap: 8,
                }}
              >
                <Text size="xs" ff="monospace" w={72} style={{ flexShrink: 0 }}>
                  {range}
                </Text>
                {b.reservationId ? (
                  <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                    <strong>{b.opd}</strong>
                    {b.purpose ? ` — ${b.purpose}` : ''}
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('racks.freeBlock')}
                  </Text>
                )}
              </Box>
            );
          })}
        </Box>
      )}
    </Card>
  );
}

function Colocations({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const client = useQueryClient();
  const [page, setPage] = useState(0);
  const [releasing, setReleasing] = useState<Colocation | null>(null);
  const list = useQuery({
    queryKey: [...KEY, 'colocations', page],
    queryFn: async () => must(await datacenter.GET('/api/v1/colocations', { params: { query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const mayRelease = (c: Colocation) =>
    c.status === 'ACTIVE' && (hasAnyRole(caller, Role.DINAS_ADMIN) || (hasAnyRole(caller, Role.OPD_OPERATOR) && caller?.opd === c.opd));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="colocations">
      <Title order={2} size="h4" mb="sm" id="colocations">
        {t('racks.colocations')}
      </Title>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('racks.colocationsEmpty')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t('racks.colocationsCaption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('racks.opd')}</Table.Th>
                  <Table.Th scope="col">{t('racks.name')}</Table.Th>
                  <Table.Th scope="col">{t('racks.rackUnits')}</Table.Th>
                  <Table.Th scope="col">{t('racks.powerKw')}</Table.Th>
                  <Table.Th scope="col">{t('racks.purpose')}</Table.Th>
                  <Table.Th scope="col">{t('common.status')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.opd}</Table.Td>
                    <Table.Td>
                      {c.dataCenter} · {c.rackName}
                    </Table.Td>
                    <Table.Td>{c.startU === c.endU ? t('racks.unitSingle', { u: c.startU }) : t('racks.unitRange', { top: c.endU, bottom: c.startU })}</Table.Td>
                    <Table.Td>{formatNumber(c.powerKw)}</Table.Td>
                    <Table.Td>
                      {c.purpose}
                      <Text size="xs" c="dimmed">
                        {formatDateTime(c.reservedAt)} · {c.reservedBy}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={c.status === 'ACTIVE' ? 'teal' : 'gray'}>
                        {t(`racks.status.${c.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {mayRelease(c) ? (
                        <Button size="xs" variant="light" color="red" onClick={() => setReleasing(c)} aria-label={t('racks.releaseFor', { name: `${c.rackName} ${c.opd}` })}>
                          {t('racks.release')}
                        </Button>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls {...list.data} onChange={setPage} label={t('racks.pagination')} />
        </>
      )}
      {releasing && (
        <ReasonStepModal
          title={t('racks.releaseFor', { name: `${releasing.rackName} ${releasing.opd}` })}
          explanation={t('racks.releaseExplain')}
          reasonLabel={t('common.reason')}
          needsReason
          confirmLabel={t('racks.release')}
          confirmColor="red"
          send={(reason) =>
            // reservations live in the rack's document: If-Match with the rack version the row showed (412 reloads)
            reloadOnStale(
              async () =>
                must(
                  await datacenter.POST('/api/v1/colocations/{id}/release', {
                    params: { path: { id: releasing.id }, header: seen(releasing.rackVersion) },
                    body: { reason },
                  }),
                ),
              () => client.invalidateQueries({ queryKey: KEY }),
            )
          }
          refresh={() => client.invalidateQueries({ queryKey: KEY })}
          onClose={() => setReleasing(null)}
          onDone={() => {
            setReleasing(null);
            onDone(t('racks.saved'));
          }}
        />
      )}
    </Card>
  );
}

function RegisterRackModal({ dataCenter, onClose, onDone }: { dataCenter: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [heightU, setHeight] = useState<number | ''>(42);
  const [maxPowerKw, setPower] = useState<number | ''>(5);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: async () =>
      must(await datacenter.POST('/api/v1/racks', { body: { dataCenter, name: name.trim(), heightU: Number(heightU), maxPowerKw: Number(maxPowerKw) } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const blank = { name: !name.trim(), heightU: heightU === '', maxPowerKw: maxPowerKw === '' };
    setMissing(blank);
    if (!Object.values(blank).some(Boolean)) mutation.mutate();
  };
  const error = (key: string) => (missing[key] ? tc('field.required') : fieldError(mutation.error, key));
  return (
    <Modal opened onClose={onClose} title={t('racks.registerTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('racks.dataCenter')} value={dataCenter} readOnly />
          <TextInput label={t('racks.rackName')} description={t('racks.rackNameHint')} required maxLength={20} value={name} onChange={(e) => setName(e.currentTarget.value.toUpperCase())} error={error('name')} />
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput label={t('racks.heightU')} required min={1} max={60} allowDecimal={false} value={heightU} onChange={(n) => setHeight(n === '' ? '' : Number(n))} error={error('heightU')} />
            <NumberInput label={t('racks.maxPowerKw')} required min={0.1} max={100} decimalScale={1} value={maxPowerKw} onChange={(n) => setPower(n === '' ? '' : Number(n))} error={error('maxPowerKw')} />
          </SimpleGrid>
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function ReserveModal({ rack, isDinas, onClose, onDone }: { rack: Rack; isDinas: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const opds = useOpdOptions(isDinas);
  const [opd, setOpd] = useState('');
  const [startU, setStart] = useState<number | ''>('');
  const [heightU, setHeight] = useState<number | ''>(2);
  const [powerKw, setPower] = useState<number | ''>(0.5);
  const [purpose, setPurpose] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    // If-Match with the rack version the list showed: units taken meanwhile answer 412 and reload the racks
    mutationFn: () =>
      reloadOnStale(
        async () =>
          must(
            await datacenter.POST('/api/v1/colocations', {
              params: { header: seen(rack.version) },
              body: {
                rackId: rack.id,
                startU: Number(startU),
                heightU: Number(heightU),
                powerKw: Number(powerKw),
                purpose: purpose.trim(),
                ...(isDinas ? { opd } : {}),
              },
            }),
          ),
        () => client.invalidateQueries({ queryKey: KEY }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const blank = { opd: isDinas && !opd, startU: startU === '', heightU: heightU === '', powerKw: powerKw === '', purpose: !purpose.trim() };
    setMissing(blank);
    if (!Object.values(blank).some(Boolean)) mutation.mutate();
  };
  const error = (key: string) => (missing[key] ? tc('field.required') : fieldError(mutation.error, key));
  return (
    <Modal opened onClose={onClose} title={t('racks.reserveTitle', { name: rack.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('racks.reserveHint')}</Text>
          {isDinas && <Select label={t('racks.opd')} required searchable data={opds.data ?? []} value={opd || null} onChange={(o) => setOpd(o ?? '')} error={error('opd')} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput label={t('racks.startU')} required min={1} max={rack.heightU} allowDecimal={false} value={startU} onChange={(n) => setStart(n === '' ? '' : Number(n))} error={error('startU')} />
            <NumberInput label={t('racks.heightUnits')} required min={1} max={rack.heightU} allowDecimal={false} value={heightU} onChange={(n) => setHeight(n === '' ? '' : Number(n))} error={error('heightU')} />
            <NumberInput label={t('racks.powerKw')} required min={0} max={100} decimalScale={2} value={powerKw} onChange={(n) => setPower(n === '' ? '' : Number(n))} error={error('powerKw')} />
          </SimpleGrid>
          <Textarea label={t('racks.purpose')} required maxLength={1000} autosize minRows={2} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} error={error('purpose')} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
