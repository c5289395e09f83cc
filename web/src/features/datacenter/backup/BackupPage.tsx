import { Badge, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role, type Caller } from '../../../auth/roles';
import { downloadFile } from '../../../ui/downloadFile';
import { FormButtons } from '../../../ui/FormButtons';
import { formatBytes, formatDate, formatDateTime, formatNumber } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { reloadOnStale, seen, useOpdOptions } from '../shared';
import '../i18n';

type SystemCompliance = DatacenterSchemas['SystemComplianceResponse'];
type Standing = SystemCompliance['standing'];
type PolicyForm = DatacenterSchemas['PolicyForm'];
const SIZE = 20;
const KEY = ['datacenter', 'backups'] as const;
const STANDING_COLOR: Record<Standing, string> = { COMPLIANT: 'teal', OVERDUE: 'orange', FAILING: 'red', RETIRED: 'gray' };

/** Define policies and record restore tests: the owner OPD's operator or Dinas (README). */
function mayManage(caller: Caller | undefined, opd: string): boolean {
  return hasAnyRole(caller, Role.DINAS_ADMIN) || (hasAnyRole(caller, Role.OPD_OPERATOR) && caller?.opd === opd);
}

export function StandingBadge({ standing }: { standing: Standing }) {
  const { t } = useTranslation('datacenter');
  return (
    <Badge color={STANDING_COLOR[standing]} variant={standing === 'FAILING' ? 'filled' : 'light'}>
      {t(`backupStanding.${standing}`)}
    </Badge>
  );
}

/**
 * Backups (D6): per protected system its standing (a missed window counts as a failure), the last success and the
 * next due time, the restore test due or overdue; the reported runs; per OPD for region-wide roles; the compliance
 * CSV. Owners and Dinas add policies and record restore tests.
 */
export default function BackupPage() {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const mayChooseOpd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR);
  const mayAdd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR);
  const opds = useOpdOptions(mayChooseOpd);
  const [opd, setOpd] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>('systems');
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string>();
  const csv = useMutation({
    mutationFn: async () => downloadFile(`/api/v1/backup-compliance/export.csv${opd ? `?opd=${encodeURIComponent(opd)}` : ''}`, 'kepatuhan-cadangan.csv'),
  });

  return (
    <Stack>
      <PageHeader
        title={t('backup.title')}
        subtitle={t('backup.subtitle')}
        actions={
          <>
            {mayAdd && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                {t('backup.addPolicy')}
              </Button>
            )}
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending} onClick={() => csv.mutate()}>
              {t('common.downloadCsv')}
            </Button>
          </>
        }
      />
      {mayChooseOpd && (
        <Select label={t('common.opd')} placeholder={t('common.all')} data={opds.data ?? []} value={opd} onChange={setOpd} searchable clearable maw={360} nothingFoundMessage="—" />
      )}
      <ProblemAlert error={csv.error} />
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="systems">{t('backup.compliance')}</Tabs.Tab>
          <Tabs.Tab value="runs">{t('backup.runs')}</Tabs.Tab>
          {mayChooseOpd && <Tabs.Tab value="opds">{t('backup.opds')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="systems" pt="md">
          <Systems opd={opd} onDone={setDone} />
        </Tabs.Panel>
        <Tabs.Panel value="runs" pt="md">
          <Runs opd={opd} />
        </Tabs.Panel>
        {mayChooseOpd && (
          <Tabs.Panel value="opds" pt="md">
            <Opds />
          </Tabs.Panel>
        )}
      </Tabs>
      {adding && (
        <PolicyModal
          isDinas={hasAnyRole(caller, Role.DINAS_ADMIN)}
          callerOpd={caller?.opd}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setDone(t('backup.policyForm.created'));
          }}
        />
      )}
    </Stack>
  );
}

function Systems({ opd, onDone }: { opd: string | null; onDone: (message: string) => void }) {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const [page, setPage] = useState(0);
  const [testFor, setTestFor] = useState<SystemCompliance | null>(null);
  const list = useQuery({
    queryKey: [...KEY, 'compliance', opd, page],
    queryFn: async () => must(await datacenter.GET('/api/v1/backup-compliance', { params: { query: { ...(opd ? { opd } : {}), page, size: SIZE } } })),
    placeholderData: keepPreviousData,
  });
  if (list.isPending) return <Loading />;
  if (list.error) return <ProblemAlert error={list.error} onReload={() => void list.refetch()} />;
  const data = list.data;
  if (data.items.length === 0)
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('backup.empty')}
      </Text>
    );
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={960}>
        <Table striped verticalSpacing="xs" aria-busy={list.isFetching}>
          <Table.Caption>{t('backup.complianceCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('backup.system')}</Table.Th>
              <Table.Th scope="col">{t('common.opd')}</Table.Th>
              <Table.Th scope="col">{t('backup.standing')}</Table.Th>
              <Table.Th scope="col">{t('backup.frequency')}</Table.Th>
              <Table.Th scope="col">{t('backup.lastSuccess')}</Table.Th>
              <Table.Th scope="col">{t('backup.nextDue')}</Table.Th>
              <Table.Th scope="col">{t('backup.restoreTest')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((s) => (
              <Table.Tr key={s.policyId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.system.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`backup.kind.${s.system.kind}`)}
                    {s.offsiteCopy ? ` · ${t('backup.offsite')}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{s.opd}</Table.Td>
                <Table.Td>
                  <StandingBadge standing={s.standing} />
                  {s.lastRunResult && (
                    <Text size="xs" c="dimmed">
                      {t(`runResult.${s.lastRunResult}`)} · {formatDateTime(s.lastRunAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {t('backup.everyHours', { hours: s.frequencyHours })}
                  <Text size="xs" c="dimmed">
                    {t('backup.rpo', { hours: s.rpoHours })}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDateTime(s.lastSuccessAt)}</Table.Td>
                <Table.Td>
                  {formatDateTime(s.nextSuccessDueBy)}
                  {s.standing === 'OVERDUE' && (
                    <Badge ml={4} color="orange" variant="outline">
                      {t('backup.overdueFlag')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {s.restoreTestOverdue ? (
                    <Badge color="orange" variant="light">
                      {t('backup.restoreOverdue', { date: formatDate(s.restoreTestDueBy) })}
                    </Badge>
                  ) : (
                    <Text size="sm">{t('backup.restoreDue', { date: formatDate(s.restoreTestDueBy) })}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {mayManage(caller, s.opd) && s.standing !== 'RETIRED' ? (
                    <Button size="xs" variant="light" onClick={() => setTestFor(s)} aria-label={t('backup.recordTestFor', { name: s.system.name })}>
                      {t('backup.recordTest')}
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
      <PageControls {...data} onChange={setPage} label={t('backup.pagination')} />
      {testFor && (
        <RestoreTestModal
          system={testFor}
          onClose={() => setTestFor(null)}
          onDone={() => {
            setTestFor(null);
            onDone(t('backup.recorded'));
          }}
        />
      )}
    </Stack>
  );
}

function Runs({ opd }: { opd: string | null }) {
  const { t } = useTranslation('datacenter');
  const [page, setPage] = useState(0);
  const runs = useQuery({
    queryKey: [...KEY, 'runs', opd, page],
    queryFn: async () => must(await datacenter.GET('/api/v1/backup-runs', { params: { query: { ...(opd ? { opd } : {}), page, size: SIZE } } })),
    placeholderData: keepPreviousData,
  });
  if (runs.isPending) return <Loading />;
  if (runs.error) return <ProblemAlert error={runs.error} onReload={() => void runs.refetch()} />;
  if (runs.data.items.length === 0)
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('backup.runsEmpty')}
      </Text>
    );
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={860}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t('backup.runsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('backup.system')}</Table.Th>
              <Table.Th scope="col">{t('common.opd')}</Table.Th>
              <Table.Th scope="col">{t('backup.started')}</Table.Th>
              <Table.Th scope="col">{t('backup.result')}</Table.Th>
              <Table.Th scope="col">{t('backup.duration')}</Table.Th>
              <Table.Th scope="col">{t('backup.size')}</Table.Th>
              <Table.Th scope="col">{t('backup.checksum')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.data.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.system.name}</Table.Td>
                <Table.Td>{r.opd}</Table.Td>
                <Table.Td>{formatDateTime(r.startedAt)}</Table.Td>
                <Table.Td>
                  <Badge color={r.result === 'SUCCESS' ? 'teal' : 'red'} variant="light">
                    {t(`runResult.${r.result}`)}
                  </Badge>
                  {r.message && (
                    <Text size="xs" c="dimmed">
                      {r.message}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t('backup.seconds', { value: formatNumber(r.durationSeconds) })}</Table.Td>
                <Table.Td>{formatBytes(r.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" title={r.checksum ?? undefined}>
                    {r.checksum ? `${r.checksum.slice(0, 12)}…` : '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageControls {...runs.data} onChange={setPage} label={t('backup.runsCaption')} />
    </Stack>
  );
}

function Opds() {
  const { t } = useTranslation('datacenter');
  const [page, setPage] = useState(0);
  const opds = useQuery({
    queryKey: [...KEY, 'opds', page],
    queryFn: async () => must(await datacenter.GET('/api/v1/backup-compliance/opds', { params: { query: { page, size: SIZE } } })),
  });
  if (opds.isPending) return <Loading />;
  if (opds.error) return <ProblemAlert error={opds.error} onReload={() => void opds.refetch()} />;
  if (opds.data.items.length === 0)
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('backup.empty')}
      </Text>
    );
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t('backup.opdsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('common.opd')}</Table.Th>
              <Table.Th scope="col">{t('backup.systems')}</Table.Th>
              <Table.Th scope="col">{t('backup.compliant')}</Table.Th>
              <Table.Th scope="col">{t('backup.overdue')}</Table.Th>
              <Table.Th scope="col">{t('backup.failing')}</Table.Th>
              <Table.Th scope="col">{t('backup.standing')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {opds.data.items.map((o) => (
              <Table.Tr key={o.opd}>
                <Table.Td>{o.opd}</Table.Td>
                <Table.Td>{o.systems}</Table.Td>
                <Table.Td>{o.compliant}</Table.Td>
                <Table.Td>{o.overdue}</Table.Td>
                <Table.Td>{o.failing}</Table.Td>
                <Table.Td>{t('backup.compliancePercent', { value: formatNumber(o.compliancePercent) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageControls {...opds.data} onChange={setPage} label={t('backup.opdsCaption')} />
    </Stack>
  );
}

/** POST /backup-policies/{id}/restore-tests with the policy version the row showed as If-Match (412 reloads). */
function RestoreTestModal({ system, onClose, onDone }: { system: SystemCompliance; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [testedOn, setTestedOn] = useState(new Date().toISOString().slice(0, 10));
  const [duration, setDuration] = useState<number | ''>('');
  const [result, setResult] = useState<'PASSED' | 'FAILED'>('PASSED');
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: () =>
      reloadOnStale(
        async () =>
          must(
            await datacenter.POST('/api/v1/backup-policies/{id}/restore-tests', {
              params: { path: { id: system.policyId }, header: seen(system.policyVersion) },
              body: { testedOn, durationMinutes: Number(duration), result, ...(notes.trim() ? { notes: notes.trim() } : {}) },
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
    const blank = { testedOn: !testedOn, durationMinutes: duration === '' };
    setMissing(blank);
    if (!Object.values(blank).some(Boolean)) mutation.mutate();
  };
  const error = (key: string) => (missing[key] ? tc('field.required') : fieldError(mutation.error, key));
  return (
    <Modal opened onClose={onClose} title={t('backup.recordTestFor', { name: system.system.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label={t('backup.testedOn')} required value={testedOn} onChange={(e) => setTestedOn(e.currentTarget.value)} error={error('testedOn')} />
            <NumberInput label={t('backup.durationMinutes')} required min={0} max={100_000} allowDecimal={false} allowNegative={false} value={duration} onChange={(n) => setDuration(n === '' ? '' : Number(n))} error={error('durationMinutes')} />
          </SimpleGrid>
          <Select
            label={t('backup.testResult')}
            required
            allowDeselect={false}
            data={(['PASSED', 'FAILED'] as const).map((r) => ({ value: r, label: t(`backup.testResultValue.${r}`) }))}
            value={result}
            onChange={(r) => setResult((r ?? 'PASSED') as 'PASSED' | 'FAILED')}
            error={error('result')}
          />
          <Textarea label={t('backup.notes')} maxLength={4000} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={error('notes')} />
          <ProblemAlert error={mutation.error} onReload={onClose} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * POST /backup-policies: the protected system (an application of the register, or a VPS of the OPD), frequency,
 * retention, RPO, off-site copy. Frequency must be at least as often as the RPO (422 D6, checked here first).
 */
function PolicyModal({ isDinas, callerOpd, onClose, onDone }: { isDinas: boolean; callerOpd?: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const opds = useOpdOptions(isDinas);
  const [opd, setOpd] = useState(isDinas ? '' : callerOpd ?? '');
  const [kind, setKind] = useState<PolicyForm['systemKind']>('APPLICATION');
  const [systemId, setSystemId] = useState('');
  const [frequencyHours, setFrequency] = useState<number | ''>(24);
  const [retentionDays, setRetention] = useState<number | ''>(30);
  const [rpoHours, setRpo] = useState<number | ''>(24);
  const [offsiteCopy, setOffsite] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const systems = useQuery({
    queryKey: [...KEY, 'systems', kind, opd],
    enabled: !!opd,
    queryFn: async () => {
      if (kind === 'APPLICATION') {
        const apps = must(await appRegistry.GET('/api/v1/applications', { params: { query: { opd, size: 200, sort: ['name,asc'] } } }));
        return apps.items.filter((a) => a.ownerOpd === opd && a.status !== 'DECOMMISSIONED').map((a) => ({ value: a.id, label: a.name }));
      }
      const vps = must(await datacenter.GET('/api/v1/vps-requests', { params: { query: { opd, status: 'ACTIVE', size: 100 } } }));
      return vps.items.map((v) => ({ value: v.id, label: `${v.applicationName} — ${v.provisioning?.hostname ?? v.id}` }));
    },
  });
  const mutation = useMutation({
    mutationFn: async () => {
      const body: PolicyForm = {
        systemKind: kind,
        systemId,
        frequencyHours: Number(frequencyHours),
        retentionDays: Number(retentionDays),
        rpoHours: Number(rpoHours),
        offsiteCopy,
        ...(isDinas ? { opd } : {}),
      };
      return must(await datacenter.POST('/api/v1/backup-policies', { body }));
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!opd) found.opd = tc('field.required');
    if (!systemId) found.systemId = tc('field.required');
    if (frequencyHours === '') found.frequencyHours = tc('field.required');
    if (retentionDays === '') found.retentionDays = tc('field.required');
    if (rpoHours === '') found.rpoHours = tc('field.required');
    if (frequencyHours !== '' && rpoHours !== '' && frequencyHours > rpoHours) found.frequencyHours = t('backup.policyForm.hint');
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const error = (key: string) => errors[key] ?? fieldError(mutation.error, key);
  const number = (label: string, key: string, value: number | '', set: (n: number | '') => void, max: number) => (
    <NumberInput label={label} required min={1} max={max} allowDecimal={false} allowNegative={false} value={value} onChange={(n) => set(n === '' ? '' : Number(n))} error={error(key)} />
  );
  return (
    <Modal opened onClose={onClose} title={t('backup.policyForm.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('backup.policyForm.hint')}</Text>
          {isDinas && (
            <Select
              label={t('common.opd')}
              required
              searchable
              data={opds.data ?? []}
              value={opd || null}
              onChange={(o) => {
                setOpd(o ?? '');
                setSystemId('');
              }}
              error={error('opd')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('backup.policyForm.systemKind')}
              required
              allowDeselect={false}
              data={(['APPLICATION', 'VPS'] as const).map((k) => ({ value: k, label: t(`backup.kind.${k}`) }))}
              value={kind}
              onChange={(k) => {
                setKind((k ?? 'APPLICATION') as PolicyForm['systemKind']);
                setSystemId('');
              }}
            />
            <Select
              label={t('backup.policyForm.systemId')}
              required
              searchable
              disabled={!opd}
              data={systems.data ?? []}
              value={systemId || null}
              onChange={(s) => setSystemId(s ?? '')}
              error={error('systemId')}
              nothingFoundMessage="—"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {number(t('backup.policyForm.frequencyHours'), 'frequencyHours', frequencyHours, setFrequency, 8760)}
            {number(t('backup.policyForm.rpoHours'), 'rpoHours', rpoHours, setRpo, 8760)}
            {number(t('backup.policyForm.retentionDays'), 'retentionDays', retentionDays, setRetention, 3650)}
          </SimpleGrid>
          <Checkbox label={t('backup.policyForm.offsiteCopy')} checked={offsiteCopy} onChange={(e) => setOffsite(e.currentTarget.checked)} />
          <ProblemAlert error={systems.error} />
          <ProblemAlert error={mutation.error} />
          <Group justify="flex-end">
            <FormButtons pending={mutation.isPending} onCancel={onClose} />
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
