import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role, type Caller } from '../../auth/roles';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import '../audit/i18n';
import { isOverdue, todayIso } from '../audit/i18n';
import './i18n';
import { needsOf } from './needs';
import {
  useApplications,
  useAuditPlan,
  usePendingIntegrations,
  useRequestedSubdomains,
  useStatusCounts,
  daysSince,
  type Application,
} from './queries';

// recharts is heavy: the chart loads on its own, after the counts are on screen.
const StatusChart = lazy(() => import('./StatusChart'));

const AUDIT_SOON_DAYS = 60;

/** The home screen: per role, the platform's own figures and the caller's tasks (what the API can tell today). */
export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const caller = useCaller();
  const dinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const operator = !dinas && hasAnyRole(caller, Role.OPD_OPERATOR);
  const auditReader = hasAnyRole(caller, Role.AUDITOR, Role.COORDINATOR, Role.EVALUATOR);
  return (
    <Stack>
      <PageHeader title={t('title')} subtitle={caller ? t('greeting', { name: caller.name }) : undefined} />
      {dinas && <DinasDashboard />}
      {operator && caller && <OperatorDashboard caller={caller} />}
      {!dinas && !operator && auditReader && <AuditDueWidget />}
      {!dinas && !operator && !auditReader && <Text>{t('noWidgets')}</Text>}
    </Stack>
  );
}

function Widget({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

interface Task {
  key: string;
  text: string;
  to: string;
  badge?: string;
}

function TaskList({ tasks, isPending, error, note }: { tasks: Task[]; isPending: boolean; error?: unknown; note?: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <Widget title={t('tasks.title')} testId="tasks">
      <Stack gap="xs" aria-live="polite" aria-busy={isPending}>
        {error ? <ProblemAlert error={error} /> : null}
        {tasks.length > 0 ? (
          <List spacing={4} size="sm">
            {tasks.map((task) => (
              <List.Item key={task.key}>
                <Group gap={6} wrap="wrap">
                  <Anchor component={Link} to={task.to}>
                    {task.text}
                  </Anchor>
                  {task.badge && (
                    <Badge color="red" size="sm">
                      {task.badge}
                    </Badge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        ) : isPending ? (
          <Text size="sm" c="dimmed">
            {t('tasks.loading')}
          </Text>
        ) : (
          <Text size="sm">{t('tasks.empty')}</Text>
        )}
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
    </Widget>
  );
}

// ---------------------------------------------------------------- Dinas

function DinasDashboard() {
  const { t } = useTranslation('dashboard');
  const year = new Date().getFullYear();
  // Longest waiting first: a submission changes updatedAt, and review freezes the reviewed fields until Dinas decides.
  const pending = useApplications('SUBMITTED', 10, 'updatedAt,asc');
  const subdomains = useRequestedSubdomains(true);
  const plan = useAuditPlan(year, true);
  const tasks: Task[] = [
    ...(pending.data?.items ?? []).map((app) => ({
      key: `recommend-${app.id}`,
      text: t('tasks.recommend', { name: app.name, opd: app.ownerOpd }),
      to: `/aplikasi/${encodeURIComponent(app.id)}`,
    })),
    ...(subdomains.data?.items ?? []).map((s) => ({
      key: `subdomain-${s.fqdn}`,
      text: t('tasks.subdomain', { fqdn: s.fqdn, opd: s.ownerOpd }),
      to: `/subdomain?status=REQUESTED`,
    })),
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <StatusCountsWidget />
      <TaskList
        tasks={tasks}
        isPending={pending.isPending || subdomains.isPending}
        error={pending.error ?? subdomains.error}
        note={t('tasks.noIntegrationList')}
      />
      <Widget title={t('pending.title')} testId="pending-recommendations">
        <ProblemAlert error={pending.error} />
        {pending.isPending ? (
          <Loading />
        ) : pending.data && pending.data.items.length === 0 ? (
          <Text size="sm">{t('pending.empty')}</Text>
        ) : pending.data ? (
          <Stack gap="xs">
            <Table.ScrollContainer minWidth={420}>
              <Table>
                <Table.Caption>{t('pending.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('mine.name')}</Table.Th>
                    <Table.Th>OPD</Table.Th>
                    <Table.Th>{t('pending.submittedAt')}</Table.Th>
                    <Table.Th>{t('pending.waiting')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pending.data.items.map((app) => (
                    <Table.Tr key={app.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/aplikasi/${encodeURIComponent(app.id)}`}>
                          {app.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{app.ownerOpd}</Table.Td>
                      <Table.Td>{formatDateTime(app.submission?.at)}</Table.Td>
                      <Table.Td>{daysSince(app.submission?.at) === undefined ? '—' : t('pending.days', { count: daysSince(app.submission?.at) })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {pending.data.totalItems > pending.data.items.length && (
              <Anchor component={Link} to="/aplikasi?status=SUBMITTED" size="sm">
                {t('pending.more', { count: pending.data.totalItems })}
              </Anchor>
            )}
          </Stack>
        ) : null}
      </Widget>
      <Widget title={t('overdue.title')} testId="overdue">
        <OverdueAudits year={year} plan={plan} />
      </Widget>
    </SimpleGrid>
  );
}

function OverdueAudits({ year, plan }: { year: number; plan: ReturnType<typeof useAuditPlan> }) {
  const { t } = useTranslation('dashboard');
  const { t: ta } = useTranslation('audit');
  if (plan.error) return <ProblemAlert error={plan.error} />;
  if (plan.isPending) return <Loading />;
  const today = todayIso();
  const overdue = (plan.data?.items ?? []).filter((item) => isOverdue(item.dueDate, today));
  // Sorted by due date: if the whole first page is past due, there may be more beyond it.
  const more = plan.data && overdue.length === plan.data.items.length && plan.data.totalPages > 1;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('overdue.auditTitle', { year })}
      </Text>
      {overdue.length === 0 ? (
        <Text size="sm">{t('overdue.auditEmpty')}</Text>
      ) : (
        <>
          <Group gap={6} role="status">
            <Badge color="red">{more ? `${formatNumber(overdue.length)}+` : formatNumber(overdue.length)}</Badge>
            <Text size="sm">{t('overdue.auditCount', { count: overdue.length })}</Text>
          </Group>
          <List size="sm" spacing={2}>
            {overdue.slice(0, 5).map((item) => (
              <List.Item key={item.id}>
                <Anchor component={Link} to={`/aplikasi/${encodeURIComponent(item.applicationId)}`}>
                  {item.applicationName}
                </Anchor>{' '}
                ({item.opd}) · {ta(`kind.${item.kind}`)} · {formatDate(item.dueDate)}
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            {t('overdue.auditNote')}
          </Text>
        </>
      )}
      <Anchor component={Link} to="/audit/rencana" size="sm">
        {t('overdue.openPlan')}
      </Anchor>
    </Stack>
  );
}

function StatusCountsWidget() {
  const { t } = useTranslation('dashboard');
  const { t: td } = useTranslation('domain');
  const { counts, isPending, error } = useStatusCounts();
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const chartData = counts.map((c) => ({ status: td(`applicationStatus.${c.status}`), count: c.count }));
  return (
    <Widget title={t('statusCounts.title')} testId="status-counts">
      <ProblemAlert error={error} />
      {isPending ? (
        <Loading />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('statusCounts.total', { count: total })}
          </Text>
          <Suspense fallback={<Skeleton h={220} />}>
            <StatusChart data={chartData} label={t('statusCounts.chart')} />
          </Suspense>
          <Table.ScrollContainer minWidth={260}>
            <Table withTableBorder>
              <Table.Caption>{t('statusCounts.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('statusCounts.status')}</Table.Th>
                  <Table.Th ta="right">{t('statusCounts.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {counts.map((c) => (
                  <Table.Tr key={c.status}>
                    <Table.Td>
                      <Anchor component={Link} to={`/aplikasi?status=${c.status}`}>
                        {td(`applicationStatus.${c.status}`)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(c.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Widget>
  );
}

// ---------------------------------------------------------------- OPD operator

const ACTIONABLE: Application['status'][] = ['DRAFT', 'SUBMITTED', 'RECOMMENDED', 'REJECTED', 'DEPOSITED', 'ACTIVE'];

function OperatorDashboard({ caller }: { caller: Caller }) {
  const { t } = useTranslation('dashboard');
  const { t: td } = useTranslation('domain');
  const mine = useApplications(undefined, 100);
  const apps = mine.data?.items ?? [];
  // Integrations matter only for applications still in use; at most 20 reads.
  const integrations = usePendingIntegrations(apps.filter((a) => ACTIONABLE.includes(a.status)).slice(0, 20), caller.opd);

  const tasks: Task[] = [];
  for (const app of apps) {
    const to = `/aplikasi/${encodeURIComponent(app.id)}`;
    if (app.status === 'DRAFT') tasks.push({ key: `draft-${app.id}`, text: t('tasks.draft', { name: app.name }), to });
    if (app.status === 'REJECTED') tasks.push({ key: `rejected-${app.id}`, text: t('tasks.rejected', { name: app.name }), to });
    if (app.status === 'RECOMMENDED') tasks.push({ key: `deposit-${app.id}`, text: t('tasks.deposit', { name: app.name }), to });
  }
  for (const { application, entry } of integrations.proposals) {
    tasks.push({
      key: `integration-${entry.integrationId}`,
      text: t('tasks.integration', { name: application.name, other: entry.otherApplication.name }),
      to: `/aplikasi/${encodeURIComponent(application.id)}`,
    });
  }

  const needText = (app: Application) =>
    needsOf(app).map((need) =>
      need.key === 'stage'
        ? t('needs.stage', { stage: app.stage ? td(`stage.${app.stage}`) : '—' })
        : t(`needs.${need.key}`, need.values ?? {}),
    );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <TaskList tasks={tasks} isPending={mine.isPending || integrations.isPending} error={mine.error ?? integrations.error} />
      <StatusCountsWidget />
      <Card withBorder padding="md" component="section" aria-label={t('mine.title')} data-testid="my-applications" style={{ gridColumn: '1 / -1' }}>
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} size="h4">
            {t('mine.title')}
          </Title>
          <Button component={Link} to="/aplikasi/baru" size="xs" variant="light">
            {t('mine.register')}
          </Button>
        </Group>
        <ProblemAlert error={mine.error} />
        {mine.isPending ? (
          <Loading />
        ) : apps.length === 0 && !mine.error ? (
          <Text size="sm">{t('mine.empty')}</Text>
        ) : (
          <Stack gap="xs">
            <Table.ScrollContainer minWidth={520}>
              <Table>
                <Table.Caption>{t('mine.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('mine.name')}</Table.Th>
                    <Table.Th>{t('mine.status')}</Table.Th>
                    <Table.Th>{t('mine.needs')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {apps.map((app) => {
                    const needs = needText(app);
                    return (
                      <Table.Tr key={app.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/aplikasi/${encodeURIComponent(app.id)}`}>
                            {app.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light">{td(`applicationStatus.${app.status}`)}</Badge>
                        </Table.Td>
                        <Table.Td>
                          {needs.length === 0 ? (
                            <Text size="sm" c="dimmed">
                              {t('mine.nothing')}
                            </Text>
                          ) : (
                            <List size="sm" spacing={2}>
                              {needs.map((n) => (
                                <List.Item key={n}>{n}</List.Item>
                              ))}
                            </List>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {mine.data && mine.data.totalItems > apps.length && (
              <Anchor component={Link} to="/aplikasi" size="sm">
                {t('mine.more', { count: mine.data.totalItems })}
              </Anchor>
            )}
          </Stack>
        )}
      </Card>
    </SimpleGrid>
  );
}

// ---------------------------------------------------------------- auditor, coordinator, evaluator

function AuditDueWidget() {
  const { t } = useTranslation('dashboard');
  const { t: ta } = useTranslation('audit');
  const year = new Date().getFullYear();
  const plan = useAuditPlan(year, true);
  const today = todayIso();
  const horizon = todayIso(new Date(Date.now() + AUDIT_SOON_DAYS * 86_400_000));
  const due = (plan.data?.items ?? []).filter((item) => item.dueDate <= horizon);
  const tasks: Task[] = due.map((item) => ({
    key: `audit-${item.id}`,
    text: t('tasks.audit', {
      kind: ta(`kind.${item.kind}`),
      name: item.applicationName,
      opd: item.opd,
      date: formatDate(item.dueDate),
    }),
    to: '/audit/rencana',
    badge: isOverdue(item.dueDate, today) ? t('tasks.auditOverdue') : undefined,
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <TaskList
        tasks={tasks}
        isPending={plan.isPending}
        error={plan.error}
        note={plan.data && tasks.length === 0 ? t('auditDue.empty', { days: AUDIT_SOON_DAYS }) : t('auditDue.caption', { days: AUDIT_SOON_DAYS })}
      />
    </SimpleGrid>
  );
}
