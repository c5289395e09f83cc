import { Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { TableSection } from '../../../ui/TableSection';
import { formatDate, formatDateTime } from '../../../ui/format';
import { isDinas } from '../access';
import '../i18n';
import { isOverdue, TaskStatus } from './taskStatus';

type Status = NetworkSchemas['TaskResponse']['status'];
const STATUSES: Status[] = ['OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];
const PAGE_SIZE = 20;

/**
 * Yearly LAN diagrams (N6): the campaigns (Dinas opens one per year) and the OPDs' tasks of a year with status, due
 * date and overdue flag. OPD users see only their own OPD's task (the service scopes the list).
 */
export default function LanDiagramsPage() {
  const { t } = useTranslation('network');
  const caller = useCaller();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [status, setStatus] = useState<Status | undefined>();
  const [page, setPage] = useState(0);

  const campaigns = useQuery({
    queryKey: ['network-campaigns'],
    queryFn: async () => must(await network.GET('/api/v1/lan-diagrams/campaigns', { params: { query: { size: 10 } } })),
  });
  const tasks = useQuery({
    queryKey: ['network-tasks', year, status, page],
    queryFn: async () =>
      must(
        await network.GET('/api/v1/lan-diagrams/tasks', {
          params: { query: { year, status, page, size: PAGE_SIZE, sort: ['opdCode,asc'] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - 3 + i));

  return (
    <Stack>
      <PageHeader title={t('diagrams.title')} subtitle={t('diagrams.subtitle')} />
      {isDinas(caller) && <OpenCampaignForm defaultYear={thisYear} onOpened={(y) => setYear(y)} />}
      <ProblemAlert error={campaigns.error} />
      {campaigns.isPending ? (
        <Loading />
      ) : campaigns.data ? (
        <TableSection
          title={t('diagrams.campaignsTitle')}
          caption={t('diagrams.campaignsCaption')}
          columns={(['year', 'dueDate', 'tasks', 'openedBy'] as const).map((c) => t(`diagrams.columns.${c}`))}
          minWidth={480}
          empty={campaigns.data.items.length === 0 ? t('diagrams.noCampaigns') : undefined}
        >
          {campaigns.data.items.map((c) => (
            <Table.Tr key={c.year}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => setYear(c.year)}>
                  {c.year}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(c.dueDate)}</Table.Td>
              <Table.Td>{c.tasks}</Table.Td>
              <Table.Td>
                {c.openedBy} · {formatDateTime(c.openedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </TableSection>
      ) : null}

      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="sm">
          {t('diagrams.tasksTitle')}
        </Title>
        <Group align="flex-end" wrap="wrap" mb="sm">
          <NativeSelect
            label={t('diagrams.year')}
            data={years}
            value={String(year)}
            onChange={(e) => {
              setYear(Number(e.currentTarget.value));
              setPage(0);
            }}
            w={120}
          />
          <NativeSelect
            label={t('diagrams.statusFilter')}
            data={[{ value: '', label: t('diagrams.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))]}
            value={status ?? ''}
            onChange={(e) => {
              setStatus((e.currentTarget.value || undefined) as Status | undefined);
              setPage(0);
            }}
            w={200}
          />
        </Group>
        <ProblemAlert error={tasks.error} />
        {tasks.isPending ? (
          <Loading />
        ) : tasks.data && tasks.data.items.length === 0 ? (
          <Text size="sm" role="status">
            {t('diagrams.noTasks', { year })}
          </Text>
        ) : tasks.data ? (
          <>
            <Table.ScrollContainer minWidth={600}>
              <Table striped highlightOnHover aria-label={t('diagrams.tasksCaption', { year })}>
                <Table.Thead>
                  <Table.Tr>
                    {(['opd', 'status', 'dueDate', 'submissions'] as const).map((c) => (
                      <Table.Th key={c} scope="col">
                        {t(`diagrams.columns.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tasks.data.items.map((task) => (
                    <Table.Tr key={task.id} data-overdue={isOverdue(task) || undefined}>
                      <Table.Td>
                        <Anchor component={Link} to={`/jaringan/diagram-tahunan/${encodeURIComponent(task.id)}`}>
                          {task.opd}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <TaskStatus task={task} />
                      </Table.Td>
                      <Table.Td>{formatDate(task.dueDate)}</Table.Td>
                      <Table.Td>{task.submissions.length}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls
              pageOf={tasks.data}
              onChange={setPage}
              label={t('diagrams.pages')}
            />
          </>
        ) : null}
      </Card>
    </Stack>
  );
}

/** Dinas opens the year's campaign (a task for every active OPD); 422 N6 where the region's regulation has no yearly diagram. */
function OpenCampaignForm({ defaultYear, onOpened }: { defaultYear: number; onOpened: (year: number) => void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [year, setYear] = useState(String(defaultYear));
  const [dueDate, setDueDate] = useState('');
  const [missing, setMissing] = useState<{ year?: boolean; dueDate?: boolean }>({});
  const open = useMutation({
    mutationFn: async () => must(await network.POST('/api/v1/lan-diagrams/campaigns', { body: { year: Number(year), dueDate } })),
    onSuccess: async (campaign) => {
      await client.invalidateQueries({ queryKey: ['network-campaigns'] });
      await client.invalidateQueries({ queryKey: ['network-tasks'] });
      onOpened(campaign.year);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const miss = { year: !/^\d{4}$/.test(year), dueDate: !dueDate };
    setMissing(miss);
    if (!miss.year && !miss.dueDate) open.mutate();
  };
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('diagrams.openCampaign')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('diagrams.year')}
            inputMode="numeric"
            required
            value={year}
            onChange={(e) => setYear(e.currentTarget.value)}
            error={missing.year ? tc('field.required') : fieldError(open.error, 'year')}
            w={120}
          />
          <TextInput
            type="date"
            label={t('diagrams.dueDate')}
            required
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={missing.dueDate ? tc('field.required') : fieldError(open.error, 'dueDate')}
            w={180}
          />
          <Button type="submit" loading={open.isPending} mt={25}>
            {t('diagrams.openCampaign')}
          </Button>
        </Group>
      </form>
      <Stack gap="xs" mt="xs">
        <ProblemAlert error={open.error} />
        {open.data && (
          <Text size="sm" role="status" c="green">
            {t('diagrams.opened', { year: open.data.year, tasks: open.data.tasks })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
