import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { must, servicedesk, type ServicedeskSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import type { Caller } from '../../../auth/roles';
import { FactRows } from '../../../ui/FactRows';
import { formatDateTime } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { ScreenPending } from '../../../ui/ScreenPending';
import { PriorityBadge, TicketStatusBadge } from '../components';
import { works } from '../model';
import { LanChangesSection } from './LanChangesSection';
import '../i18n';

type Change = ServicedeskSchemas['ChangeView'];
type Step = Change['nextSteps'][number];

/** Each S6 step and the endpoint that takes it. */
const ENDPOINT = {
  ANALYSIS_STARTED: '/api/v1/changes/{id}/analysis',
  SUBMITTED_FOR_APPROVAL: '/api/v1/changes/{id}/approval',
  APPROVED: '/api/v1/changes/{id}/approve',
  REFUSED: '/api/v1/changes/{id}/refuse',
  IMPLEMENTATION_STARTED: '/api/v1/changes/{id}/implementation',
  IMPLEMENTED: '/api/v1/changes/{id}/evaluation',
  EVALUATED: '/api/v1/changes/{id}/close',
} as const;
const DECISIONS: Step[] = ['APPROVED', 'REFUSED'];

/** The next steps this caller may take: decisions by the role the profile names, work steps by the holding desk. */
export function stepsFor(change: Change, caller: Caller | undefined): Step[] {
  return change.nextSteps.filter((s) => (DECISIONS.includes(s) ? !!caller?.roles.includes(change.approverRole) : works(caller, change)));
}

/**
 * /layanan/perubahan/:id — one change (S6): request → analysis → approval → development → implementation →
 * monitoring/evaluation, each stage with who, when and the note; the next step for those who may take it; the LAN
 * change reports (N7) that cite it as their authorisation.
 */
export default function ChangeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const client = useQueryClient();
  const [open, setOpen] = useState<Step | null>(null);
  const [done, setDone] = useState<string>();
  const query = useQuery({
    queryKey: ['servicedesk', 'change', id],
    queryFn: async () => {
      const result = await servicedesk.GET('/api/v1/changes/{id}', { params: { path: { id } } });
      return { value: must(result), etag: result.response.headers.get('ETag') ?? undefined };
    },
  });
  if (query.isPending || query.error) return <ScreenPending title={t('changes.title')} query={query} />;
  const { value: change, etag } = query.data;
  const steps = stepsFor(change, caller);
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: ['servicedesk', 'change', id] }), client.invalidateQueries({ queryKey: ['servicedesk', 'ticket', id] })]);

  return (
    <Stack gap="md">
      <PageHeader title={change.title} subtitle={t('changes.subtitle')} />
      <Card withBorder padding="md">
        <FactRows
          rows={[
            [t('changes.stage'), <TicketStatusBadge key="s" status={change.stage} />],
            [t('detail.priority'), <PriorityBadge key="p" priority={change.priority} />],
            [t('detail.queue'), t(`enum.tier.${change.tier}`)],
            [t('detail.opd'), change.requesterOpd],
            [t('detail.requester'), change.requester],
            [t('detail.assignee'), change.assignee ?? t('detail.unassigned')],
            [t('detail.application'), change.affectedApplication ? `${change.affectedApplication.name} (${change.affectedApplication.ownerOpd})` : '—'],
            [t('detail.opened'), formatDateTime(change.openedAt)],
            [t('changes.approver'), change.approverRole],
          ]}
        />
        <Anchor component={Link} to={`/layanan/tiket/${change.id}`} size="sm" mt="xs" display="block">
          {t('changes.ticket')}
        </Anchor>
      </Card>
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('changes.next')}
        </Title>
        {steps.length ? (
          <Group gap="xs" role="group" aria-label={t('changes.next')}>
            {steps.map((s) => (
              <Button key={s} color={s === 'REFUSED' ? 'red' : undefined} variant={s === 'REFUSED' ? 'light' : 'filled'} onClick={() => setOpen(s)}>
                {t(`changes.action.${s}`)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('changes.noNext')}
          </Text>
        )}
        <Text size="sm" c="teal" role="status" aria-live="polite">
          {done}
        </Text>
      </Card>
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('changes.steps')}
        </Title>
        {change.steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('changes.noSteps')}
          </Text>
        ) : (
          <ol aria-label={t('changes.stepsLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {change.steps.map((s, i) => (
              <li key={i} style={{ borderInlineStart: '3px solid var(--mantine-color-indigo-6)', paddingInlineStart: 'var(--mantine-spacing-md)', paddingBlock: 6 }}>
                <Group gap={6}>
                  <Badge size="sm" variant="light" color={s.step === 'REFUSED' ? 'red' : 'indigo'}>
                    {t(`enum.step.${s.step}`)}
                  </Badge>
                  <Text size="sm">{t(`enum.status.${s.stage}`)}</Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.note}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.by} · {formatDateTime(s.at)}
                </Text>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <LanChangesSection changeId={change.id} />
      {open && (
        <ReasonStepModal<Change>
          title={t(`changes.action.${open}`)}
          explanation={t('changes.subtitle')}
          reasonLabel={open === 'REFUSED' ? t('changes.refuseReason') : t('changes.note')}
          needsReason
          confirmLabel={t(`changes.action.${open}`)}
          confirmColor={open === 'REFUSED' ? 'red' : 'blue'}
          send={async (text) => {
            const params = { path: { id }, header: etag ? { 'If-Match': etag } : {} };
            if (open === 'REFUSED') return must(await servicedesk.POST(ENDPOINT.REFUSED, { params, body: { reason: text } }));
            return must(await servicedesk.POST(ENDPOINT[open], { params, body: { note: text } }));
          }}
          refresh={refresh}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setDone(t('workflow.done'));
          }}
        />
      )}
    </Stack>
  );
}
