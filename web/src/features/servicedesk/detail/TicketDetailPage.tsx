import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconGitPullRequest } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { must, servicedesk } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { LinkedTabs } from '../../../ui/LinkedTabs';
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

/**
 * /layanan/tiket/:id — one ticket: type, status, priority and queue at a glance with its SLA state, the steps the
 * caller may take now (S2, S3, S5, S8), then its facts, comments, attachments, SLA clocks and timeline, and history.
 */
export default function TicketDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('servicedesk');
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
      <LinkedTabs
        label={t('detail.tabs.label')}
        tabs={[
          { value: 'ringkasan', label: t('detail.tabs.summary'), panel: <SummaryTab ticket={ticket} etag={etag} /> },
          { value: 'komentar', label: t('detail.tabs.comments'), panel: <CommentsTab ticket={ticket} etag={etag} /> },
          { value: 'lampiran', label: t('detail.tabs.attachments') + (ticket.attachments.length > 0 ? ` (${ticket.attachments.length})` : ''), panel: <AttachmentsTab ticket={ticket} /> },
          { value: 'sla', label: t('detail.tabs.sla'), panel: <SlaTab ticketId={ticket.id} /> },
          { value: 'riwayat', label: t('detail.tabs.history'), panel: <TicketHistory ticketId={ticket.id} /> },
        ]}
      />
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
