import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, must, type AuditSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { QueryList } from '../../ui/QueryList';
import { isDinas, isOnTeam, isOpenAudit, type Audit } from './shared';
import './i18n';

export type EvidenceView = AuditSchemas['EvidenceView'];
type Source = EvidenceView['source'];
type Figure = EvidenceView['headline'][number];

export const SOURCES: Source[] = ['BACKUPS', 'UPTIME', 'LAN_DIAGRAMS', 'CHANGES'];
export const serviceEvidenceKey = (auditId: string) => ['audit-engagement', auditId, 'service-evidence'] as const;

/** Whether the caller may pull a view into the audit: its team (lead or members) or Dinas, while it is being worked. */
export function pullsServiceEvidence(caller: ReturnType<typeof useCaller>, engagement: Audit): boolean {
  return isOpenAudit(engagement) && (isDinas(caller) || isOnTeam(caller, engagement));
}

/**
 * "Bukti dari layanan lain": the live view of one source (backups, uptime, LAN diagrams, change tickets) for the
 * audited OPD and object over a review period, and the records pulled into the audit. Whoever sees the audit reads
 * them; its team or Dinas pull a view while the audit is still being worked.
 */
export function ServiceEvidenceSection({ engagement }: { engagement: Audit }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source>('BACKUPS');
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [page, setPage] = useState(0);
  const [done, setDone] = useState('');
  const query = { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };

  const live = useQuery({
    queryKey: [...serviceEvidenceKey(engagement.id), 'live', source, period],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audits/{auditId}/service-evidence/{source}', {
          params: { path: { auditId: engagement.id, source }, query },
        }),
      ),
    retry: false,
  });
  const pulled = useQuery({
    queryKey: [...serviceEvidenceKey(engagement.id), 'pulled', page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audits/{auditId}/pulled-evidence', {
          params: { path: { auditId: engagement.id }, query: { page, size: 10 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const pull = useMutation({
    mutationFn: async () =>
      must(
        await audit.POST('/api/v1/audits/{auditId}/pulled-evidence', {
          params: { path: { auditId: engagement.id } },
          body: { source, ...query },
        }),
      ),
    onSuccess: async () => {
      setDone(t('serviceEvidence.pulled', { source: t(`serviceEvidence.sources.${source}`) }));
      await queryClient.invalidateQueries({ queryKey: [...serviceEvidenceKey(engagement.id), 'pulled'] });
    },
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    setPeriod(draft);
  };
  const periodError = (field: 'from' | 'to') => fieldError(live.error, field) ?? fieldError(pull.error, field);

  return (
    <Card withBorder padding="md" component="section">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('serviceEvidence.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('serviceEvidence.intro')}
        </Text>
        <form onSubmit={apply} noValidate>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <NativeSelect
              label={t('serviceEvidence.source')}
              value={source}
              onChange={(e) => { setDone(''); setSource(e.currentTarget.value as Source); }}
              data={SOURCES.map((s) => ({ value: s, label: t(`serviceEvidence.sources.${s}`) }))}
            />
            <TextInput type="date" label={t('serviceEvidence.from')} value={draft.from} error={periodError('from')}
              onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
            <TextInput type="date" label={t('serviceEvidence.to')} value={draft.to} error={periodError('to')}
              onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
            <Button type="submit" variant="light">
              {t('serviceEvidence.show')}
            </Button>
          </Group>
        </form>
        <ProblemAlert error={live.error} onReload={() => void live.refetch()} />
        {live.isPending && !live.error ? <Loading /> : live.data ? (
          <LiveView view={live.data} />
        ) : null}
        {pullsServiceEvidence(caller, engagement) && live.data && (
          <Group>
            <Button onClick={() => { setDone(''); pull.mutate(); }} loading={pull.isPending}>
              {t('serviceEvidence.pull')}
            </Button>
          </Group>
        )}
        <ProblemAlert error={pull.error} />
        <Text size="sm" role="status" aria-live="polite" c="teal">
          {done}
        </Text>

        <Title order={3} size="h5">
          {t('serviceEvidence.pulledTitle')}
        </Title>
        <QueryList query={pulled} empty={t('serviceEvidence.pulledEmpty')}>
          {(data) => (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped>
                  <Table.Caption>{t('serviceEvidence.pulledCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('serviceEvidence.source')}</Table.Th>
                      <Table.Th scope="col">{t('serviceEvidence.period')}</Table.Th>
                      <Table.Th scope="col">{t('serviceEvidence.figures')}</Table.Th>
                      <Table.Th scope="col">{t('serviceEvidence.pulledBy')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>{t(`serviceEvidence.sources.${p.source}`)}</Table.Td>
                        <Table.Td>{formatDate(p.from)} – {formatDate(p.to)}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{p.headline.map((f) => `${f.label}: ${figureText(f)}`).join('; ')}</Text>
                          <Text size="xs" c="dimmed">{t('serviceEvidence.dataAsOf', { at: p.dataAsOf ? formatDateTime(p.dataAsOf) : '—' })}</Text>
                        </Table.Td>
                        <Table.Td>{t('serviceEvidence.pulledAt', { by: p.pulledBy, at: formatDateTime(p.pulledAt) })}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <PageControls pageOf={data} onChange={setPage} label={t('serviceEvidence.pages')} />
            </>
          )}
        </QueryList>
      </Stack>
    </Card>
  );
}

function figureText(f: Figure): string {
  if (f.number === null || f.number === undefined) {
    return /^\d{4}-\d{2}-\d{2}T/.test(f.text) ? formatDateTime(f.text) : f.text;
  }
  return f.key === 'downtimeSeconds' ? f.text : formatNumber(f.number);
}

/** The figures and rows of one source's live view. */
function LiveView({ view }: { view: EvidenceView }) {
  const { t } = useTranslation('audit');
  return (
    <Stack gap="xs" data-testid="service-evidence-live">
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{t('serviceEvidence.periodLine', { from: formatDate(view.from), to: formatDate(view.to) })}</Text>
        <Badge variant="light" color={view.scope.linkedTo === 'OBJECT' ? 'teal' : 'gray'}>
          {t(`serviceEvidence.linked.${view.scope.linkedTo}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">{view.scope.note}</Text>
      <Text size="xs" c="dimmed">
        {t('serviceEvidence.dataAsOf', { at: view.dataAsOf ? formatDateTime(view.dataAsOf) : t('serviceEvidence.noData') })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
        {view.headline.map((f) => (
          <Card key={f.key} withBorder padding="xs">
            <Text size="xs" c="dimmed">{f.label}</Text>
            <Text fw={600}>{figureText(f)}</Text>
          </Card>
        ))}
      </SimpleGrid>
      <Rows view={view} />
      {view.rowsTruncated && <Text size="xs" c="dimmed">{t('serviceEvidence.truncated')}</Text>}
    </Stack>
  );
}

function Rows({ view }: { view: EvidenceView }) {
  const { t } = useTranslation('audit');
  const yes = (b: boolean | null | undefined) => (b === null || b === undefined ? '—' : b ? t('serviceEvidence.yes') : t('serviceEvidence.no'));
  const table = (columns: string[], rows: ReactNode[][], key: (i: number) => string) =>
    rows.length === 0 ? (
      <Text size="sm" c="dimmed">{t('serviceEvidence.noRows')}</Text>
    ) : (
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>{t(`serviceEvidence.sources.${view.source}`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>{columns.map((c) => <Table.Th scope="col" key={c}>{t(`serviceEvidence.columns.${c}`)}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((cells, i) => (
              <Table.Tr key={key(i)}>{cells.map((c, j) => <Table.Td key={j} style={{ overflowWrap: 'anywhere' }}>{c}</Table.Td>)}</Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  if (view.backups) {
    const rows = view.backups.rows;
    return table(['system', 'runs', 'successful', 'offsite', 'lastSuccess', 'withoutSuccess'],
      rows.map((r) => [`${r.systemKind === 'VPS' ? 'VPS' : t('serviceEvidence.application')} ${r.name ?? r.systemId}`, r.runs, r.successfulRuns, r.offsiteSuccessfulRuns, formatDateTime(r.lastSuccessAt), r.inScopeVps ? yes(r.withoutSuccess) : '—']),
      (i) => `${rows[i].systemKind}-${rows[i].systemId}`);
  }
  if (view.uptime) {
    const rows = view.uptime.rows;
    return table(['monitor', 'slo', 'outages', 'downtime', 'availability', 'meetsSlo'],
      rows.map((r) => [r.name ?? r.monitorId, r.sloPercent === null || r.sloPercent === undefined ? '—' : `${r.sloPercent} %`, r.outages, `${Math.round(r.downtimeSeconds / 60)} ${t('serviceEvidence.minutes')}`, r.availabilityPercent === null || r.availabilityPercent === undefined ? '—' : `${r.availabilityPercent} %`, yes(r.meetsSlo)]),
      (i) => rows[i].monitorId);
  }
  if (view.lanDiagrams) {
    const rows = view.lanDiagrams.rows;
    return table(['year', 'status', 'late', 'overdue', 'reference'],
      rows.map((r) => [r.year, t(`serviceEvidence.lanStatus.${r.status}`), yes(r.late), yes(r.overdue), t('serviceEvidence.reference', { task: r.taskId, submission: r.submission ?? '—', revision: r.revision ?? '—' })]),
      (i) => rows[i].taskId);
  }
  if (view.changes) {
    const rows = view.changes.rows;
    return table(['ticket', 'title', 'opened', 'approved', 'implemented', 'unapproved'],
      rows.map((r) => [r.ticketId, r.title ?? t('serviceEvidence.titleWithheld'), formatDateTime(r.openedAt), formatDateTime(r.approvedAt), formatDateTime(r.implementedAt), yes(r.implementedWithoutApproval)]),
      (i) => rows[i].ticketId);
  }
  return null;
}
