import { Anchor, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { must, servicedesk, type ServicedeskPaths } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role, type Caller } from '../../auth/roles';
import { downloadFile } from '../../ui/downloadFile';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { useListParams } from '../../ui/useListParams';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { PriorityBadge, RowSla, TicketStatusBadge } from './components';
import { CATEGORIES, PRIORITIES, STATUSES, TIERS, TYPES, shortId, type Tier } from './model';
import { useOpdOptions } from './queries';
import './i18n';

type ListQuery = NonNullable<ServicedeskPaths['/api/v1/tickets']['get']['parameters']['query']>;

const SORTS = {
  priority: ['priorityRank,asc', 'openedAt,asc'],
  newest: ['openedAt,desc'],
  updated: ['updatedAt,desc'],
} as const;
type SortName = keyof typeof SORTS;
const PAGE_SIZE = 20;

/** The export's query string: the list's filters and sort, without paging (the server caps the rows). */
export function exportPath(query: ListQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page' || key === 'size' || value === undefined || value === null) continue;
    (Array.isArray(value) ? value : [value]).forEach((v) => search.append(key, String(v)));
  }
  const qs = search.toString();
  return `/api/v1/tickets/export.csv${qs ? `?${qs}` : ''}`;
}

/** The queue an agent starts from: Tier 1 agents their OPD's Tier 1 queue, Tier 2 agents Tier 2's. */
export function defaultQueue(caller: Caller | undefined): Tier | undefined {
  if (hasAnyRole(caller, Role.TIER2_AGENT)) return 'TIER2';
  if (hasAnyRole(caller, Role.TIER1_AGENT)) return 'TIER1';
  return undefined;
}

/**
 * /layanan/tiket — the ticket queue (S1–S3, S5): filters in the URL, paged by the server, each row with its SLA state
 * in words (breached / near the limit / paused / on track) and the earliest due time, both carried by the list
 * answer (no request per row). The server scopes what each
 * caller sees: an OPD its own tickets, Tier 1 its OPD's (also once escalated), Tier 2 and Dinas all.
 */
export default function TicketListPage() {
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const [params, update] = useListParams();
  const regionWide = hasAnyRole(caller, Role.DINAS_ADMIN, Role.TIER2_AGENT, Role.AUDITOR, Role.COORDINATOR);
  const agent = hasAnyRole(caller, Role.TIER1_AGENT, Role.TIER2_AGENT);
  const mayOpen = hasAnyRole(caller, Role.OPD_OPERATOR, Role.DINAS_ADMIN, Role.TIER1_AGENT, Role.TIER2_AGENT);
  const opds = useOpdOptions(regionWide);

  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);
  const sortName: SortName = (params.get('sort') as SortName) in SORTS ? (params.get('sort') as SortName) : 'priority';
  const queueParam = params.get('queue');
  const queue = queueParam === 'ALL' ? undefined : ((queueParam as Tier | null) ?? defaultQueue(caller));
  const onlyOpen = params.get('open') !== 'false';
  const mine = params.get('mine') === 'true';
  const pick = (name: string) => params.get(name) || undefined;

  const query: ListQuery = {
    type: pick('type') as ListQuery['type'],
    status: pick('status') as ListQuery['status'],
    priority: pick('priority') as ListQuery['priority'],
    category: pick('category') as ListQuery['category'],
    opd: regionWide ? pick('opd') : undefined,
    queue,
    open: onlyOpen && !pick('status') ? true : undefined,
    assignee: mine ? caller?.username : undefined,
    page,
    size: PAGE_SIZE,
    sort: [...SORTS[sortName]],
  };
  const list = useQuery({
    queryKey: ['servicedesk', 'tickets', query],
    queryFn: async () => must(await servicedesk.GET('/api/v1/tickets', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const download = useMutation({ mutationFn: async () => downloadFile(exportPath(query), 'tiket-layanan.csv') });

  const select = (name: string, label: string, values: readonly string[], labelOf: (v: string) => string) => (
    <NativeSelect
      label={label}
      data={[{ value: '', label: t('list.all') }, ...values.map((v) => ({ value: v, label: labelOf(v) }))]}
      value={params.get(name) ?? ''}
      onChange={(e) => update({ [name]: e.currentTarget.value || undefined })}
    />
  );

  const filtered = ['type', 'status', 'priority', 'category', 'opd', 'queue', 'mine'].some((p) => params.has(p));
  const data = list.data;

  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          <Group gap="xs">
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={download.isPending} onClick={() => download.mutate()}>
              {t('list.exportCsv')}
            </Button>
            {mayOpen && (
              <Button component={Link} to="/layanan/tiket/baru" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('list.open')}
              </Button>
            )}
          </Group>
        }
      />
      <Paper withBorder p="md" component="section" aria-label={t('list.filters')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {select('type', t('list.type'), TYPES, (v) => t(`enum.type.${v}`))}
            {select('status', t('list.status'), STATUSES, (v) => t(`enum.status.${v}`))}
            {select('priority', t('list.priority'), PRIORITIES, (v) => t(`enum.priority.${v}`))}
            {select('category', t('list.category'), CATEGORIES, (v) => t(`enum.category.${v}`))}
            <NativeSelect
              label={t('list.queue')}
              data={[{ value: 'ALL', label: t('list.all') }, ...TIERS.map((v) => ({ value: v, label: t(`enum.tier.${v}`) }))]}
              value={queue ?? 'ALL'}
              onChange={(e) => update({ queue: e.currentTarget.value })}
            />
            {regionWide && (
              <NativeSelect
                label={t('list.opd')}
                data={[{ value: '', label: t('list.all') }, ...(opds.data ?? [])]}
                value={params.get('opd') ?? ''}
                onChange={(e) => update({ opd: e.currentTarget.value || undefined })}
              />
            )}
            <NativeSelect
              label={t('list.sort')}
              data={(Object.keys(SORTS) as SortName[]).map((s) => ({ value: s, label: t(`list.sorts.${s}`) }))}
              value={sortName}
              onChange={(e) => update({ sort: e.currentTarget.value === 'priority' ? undefined : e.currentTarget.value })}
            />
          </SimpleGrid>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="md" wrap="wrap">
              <Checkbox
                label={t('list.onlyOpen')}
                checked={onlyOpen}
                disabled={!!pick('status')}
                onChange={(e) => update({ open: e.currentTarget.checked ? undefined : 'false' })}
              />
              {agent && (
                <Checkbox label={t('list.mine')} checked={mine} onChange={(e) => update({ mine: e.currentTarget.checked ? 'true' : undefined })} />
              )}
            </Group>
            {(filtered || !onlyOpen) && (
              <Button
                variant="subtle"
                onClick={() =>
                  update({ type: undefined, status: undefined, priority: undefined, category: undefined, opd: undefined, queue: undefined, open: undefined, mine: undefined })
                }
              >
                {t('list.reset')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      <ProblemAlert error={download.error} />
      {list.isPending ? (
        <Loading />
      ) : data ? (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite" data-testid="ticket-count">
            {t('list.count', { total: data.totalItems })}
          </Text>
          {data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center" role="status">
              {filtered ? t('list.empty') : onlyOpen ? t('list.emptyOpen') : t('list.emptyAll')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-busy={list.isFetching}>
                <Table.Caption>{t('list.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('list.columns.ticket')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.type')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.priority')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.sla')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.queue')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.opd')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.assignee')}</Table.Th>
                    <Table.Th scope="col">{t('list.columns.opened')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((ticket) => (
                    <Table.Tr key={ticket.id}>
                      <Table.Td maw={320}>
                        <Anchor component={Link} to={`/layanan/tiket/${ticket.id}`} fw={500}>
                          {ticket.title}
                        </Anchor>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {shortId(ticket.id)} · {t(`enum.category.${ticket.category}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`enum.type.${ticket.type}`)}</Table.Td>
                      <Table.Td>
                        <TicketStatusBadge status={ticket.status} />
                      </Table.Td>
                      <Table.Td>
                        <PriorityBadge priority={ticket.priority} />
                      </Table.Td>
                      <Table.Td>
                        <RowSla row={ticket} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`enum.tier.${ticket.tier}`)}</Text>
                        {ticket.routingReason && (
                          <Text size="xs" c="orange.8" title={ticket.routingReason}>
                            {t('list.routed')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{ticket.requesterOpd}</Table.Td>
                      <Table.Td>
                        {ticket.assignee ?? (
                          <Text size="sm" c="dimmed" fs="italic">
                            {t('list.unassigned')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{formatDateTime(ticket.openedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PageControls
            pageOf={data}
            onChange={(p) => update({ page: p > 0 ? String(p + 1) : undefined }, true)}
            label={t('list.pages')}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
