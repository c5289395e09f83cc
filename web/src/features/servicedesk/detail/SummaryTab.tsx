import { Anchor, Badge, Button, Card, Grid, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { must, servicedesk } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FactRows } from '../../../ui/FactRows';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { PriorityBadge, TicketStatusBadge } from '../components';
import { shortId, works, type Ticket } from '../model';
import { ifMatch, useRefreshTicket } from '../queries';
import '../i18n';

/** Ringkasan: the ticket's facts, its description, escalations, resolution, the S8 checklist and the CSAT. */
export function SummaryTab({ ticket, etag }: { ticket: Ticket; etag?: string }) {
  const { t } = useTranslation('servicedesk');
  const app = ticket.affectedApplication;
  return (
    <Stack gap="md">
      {ticket.evidenceChecklist.length > 0 && <EvidenceChecklist ticket={ticket} etag={etag} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md" component="section" aria-label={t('detail.facts')}>
            <FactRows
              rows={[
                [t('detail.type'), `${t(`enum.type.${ticket.type}`)} · ${t(`enum.category.${ticket.category}`)}`],
                [t('detail.status'), <TicketStatusBadge key="s" status={ticket.status} />],
                [t('detail.priority'), <PriorityBadge key="p" priority={ticket.priority} />],
                [t('detail.impactUrgency'), `${t(`enum.level.${ticket.impact}`)} × ${t(`enum.level.${ticket.urgency}`)}`],
                [t('detail.queue'), t(`enum.tier.${ticket.tier}`)],
                [t('detail.assignee'), ticket.assignee ?? t('detail.unassigned')],
                [t('detail.opd'), ticket.requesterOpd],
                [t('detail.requester'), ticket.requester],
                ...(ticket.reportedBy ? ([[t('detail.reportedBy'), ticket.reportedBy]] as [string, string][]) : []),
                [t('detail.channel'), ticket.channel],
              ]}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md" component="section" aria-label={t('detail.whereWhen')}>
            <FactRows
              rows={[
                [
                  t('detail.application'),
                  app ? (
                    <Anchor key="a" component={Link} to={`/aplikasi/${encodeURIComponent(app.id)}`}>
                      {app.name} ({app.ownerOpd})
                    </Anchor>
                  ) : (
                    '—'
                  ),
                ],
                [
                  t('detail.registeredSite'),
                  ticket.affectedRegisteredSite
                    ? [ticket.affectedRegisteredSite.name, ticket.affectedRegisteredSite.address].filter(Boolean).join(' — ')
                    : '—',
                ],
                [t('detail.site'), ticket.affectedSite || '—'],
                [t('detail.opened'), formatDateTime(ticket.openedAt)],
                [t('detail.updated'), formatDateTime(ticket.updatedAt)],
                ...(ticket.closedAt ? ([[t('detail.closed'), formatDateTime(ticket.closedAt)]] as [string, string][]) : []),
                ...(ticket.routingReason ? ([[t('detail.routingReason'), ticket.routingReason]] as [string, string][]) : []),
                ...(ticket.rootCause ? ([[t('detail.rootCause'), ticket.rootCause]] as [string, string][]) : []),
                ...(ticket.problemId
                  ? ([
                      [
                        t('detail.problem'),
                        <Anchor key="pr" component={Link} to={`/layanan/tiket/${ticket.problemId}`}>
                          {shortId(ticket.problemId)}
                        </Anchor>,
                      ],
                    ] as [string, React.ReactNode][])
                  : []),
              ]}
            />
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('detail.description')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {ticket.description}
        </Text>
      </Card>
      {ticket.type === 'MASALAH' && <ProblemChildren problemId={ticket.id} />}
      {ticket.resolution && (
        <Card withBorder padding="md" component="section">
          <Title order={2} size="h4" mb="xs">
            {t('detail.resolution')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {ticket.resolution.note}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('detail.resolvedBy', { by: ticket.resolution.by, at: formatDateTime(ticket.resolution.at) })}
          </Text>
        </Card>
      )}
      {ticket.escalations.length > 0 && (
        <Card withBorder padding="md" component="section">
          <Title order={2} size="h4" mb="xs">
            {t('detail.escalations')}
          </Title>
          <List spacing="xs" size="sm">
            {ticket.escalations.map((e, i) => (
              <List.Item key={i}>
                <Text size="sm" fw={600}>
                  {t('detail.escalation', { from: t(`enum.tier.${e.from}`), to: t(`enum.tier.${e.to}`) })}
                  {e.automatic && (
                    <Badge ml={6} size="xs" color="orange" variant="light">
                      {t('detail.automatic')}
                    </Badge>
                  )}
                </Text>
                <Text size="sm">{e.reason}</Text>
                <Text size="xs" c="dimmed">
                  {e.by} · {formatDateTime(e.at)}
                </Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {ticket.satisfaction && (
        <Card withBorder padding="md" component="section">
          <Title order={2} size="h4" mb="xs">
            {t('detail.satisfaction')}
          </Title>
          <Text size="sm" fw={600}>
            {'★'.repeat(ticket.satisfaction.score)}
            {'☆'.repeat(5 - ticket.satisfaction.score)} {t('detail.score', { score: ticket.satisfaction.score })}
          </Text>
          {ticket.satisfaction.comment && <Text size="sm">{ticket.satisfaction.comment}</Text>}
          <Text size="xs" c="dimmed">
            {ticket.satisfaction.by} · {formatDateTime(ticket.satisfaction.at)}
          </Text>
        </Card>
      )}
    </Stack>
  );
}

/** A problem (MASALAH) groups incidents and complaints: its member tickets, each with its status. */
function ProblemChildren({ problemId }: { problemId: string }) {
  const { t } = useTranslation('servicedesk');
  const children = useQuery({
    queryKey: ['servicedesk', 'tickets', { problem: problemId }],
    queryFn: async () => must(await servicedesk.GET('/api/v1/tickets', { params: { query: { problem: problemId, size: 100 } } })),
  });
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('detail.children')}
      </Title>
      {children.isPending ? (
        <Loading />
      ) : children.error || !children.data ? (
        <ProblemAlert error={children.error} onReload={() => void children.refetch()} />
      ) : children.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('detail.noChildren')}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label={t('detail.childrenLabel')}>
          {children.data.items.map((c) => (
            <List.Item key={c.id}>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={`/layanan/tiket/${c.id}`}>
                  {c.title}
                </Anchor>
                <TicketStatusBadge status={c.status} />
                <Text size="xs" c="dimmed">
                  {c.requesterOpd}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

/** S8: the evidence-preservation steps of a security incident; the working desk marks each one secured. */
function EvidenceChecklist({ ticket, etag }: { ticket: Ticket; etag?: string }) {
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const refresh = useRefreshTicket(ticket.id);
  const agent = works(caller, ticket) && ticket.status !== 'CLOSED';
  const secure = useMutation({
    mutationFn: async (item: string) =>
      must(await servicedesk.POST('/api/v1/tickets/{id}/evidence/{item}/secure', { params: { path: { id: ticket.id, item }, header: ifMatch(etag) } })),
    onSuccess: () => refresh(),
  });
  const done = ticket.evidenceChecklist.filter((e) => e.secured).length;
  const total = ticket.evidenceChecklist.length;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="evidence-title" style={{ borderColor: 'var(--mantine-color-red-5)' }}>
      <Title order={2} size="h4" id="evidence-title">
        {t('evidence.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('evidence.intro')}
      </Text>
      <Progress value={total ? (done / total) * 100 : 0} color={done === total ? 'teal' : 'red'} aria-hidden mb={4} />
      <Text size="sm" fw={600} aria-live="polite" mb="xs">
        {t('evidence.progress', { done, total })}
      </Text>
      <ProblemAlert error={secure.error} onReload={() => void refresh()} />
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('evidence.title')}>
        {ticket.evidenceChecklist.map((item) => (
          <Group component="li" key={item.code} justify="space-between" wrap="wrap" gap="xs" data-secured={item.secured}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              {item.secured ? <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden /> : <IconCircleDashed size={18} aria-hidden />}
              <div>
                <Text size="sm">{item.label}</Text>
                <Text size="xs" c={item.secured ? 'teal.8' : 'red.8'}>
                  {item.secured ? t('evidence.secured', { by: item.securedBy ?? '—', at: formatDateTime(item.securedAt) }) : t('evidence.open')}
                </Text>
              </div>
            </Group>
            {!item.secured && agent && (
              <Button
                size="xs"
                variant="light"
                color="red"
                loading={secure.isPending && secure.variables === item.code}
                onClick={() => secure.mutate(item.code)}
                aria-label={t('evidence.secure', { label: item.label })}
              >
                {t('evidence.secureShort')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
