import { Anchor, Badge, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconGitPullRequest } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { must, servicedesk } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ScreenPending } from '../../../ui/ScreenPending';
import { VerifiedHistory } from '../../../ui/VerifiedHistory';
import { PriorityBadge, TicketSla, TicketStatusBadge } from '../components';
import { shortId } from '../model';
import { useTicket } from '../queries';
import { AttachmentsTab } from './AttachmentsTab';
import { CommentsTab } from './CommentsTab';
import { SlaTab } from './SlaTab';
import { SummaryTab } from './SummaryTab';
import { TicketActions } from './TicketActions';
import '../i18n';

/** Tab names as they appear in the URL (?tab=…), so a tab can be linked to. */
export const TABS = ['ringkasan', 'komentar', 'lampiran', 'sla', 'riwayat'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, string> = {
  ringkasan: 'detail.tabs.summary',
  komentar: 'detail.tabs.comments',
  lampiran: 'detail.tabs.attachments',
  sla: 'detail.tabs.sla',
  riwayat: 'detail.tabs.history',
};

/**
 * /layanan/tiket/:id — one ticket: type, status, priority and queue at a glance with its SLA state, the steps the
 * caller may take now (S2, S3, S5, S8), then its facts, comments, attachments, SLA clocks and timeline, and history.
 */
export default function TicketDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('servicedesk');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'ringkasan';
  const query = useTicket(id);

  if (query.isPending || query.error) return <ScreenPending title={t('detail.title')} query={query} />;
  const { value: ticket, etag } = query.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={ticket.title}
        subtitle={`${t('detail.ref', { ref: shortId(ticket.id) })} · ${t(`enum.type.${ticket.type}`)} · ${t(`enum.category.${ticket.category}`)} · ${ticket.requesterOpd}`}
      />
      <Card withBorder padding="sm">
        <Group gap="md" mb="xs" wrap="wrap" align="flex-start">
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t('detail.status')}
            </Text>
            <TicketStatusBadge status={ticket.status} />
          </Group>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t('detail.priority')}
            </Text>
            <PriorityBadge priority={ticket.priority} />
          </Group>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t('detail.queue')}
            </Text>
            <Badge variant="outline" color="gray">
              {t(`enum.tier.${ticket.tier}`)}
            </Badge>
          </Group>
          <Group gap={6} align="flex-start">
            <Text size="sm" fw={600}>
              SLA
            </Text>
            <TicketSla ticketId={ticket.id} />
          </Group>
        </Group>
        <TicketActions ticket={ticket} etag={etag} />
        {ticket.type === 'PERUBAHAN' && ticket.status !== 'NEW' && (
          <Anchor component={Link} to={`/layanan/perubahan/${ticket.id}`} size="sm" mt="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
            <IconGitPullRequest size={16} aria-hidden />
            {t('detail.changeLink')}
          </Anchor>
        )}
      </Card>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('tab', value ?? 'ringkasan');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('detail.tabs.label')} style={{ flexWrap: 'wrap' }}>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(LABEL[name])}
              {name === 'lampiran' && ticket.attachments.length > 0 ? ` (${ticket.attachments.length})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="ringkasan" pt="md">
          <SummaryTab ticket={ticket} etag={etag} />
        </Tabs.Panel>
        <Tabs.Panel value="komentar" pt="md">
          <CommentsTab ticket={ticket} etag={etag} />
        </Tabs.Panel>
        <Tabs.Panel value="lampiran" pt="md">
          <AttachmentsTab ticket={ticket} />
        </Tabs.Panel>
        <Tabs.Panel value="sla" pt="md">
          <SlaTab ticketId={ticket.id} />
        </Tabs.Panel>
        <Tabs.Panel value="riwayat" pt="md">
          <TicketHistory ticketId={ticket.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Riwayat: the ticket's hash-chained history (SEC1), under the chain's verdict. */
function TicketHistory({ ticketId }: { ticketId: string }) {
  const history = useQuery({
    queryKey: ['servicedesk', 'ticket', ticketId, 'history'],
    queryFn: async () => must(await servicedesk.GET('/api/v1/tickets/{id}/history', { params: { path: { id: ticketId } } })),
  });
  if (history.isPending) return <Loading />;
  if (history.error || !history.data) return <ProblemAlert error={history.error} onReload={() => void history.refetch()} />;
  return <VerifiedHistory history={history.data} />;
}
