import { Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { must, servicedesk, type ServicedeskSchemas } from '../../../api/client';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { MailPreferences } from './MailPreferences';
import './i18n';

type Entry = ServicedeskSchemas['NotificationView'];

const PAGE_SIZE = 20;

/** Everything the inbox shows (list pages and the unread count), refreshed together after a mark. */
const INBOX = ['servicedesk', 'notifications'] as const;

/**
 * /layanan/kotak-masuk — the signed-in user's own notifications about tickets (newest first): what happened, on which
 * ticket (a link to it), read or not. An unread filter, "mark read" per entry (also when the ticket is opened from
 * here) and "mark all read". The server only ever returns the caller's own entries. Below the list, the user's own
 * e-mail preferences (MailPreferences): which kinds also come by e-mail; the inbox always gets them all.
 */
export default function InboxPage() {
  const { t } = useTranslation('servicedesk');
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;

  const list = useQuery({
    queryKey: [...INBOX, 'list', unreadOnly, page],
    queryFn: async () =>
      must(
        await servicedesk.GET('/api/v1/notifications', {
          params: { query: { unread: unreadOnly || undefined, page, size: PAGE_SIZE } },
        }),
      ),
  });
  const unread = useQuery({
    queryKey: [...INBOX, 'unread-count'],
    queryFn: async () => must(await servicedesk.GET('/api/v1/notifications/unread-count')).unread,
  });
  const refresh = () => client.invalidateQueries({ queryKey: INBOX });
  const markRead = useMutation({
    mutationFn: async (id: string) =>
      must(await servicedesk.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const markAll = useMutation({
    mutationFn: async () => must(await servicedesk.POST('/api/v1/notifications/read-all')),
    onSuccess: (result) => {
      toasts.show({ color: 'green', message: t('inbox.markedAll', { count: result.marked }) });
      return refresh();
    },
  });

  function update(changes: Record<string, string | undefined>) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });
  }

  const data = list.data;
  const unreadCount = unread.data ?? 0;
  return (
    <Stack>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        actions={
          <Button
            leftSection={<IconChecks size={16} aria-hidden />}
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
            disabled={unreadCount === 0}
          >
            {t('inbox.markAll')}
          </Button>
        }
      />
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Checkbox
          label={t('inbox.onlyUnread')}
          checked={unreadOnly}
          onChange={(e) => update({ unread: e.currentTarget.checked ? 'true' : undefined, page: undefined })}
        />
        {unread.data !== undefined && (
          <Text size="sm" aria-live="polite" data-testid="unread-count">
            {t('inbox.unreadCount', { count: unreadCount })}
          </Text>
        )}
      </Group>
      <ProblemAlert error={markAll.error ?? markRead.error} />
      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      {list.isPending ? (
        <Loading />
      ) : data ? (
        <Stack gap="xs">
          {data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center" role="status">
              {unreadOnly ? t('inbox.emptyUnread') : t('inbox.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" aria-busy={list.isFetching}>
                <Table.Caption>{t('inbox.list')}</Table.Caption>
                <Table.Tbody>
                  {data.items.map((entry) => (
                    <EntryRow key={entry.id} entry={entry} onRead={() => markRead.mutate(entry.id)} busy={markRead.isPending} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PageControls
            pageOf={data}
            onChange={(p) => update({ page: p > 0 ? String(p + 1) : undefined })}
            label={t('inbox.pages')}
          />
        </Stack>
      ) : null}
      <MailPreferences />
    </Stack>
  );
}

/** One notification: kind and why it concerns the user, what happened, the ticket (link), when, read state. */
function EntryRow({ entry, onRead, busy }: { entry: Entry; onRead: () => void; busy: boolean }) {
  const { t } = useTranslation('servicedesk');
  const unread = !entry.read;
  return (
    <Table.Tr data-unread={unread || undefined}>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Badge variant={unread ? 'filled' : 'light'} color={entry.kind === 'SLA_BREACHED' ? 'red.8' : entry.kind === 'SLA_WARNING' ? 'orange.9' : 'blue.8'}>
              {t(`inbox.kind.${entry.kind}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t(`inbox.relation.${entry.relation}`)} · {formatDateTime(entry.createdAt)}
            </Text>
            <Text size="xs" fw={unread ? 700 : 400} c={unread ? undefined : 'dimmed'}>
              {unread ? t('inbox.unread') : t('inbox.read')}
            </Text>
          </Group>
          <Anchor
            component={Link}
            to={`/layanan/tiket/${entry.ticketId}`}
            fw={unread ? 700 : 500}
            onClick={() => {
              if (unread) onRead();
            }}
          >
            {t('inbox.ticket', { number: entry.ticketNumber })}: {entry.ticketTitle}
          </Anchor>
          <Text size="sm">{entry.summary}</Text>
        </Stack>
      </Table.Td>
      <Table.Td w={1} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        {unread && (
          <Button size="xs" variant="light" onClick={onRead} disabled={busy} aria-label={t('inbox.markReadOf', { title: entry.ticketTitle })}>
            {t('inbox.markRead')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
