import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { audit, must, type AuditSchemas } from '../../api/client';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import { downloadFile } from '../../ui/downloadFile';
import { LinkedTabs } from '../../ui/LinkedTabs';
import { useCaller } from '../../auth/AuthSetup';
import { isOverdue, todayIso } from './i18n';
import { isDinas } from './shared';

type Kind = AuditSchemas['AuditPlanItem']['kind'];
type PlanItem = AuditSchemas['AuditPlanItem'];
const KINDS: Kind[] = ['INFRASTRUKTUR', 'APLIKASI', 'KEAMANAN'];
const PAGE_SIZE = 20;

/**
 * The audit plan (AU4–AU6) as the audit service keeps it, in three tabs: a year's plan (earliest due first, past-due
 * rows stand out, the year as CSV), what is overdue today across years, and a multi-year calendar of counts.
 */
export default function AuditPlanPage() {
  const { t } = useTranslation('audit');
  return (
    <Stack>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <LinkedTabs
        label={t('planTabs.label')}
        tabs={[
          { value: 'tahunan', label: t('planTabs.annual'), panel: <AnnualPlan /> },
          { value: 'terlambat', label: t('planTabs.overdue'), panel: <OverduePlan /> },
          { value: 'kalender', label: t('planTabs.calendar'), panel: <PlanCalendar /> },
        ]}
      />
    </Stack>
  );
}

/** A year's plan, earliest due first; past-due rows stand out; the year (and kind) downloads as CSV. */
function AnnualPlan() {
  const { t } = useTranslation('audit');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<Kind | undefined>();
  const [page, setPage] = useState(0);
  const today = todayIso();

  const plan = useQuery({
    queryKey: ['audit-plan', year, kind, page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audit-plan', {
          params: { query: { year, kind, page, size: PAGE_SIZE, sort: ['dueDate,asc'] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const years = Array.from({ length: 7 }, (_, i) => String(thisYear - 3 + i));
  const csv = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/audit-plan/export.csv?year=${year}${kind ? `&kind=${kind}` : ''}`,
        `rencana-audit-${year}.csv`,
      ),
  });

  return (
    <Stack mt="md">
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('year')}
          data={years}
          value={String(year)}
          onChange={(e) => {
            setYear(Number(e.currentTarget.value));
            setPage(0);
          }}
          w={140}
        />
        <KindSelect kind={kind} onChange={(k) => { setKind(k); setPage(0); }} />
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={csv.isPending}
          onClick={() => csv.mutate()}
        >
          {t('planCsv.download', { year })}
        </Button>
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {csv.isSuccess ? t('planCsv.done') : ''}
      </Text>
      <ProblemAlert error={csv.error} />
      <ProblemAlert error={plan.error} />
      {plan.isPending ? (
        <Loading />
      ) : plan.data && plan.data.items.length === 0 ? (
        <Text role="status">{t('empty', { year })}</Text>
      ) : plan.data ? (
        <>
          <PlanTable items={plan.data.items} caption={t('caption', { year })} />
          {plan.data.items.some((i) => isOverdue(i.dueDate, today)) && (
            <Text size="sm" c="dimmed">
              {t('overdueNote')}
            </Text>
          )}
          <PageControls
            pageOf={plan.data}
            onChange={setPage}
            label={t('pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}

/** Plan items as rows: due date (past due said in words), kind, object, OPD, obligation, basis, audit link. */
function PlanTable({ items, caption }: { items: PlanItem[]; caption: string }) {
  const { t } = useTranslation('audit');
  const today = todayIso();
  const dinas = isDinas(useCaller());
  return (
            <Table.ScrollContainer minWidth={880}>
              <Table striped highlightOnHover>
                <Table.Caption>{caption}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.dueDate')}</Table.Th>
                    <Table.Th>{t('columns.kind')}</Table.Th>
                    <Table.Th>{t('columns.application')}</Table.Th>
                    <Table.Th>{t('columns.opd')}</Table.Th>
                    <Table.Th>{t('columns.obligation')}</Table.Th>
                    <Table.Th>{t('columns.basisDate')}</Table.Th>
                    <Table.Th>{t('columns.plannedAt')}</Table.Th>
                    <Table.Th>{t('planLink.action')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => {
                    const overdue = isOverdue(item.dueDate, today);
                    return (
                      <Table.Tr key={item.id} bg={overdue ? 'var(--mantine-color-red-light)' : undefined} data-overdue={overdue || undefined}>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" fw={overdue ? 700 : undefined}>
                              {formatDate(item.dueDate)}
                            </Text>
                            {overdue && (
                              <Badge color="red" variant="filled" size="sm">
                                {t('overdue')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{t(`kind.${item.kind}`)}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={auditObjectPath(item)}>
                            {item.applicationName}
                          </Anchor>
                          {item.neverAudited && (
                            <Text size="xs" c="dimmed">
                              {t('neverAudited')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/opd/${encodeURIComponent(item.opd)}`}>
                            {item.opd}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{item.obligation}</Table.Td>
                        <Table.Td>{formatDate(item.basisDate)}</Table.Td>
                        <Table.Td>{formatDateTime(item.plannedAt)}</Table.Td>
                        <Table.Td>
                          {item.scheduledAuditId ? (
                          <>
                            <Anchor component={Link} to={`/audit/penugasan/${encodeURIComponent(item.scheduledAuditId)}`} aria-label={`${t('planLink.scheduled')}: ${item.applicationName}`}>
                              {t('planLink.scheduled')}
                            </Anchor>
                            {item.scheduledStart && <Text size="xs" c="dimmed">{formatDate(item.scheduledStart)}</Text>}
                          </>
                        ) : dinas && item.status === 'ACTIVE' ? (
                          <Anchor component={Link} to={`/audit/penugasan/baru?planItemId=${encodeURIComponent(item.id)}`} aria-label={`${t('planLink.schedule')}: ${item.applicationName}`}>
                            {t('planLink.schedule')}
                          </Anchor>
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
  );
}

/** What is overdue today (AU4–AU6): active obligations past their due date in any year, oldest first. */
function OverduePlan() {
  const { t } = useTranslation('audit');
  const [kind, setKind] = useState<Kind | undefined>();
  const [page, setPage] = useState(0);
  const overdue = useQuery({
    queryKey: ['audit-plan', 'overdue', kind, page],
    queryFn: async () =>
      must(await audit.GET('/api/v1/audit-plan/overdue', { params: { query: { kind, page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack mt="md">
      <KindSelect kind={kind} onChange={(k) => { setKind(k); setPage(0); }} />
      <ProblemAlert error={overdue.error} onReload={() => void overdue.refetch()} />
      {overdue.isPending ? (
        <Loading />
      ) : overdue.data && overdue.data.items.length === 0 ? (
        <Text role="status">{t('planOverdue.empty')}</Text>
      ) : overdue.data ? (
        <>
          <PlanTable items={overdue.data.items} caption={t('planOverdue.caption')} />
          <PageControls pageOf={overdue.data} onChange={setPage} label={t('planOverdue.pages')} />
        </>
      ) : null}
    </Stack>
  );
}

const CALENDAR_YEARS = 5;

/** The multi-year calendar: how many audits fall due per month and kind, from a chosen year on (five years). */
function PlanCalendar() {
  const { t } = useTranslation('audit');
  const thisYear = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(thisYear);
  const [kind, setKind] = useState<Kind | undefined>();
  const toYear = fromYear + CALENDAR_YEARS - 1;
  const calendar = useQuery({
    queryKey: ['audit-plan', 'calendar', fromYear, kind],
    queryFn: async () =>
      must(await audit.GET('/api/v1/audit-plan/calendar', { params: { query: { fromYear, toYear, kind } } })),
    placeholderData: keepPreviousData,
  });
  const months = Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(t('planCalendar.locale'), { month: 'short' }).format(new Date(2000, m, 1)),
  );
  return (
    <Stack mt="md">
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('planCalendar.from')}
          data={Array.from({ length: 7 }, (_, i) => String(thisYear - 3 + i))}
          value={String(fromYear)}
          onChange={(e) => setFromYear(Number(e.currentTarget.value))}
          w={140}
        />
        <KindSelect kind={kind} onChange={setKind} />
      </Group>
      <ProblemAlert error={calendar.error} onReload={() => void calendar.refetch()} />
      {calendar.isPending ? (
        <Loading />
      ) : calendar.data ? (
        <Table.ScrollContainer minWidth={960}>
          <Table striped>
            <Table.Caption>{t('planCalendar.caption', { from: fromYear, to: toYear })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('year')}</Table.Th>
                {months.map((m) => (
                  <Table.Th scope="col" key={m}>
                    {m}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('planCalendar.total')}</Table.Th>
                <Table.Th scope="col">{t('neverAudited')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendar.data.years.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Th scope="row">{y.year}</Table.Th>
                  {y.months.map((m) => (
                    <Table.Td key={m.month} title={t('planCalendar.cellTitle', { infra: m.infrastruktur, app: m.aplikasi, sec: m.keamanan })}>
                      {m.total || '—'}
                    </Table.Td>
                  ))}
                  <Table.Td fw={700}>{y.total}</Table.Td>
                  <Table.Td>{y.neverAudited}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}

function KindSelect({ kind, onChange }: { kind: Kind | undefined; onChange: (kind: Kind | undefined) => void }) {
  const { t } = useTranslation('audit');
  return (
    <NativeSelect
      label={t('kindFilter')}
      data={[{ value: '', label: t('allKinds') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
      value={kind ?? ''}
      onChange={(e) => onChange(e.currentTarget.value ? (e.currentTarget.value as Kind) : undefined)}
      w={200}
    />
  );
}

/**
 * Where an audited object is shown: an application's page, or for infrastructure (AU4, AU6) its data center, the
 * OPD's LAN or the WAN. The plan item's object id is "data-center:<code>", "lan:<opd>" or "wan".
 */
export function auditObjectPath(item: { objectKind?: string; applicationId: string; opd: string }): string {
  switch (item.objectKind) {
    case 'DATA_CENTER':
      return `/pusat-data/lokasi/${encodeURIComponent(item.applicationId.replace(/^data-center:/, ''))}`;
    case 'LAN':
      return `/jaringan/lan/${encodeURIComponent(item.applicationId.replace(/^lan:/, '') || item.opd)}`;
    case 'WAN':
      return '/jaringan/wan';
    default:
      return `/aplikasi/${encodeURIComponent(item.applicationId)}`;
  }
}
