import { Alert, Button, Group, List, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role, type Caller } from '../../../auth/roles';
import { downloadFile } from '../../../ui/downloadFile';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { formatPercent, MonitorStateBadge, reloadOnStale, seen, useOpdOptions, type Monitor } from '../shared';
import '../i18n';

type MonitorForm = DatacenterSchemas['MonitorForm'];
const SIZE = 20;
const KEY = ['datacenter', 'monitors'] as const;

/** Configure, change and pause monitors, plan maintenance: the hosting OPD's operator or Dinas (README). */
function mayManage(caller: Caller | undefined, opd: string): boolean {
  return hasAnyRole(caller, Role.DINAS_ADMIN) || (hasAnyRole(caller, Role.OPD_OPERATOR) && caller?.opd === opd);
}

/**
 * Uptime of hosted services (D3): every monitor with its current state in words, the open outages first, planned
 * maintenance, and the monthly report per service as the API computes it (three decimals, rounded down; CSV alike).
 */
export default function UptimePage() {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const mayAdd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR);
  const mayChooseOpd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR);
  const opds = useOpdOptions(mayChooseOpd);
  const [tab, setTab] = useState<string | null>('monitors');
  const [opd, setOpd] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string>();

  return (
    <Stack>
      <PageHeader
        title={t('uptime.title')}
        subtitle={t('uptime.subtitle')}
        actions={
          mayAdd && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('uptime.add')}
            </Button>
          )
        }
      />
      {mayChooseOpd && (
        <Select
          label={t('common.opd')}
          placeholder={t('common.all')}
          data={opds.data ?? []}
          value={opd}
          onChange={setOpd}
          searchable
          clearable
          maw={360}
          nothingFoundMessage="—"
        />
      )}
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="monitors">{t('uptime.monitors')}</Tabs.Tab>
          <Tabs.Tab value="report">{t('uptime.report')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="monitors" pt="md">
          <Monitors opd={opd} onDone={setDone} />
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <Report opd={opd} />
        </Tabs.Panel>
      </Tabs>
      {adding && (
        <AddMonitorModal
          isDinas={hasAnyRole(caller, Role.DINAS_ADMIN)}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setDone(t('uptime.form.created'));
          }}
        />
      )}
    </Stack>
  );
}

function Monitors({ opd, onDone }: { opd: string | null; onDone: (message: string) => void }) {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const client = useQueryClient();
  const [page, setPage] = useState(0);
  const [maintenanceFor, setMaintenanceFor] = useState<Monitor | null>(null);
  const list = useQuery({
    queryKey: [...KEY, 'list', opd, page],
    queryFn: async () =>
      must(await datacenter.GET('/api/v1/monitors', { params: { query: { ...(opd ? { opd } : {}), page, size: SIZE, sort: ['name,asc'] } } })),
    placeholderData: keepPreviousData,
  });
  // Pausing replaces the monitor (PUT) as the row shows it, with the row's version as If-Match (probes do not change
  // it; a change someone made meanwhile answers 412 and reloads the list).
  const toggle = useMutation({
    mutationFn: async (m: Monitor) => {
      const body: MonitorForm = {
        name: m.name,
        target: m.target,
        ...(m.applicationId ? { applicationId: m.applicationId } : {}),
        intervalSeconds: m.intervalSeconds,
        failureThreshold: m.failureThreshold,
        sloPercent: m.sloPercent,
        active: !m.active,
      };
      return reloadOnStale(
        async () => must(await datacenter.PUT('/api/v1/monitors/{id}', { params: { path: { id: m.id }, header: seen(m.version) }, body })),
        () => client.invalidateQueries({ queryKey: KEY }),
      );
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone(t('common.done'));
    },
  });

  if (list.isPending) return <Loading />;
  if (list.error) return <ProblemAlert error={list.error} onReload={() => void list.refetch()} />;
  const data = list.data;
  const down = data.items.filter((m) => m.openOutage);
  return (
    <Stack gap="sm">
      <ProblemAlert error={toggle.error} onReload={() => void list.refetch()} />
      {down.length > 0 ? (
        <Alert color="red" title={t('uptime.openOutages', { count: down.length })} role="status">
          <List size="sm">
            {down.map((m) => (
              <List.Item key={m.id}>
                {m.name} ({m.opd}) — {t('uptime.outageSince', { since: formatDateTime(m.openOutage!.since) })}
                {m.openOutage!.firstError ? `: ${m.openOutage!.firstError}` : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        data.items.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('uptime.noOutages')}
          </Text>
        )
      )}
      {data.items.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {t('uptime.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs" aria-busy={list.isFetching}>
            <Table.Caption>{t('uptime.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('uptime.name')}</Table.Th>
                <Table.Th scope="col">{t('common.opd')}</Table.Th>
                <Table.Th scope="col">{t('uptime.state')}</Table.Th>
                <Table.Th scope="col">{t('uptime.lastProbe')}</Table.Th>
                <Table.Th scope="col">{t('uptime.slo')}</Table.Th>
                <Table.Th scope="col">{t('uptime.plannedWindows')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((m) => {
                const manage = mayManage(caller, m.opd);
                const upcoming = m.maintenance.filter((w) => new Date(w.until).getTime() > Date.now());
                return (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {m.name}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {m.target}
                      </Text>
                    </Table.Td>
                    <Table.Td>{m.opd}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        <MonitorStateBadge state={m.state} />
                        {!m.active && <MonitorStateBadge state="PAUSED" />}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(m.lastProbeAt)}</Text>
                      {m.lastResult && (
                        <Text size="xs" c="dimmed">
                          {[
                            t('uptime.latency', { ms: formatNumber(m.lastResult.latencyMillis) }),
                            m.lastResult.httpStatus ? t('uptime.httpStatus', { status: m.lastResult.httpStatus }) : undefined,
                            m.lastResult.error ?? undefined,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatPercent(m.sloPercent)}</Table.Td>
                    <Table.Td>
                      {upcoming.length === 0
                        ? '—'
                        : upcoming.map((w) => (
                            <Text key={w.id} size="xs">
                              {t('uptime.windowValue', { from: formatDateTime(w.from), until: formatDateTime(w.until), reason: w.reason })}
                            </Text>
                          ))}
                    </Table.Td>
                    <Table.Td>
                      {manage ? (
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="light" onClick={() => setMaintenanceFor(m)} aria-label={t('uptime.maintenanceFor', { name: m.name })}>
                            {t('uptime.maintenance')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            loading={toggle.isPending && toggle.variables?.id === m.id}
                            onClick={() => toggle.mutate(m)}
                            aria-label={t(m.active ? 'uptime.pauseFor' : 'uptime.resumeFor', { name: m.name })}
                          >
                            {t(m.active ? 'uptime.pause' : 'uptime.resume')}
                          </Button>
                        </Group>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PageControls {...data} onChange={setPage} label={t('uptime.pagination')} />
      {maintenanceFor && (
        <MaintenanceModal
          monitor={maintenanceFor}
          onClose={() => setMaintenanceFor(null)}
          onDone={async () => {
            setMaintenanceFor(null);
            await client.invalidateQueries({ queryKey: KEY });
            onDone(t('common.done'));
          }}
        />
      )}
    </Stack>
  );
}

function Report({ opd }: { opd: string | null }) {
  const { t, i18n } = useTranslation('datacenter');
  const now = new Date();
  const [year, setYear] = useState(now.getFullYear());
  const [month, setMonth] = useState(now.getMonth() + 1);
  const [page, setPage] = useState(0);
  // month 0: the whole year (the API's yearly report: no month parameter)
  const query = { year, ...(month ? { month } : {}), ...(opd ? { opd } : {}) };
  const report = useQuery({
    queryKey: [...KEY, 'report', query, page],
    queryFn: async () => must(await datacenter.GET('/api/v1/monitors/reports', { params: { query: { ...query, page, size: SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const label = month ? `${year}-${month}` : String(year);
  const params = () => new URLSearchParams({ year: String(year), ...(month ? { month: String(month) } : {}), ...(opd ? { opd } : {}) });
  const csv = useMutation({
    mutationFn: async (perOpd: boolean) => {
      const path = perOpd ? '/api/v1/monitors/reports/opds/export.csv' : '/api/v1/monitors/reports/export.csv';
      await downloadFile(`${path}?${params()}`, perOpd ? `uptime-opd-${label}.csv` : `uptime-${label}.csv`);
    },
  });
  const pdf = useMutation({
    mutationFn: () => downloadFile(`/api/v1/monitors/reports/report.pdf?${params()}`, `ketersediaan-layanan-${label}.pdf`),
  });
  const years = Array.from({ length: 5 }, (_, i) => String(now.getFullYear() - i));
  const monthName = (m: number) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { month: 'long' }).format(new Date(2000, m - 1, 1));
  const period = month ? `${monthName(month)} ${year}` : t('uptime.wholeYearOf', { year });

  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <SimpleGrid cols={2} spacing="sm" style={{ flex: '0 1 24rem' }}>
          <Select
            label={t('common.month')}
            allowDeselect={false}
            data={[{ value: '0', label: t('uptime.wholeYear') }, ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1) }))]}
            value={String(month)}
            onChange={(v) => {
              setMonth(Number(v));
              setPage(0);
            }}
          />
          <Select
            label={t('common.year')}
            allowDeselect={false}
            data={years}
            value={String(year)}
            onChange={(v) => {
              setYear(Number(v));
              setPage(0);
            }}
          />
        </SimpleGrid>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending && csv.variables === false} onClick={() => csv.mutate(false)}>
            {t('common.downloadCsv')}
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending && csv.variables === true} onClick={() => csv.mutate(true)}>
            {t('uptime.downloadOpdCsv')}
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={pdf.isPending} onClick={() => pdf.mutate()}>
            {t('uptime.downloadPdf')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('uptime.reportHint')}
      </Text>
      <ProblemAlert error={csv.error ?? pdf.error} />
      {report.isPending ? (
        <Loading />
      ) : report.error ? (
        <ProblemAlert error={report.error} onReload={() => void report.refetch()} />
      ) : report.data.items.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {t('uptime.reportEmpty')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="xs" aria-busy={report.isFetching}>
              <Table.Caption>{t('uptime.reportCaption', { period })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('uptime.name')}</Table.Th>
                  <Table.Th scope="col">{t('common.opd')}</Table.Th>
                  <Table.Th scope="col">{t('uptime.uptime')}</Table.Th>
                  <Table.Th scope="col">{t('uptime.slo')}</Table.Th>
                  <Table.Th scope="col">{t('uptime.sloMet')}</Table.Th>
                  <Table.Th scope="col">{t('uptime.probes')}</Table.Th>
                  <Table.Th scope="col">{t('uptime.failures')}</Table.Th>
                  <Table.Th scope="col">{t('uptime.avgLatency')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.items.map((r) => (
                  <Table.Tr key={r.monitorId}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.opd}</Table.Td>
                    <Table.Td>{r.uptime.uptimePercent == null ? t('uptime.noData') : formatPercent(r.uptime.uptimePercent)}</Table.Td>
                    <Table.Td>{formatPercent(r.sloPercent)}</Table.Td>
                    <Table.Td>{r.sloMet == null ? t('uptime.noData') : r.sloMet ? t('uptime.met') : t('uptime.missed')}</Table.Td>
                    <Table.Td>{formatNumber(r.uptime.countedProbes)}</Table.Td>
                    <Table.Td>{formatNumber(r.uptime.failures)}</Table.Td>
                    <Table.Td>{r.averageLatencyMillis == null ? '—' : t('uptime.latency', { ms: formatNumber(r.averageLatencyMillis) })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls {...report.data} onChange={setPage} label={t('uptime.reportPagination')} />
        </>
      )}
    </Stack>
  );
}

/** POST /monitors/{id}/maintenance-windows with the version the row showed as If-Match (probes do not change it). */
function MaintenanceModal({ monitor, onClose, onDone }: { monitor: Monitor; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: () =>
      reloadOnStale(
        async () =>
          must(
            await datacenter.POST('/api/v1/monitors/{id}/maintenance-windows', {
              params: { path: { id: monitor.id }, header: seen(monitor.version) },
              body: { from: new Date(from).toISOString(), until: new Date(until).toISOString(), reason: reason.trim() },
            }),
          ),
        () => client.invalidateQueries({ queryKey: KEY }),
      ),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const blank = { from: !from, until: !until, reason: !reason.trim() };
    setMissing(blank);
    if (!Object.values(blank).some(Boolean)) mutation.mutate();
  };
  const error = (key: string) => (missing[key] ? tc('field.required') : fieldError(mutation.error, key));
  return (
    <Modal opened onClose={onClose} title={t('uptime.maintenanceFor', { name: monitor.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('uptime.maintenanceHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="datetime-local" label={t('uptime.maintenanceFrom')} required value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={error('from')} />
            <TextInput type="datetime-local" label={t('uptime.maintenanceUntil')} required value={until} onChange={(e) => setUntil(e.currentTarget.value)} error={error('until')} />
          </SimpleGrid>
          <Textarea label={t('uptime.maintenanceReason')} required maxLength={1000} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error('reason')} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** POST /monitors: name, target (http, https or tcp only), optional interval, threshold and SLO; Dinas names the OPD. */
function AddMonitorModal({ isDinas, onClose, onDone }: { isDinas: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const opds = useOpdOptions(isDinas);
  const [v, setV] = useState({ opd: '', name: '', target: '', intervalSeconds: 60 as number | '', failureThreshold: 3 as number | '', sloPercent: 99.5 as number | '' });
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: async () => {
      const body: MonitorForm = {
        name: v.name.trim(),
        target: v.target.trim(),
        ...(isDinas && v.opd ? { opd: v.opd } : {}),
        ...(v.intervalSeconds !== '' ? { intervalSeconds: Number(v.intervalSeconds) } : {}),
        ...(v.failureThreshold !== '' ? { failureThreshold: Number(v.failureThreshold) } : {}),
        ...(v.sloPercent !== '' ? { sloPercent: Number(v.sloPercent) } : {}),
      };
      return must(await datacenter.POST('/api/v1/monitors', { body }));
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const blank = { name: !v.name.trim(), target: !v.target.trim(), opd: isDinas && !v.opd };
    setMissing(blank);
    if (!Object.values(blank).some(Boolean)) mutation.mutate();
  };
  const error = (key: string) => (missing[key] ? tc('field.required') : fieldError(mutation.error, key));
  return (
    <Modal opened onClose={onClose} title={t('uptime.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {isDinas && (
            <Select label={t('uptime.form.opd')} required searchable data={opds.data ?? []} value={v.opd || null} onChange={(o) => setV({ ...v, opd: o ?? '' })} error={error('opd')} />
          )}
          <TextInput label={t('uptime.form.name')} required maxLength={200} value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={error('name')} />
          <TextInput
            label={t('uptime.form.target')}
            description={t('uptime.form.targetHint')}
            required
            maxLength={500}
            value={v.target}
            onChange={(e) => setV({ ...v, target: e.currentTarget.value })}
            error={error('target')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput label={t('uptime.form.interval')} min={30} max={3600} allowDecimal={false} value={v.intervalSeconds} onChange={(n) => setV({ ...v, intervalSeconds: n === '' ? '' : Number(n) })} error={error('intervalSeconds')} />
            <NumberInput label={t('uptime.form.threshold')} min={1} max={20} allowDecimal={false} value={v.failureThreshold} onChange={(n) => setV({ ...v, failureThreshold: n === '' ? '' : Number(n) })} error={error('failureThreshold')} />
            <NumberInput label={t('uptime.form.slo')} min={50} max={100} decimalScale={3} value={v.sloPercent} onChange={(n) => setV({ ...v, sloPercent: n === '' ? '' : Number(n) })} error={error('sloPercent')} />
          </SimpleGrid>
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
