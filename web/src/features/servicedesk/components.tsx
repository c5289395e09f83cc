import { Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockPause, IconCircleCheck, IconClock, IconFlame } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { PRIORITY_COLOR, SLA_COLOR, rowSlaSummary, slaSummary, type Clock, type Priority, type SlaState, type TicketStatus, type TicketSummary } from './model';
import { useTicketSla } from './queries';
import './i18n';

const SLA_ICON: Record<SlaState, typeof IconClock> = {
  breached: IconFlame,
  warning: IconAlertTriangle,
  paused: IconClockPause,
  onTrack: IconClock,
  met: IconCircleCheck,
  none: IconClock,
};

/** The SLA state in words and an icon (never colour alone), with the earliest due instant of an open clock. */
export function SlaBadge({ state, due }: { state: SlaState; due?: string }) {
  const { t } = useTranslation('servicedesk');
  const Icon = SLA_ICON[state];
  return (
    <Stack gap={2} data-sla-state={state}>
      <Badge color={SLA_COLOR[state]} variant={state === 'breached' ? 'filled' : 'light'} leftSection={<Icon size={12} aria-hidden />}>
        {t(`sla.${state}`)}
      </Badge>
      {due && (
        <Text size="xs" c="dimmed">
          {t('sla.due', { time: formatDateTime(due) })}
        </Text>
      )}
    </Stack>
  );
}

/** The SLA state summed from a ticket's clocks. */
export function SlaState({ clocks, now }: { clocks: Clock[]; now?: Date }) {
  return <SlaBadge {...slaSummary(clocks, now)} />;
}

/** A queue row's SLA, as the list answer carries it (no request per row). */
export function RowSla({ row }: { row: Pick<TicketSummary, 'slaState' | 'nextDueAt'> }) {
  return <SlaBadge {...rowSlaSummary(row)} />;
}

/** One ticket's SLA, fetched from its clocks (the detail screen, where the clocks are loaded anyway). */
export function TicketSla({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('servicedesk');
  const sla = useTicketSla(ticketId);
  if (sla.isPending)
    return (
      <Group gap={4}>
        <Loader size="xs" aria-hidden />
        <Text size="xs" c="dimmed">
          {t('sla.loading')}
        </Text>
      </Group>
    );
  if (sla.error || !sla.data)
    return (
      <Text size="xs" c="dimmed">
        {t('sla.unavailable')}
      </Text>
    );
  return <SlaState clocks={sla.data.clocks} />;
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation('servicedesk');
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant={priority === 'KRITIS' ? 'filled' : 'light'}>
      {t(`enum.priority.${priority}`)}
    </Badge>
  );
}

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation('servicedesk');
  const color = status === 'CLOSED' ? 'gray' : status === 'RESOLVED' ? 'teal' : status === 'NEW' ? 'blue' : status === 'WAITING_FOR_REQUESTER' ? 'grape' : 'indigo';
  return (
    <Badge color={color} variant="outline">
      {t(`enum.status.${status}`)}
    </Badge>
  );
}
