import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SlaState } from '../components';
import { formatSeconds, type Clock } from '../model';
import { useTicketSla } from '../queries';
import '../i18n';

const STATUS_COLOR: Record<Clock['status'], string> = { RUNNING: 'blue', PAUSED: 'gray', MET: 'teal', BREACHED: 'red', STOPPED: 'gray' };
const KIND_COLOR: Record<string, string> = { BREACH: 'red', WARNING: 'orange', PAUSE: 'gray', CALENDAR_GAP: 'gray', START: 'blue', STOP: 'teal' };

/**
 * SLA (S5): every clock with its target, business time used and paused, and due instant; then the timeline the
 * server derives from the ticket's facts — each start, pause, resume, calendar gap, warning and breach with its rule.
 */
export function SlaTab({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('servicedesk');
  const sla = useTicketSla(ticketId);
  if (sla.isPending) return <Loading />;
  if (sla.error || !sla.data) return <ProblemAlert error={sla.error} onReload={() => void sla.refetch()} />;
  const units = { d: t('sla.units.d'), h: t('sla.units.h'), m: t('sla.units.m') };
  const { clocks, timeline, timeZone } = sla.data;
  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb={4}>
          {t('slaPanel.clocks')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('slaPanel.timeZone', { zone: timeZone })}
        </Text>
        <SlaState clocks={clocks} />
        {clocks.length === 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('slaPanel.noClocks')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760} mt="sm">
            <Table striped aria-label={t('slaPanel.clocksLabel')}>
              <Table.Thead>
                <Table.Tr>
                  {(['clock', 'status', 'target', 'elapsed', 'paused', 'due', 'policy'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(`slaPanel.columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clocks.map((c) => (
                  <Table.Tr key={c.clock} data-clock={c.clock}>
                    <Table.Th scope="row">{t(`enum.clock.${c.clock}`)}</Table.Th>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[c.status]} variant={c.status === 'BREACHED' ? 'filled' : 'light'}>
                        {t(`enum.clockStatus.${c.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatSeconds(c.targetSeconds, units)}</Table.Td>
                    <Table.Td>{formatSeconds(c.elapsedSeconds, units)}</Table.Td>
                    <Table.Td>{formatSeconds(c.pausedSeconds, units)}</Table.Td>
                    <Table.Td>
                      {c.breachedAt ? (
                        <Text size="sm" c="red.8" fw={600}>
                          {formatDateTime(c.breachedAt)}
                        </Text>
                      ) : (
                        formatDateTime(c.stoppedAt ?? c.dueAt)
                      )}
                    </Table.Td>
                    <Table.Td>{c.policyVersion != null ? `v${c.policyVersion}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb={4}>
          {t('slaPanel.timeline')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('slaPanel.timelineHint')}
        </Text>
        {timeline.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('slaPanel.empty')}
          </Text>
        ) : (
          <ol aria-label={t('slaPanel.timelineLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {timeline.map((e, i) => (
              <li
                key={i}
                data-kind={e.kind}
                style={{
                  borderInlineStart: `3px solid var(--mantine-color-${KIND_COLOR[e.kind] ?? 'indigo'}-6)`,
                  paddingInlineStart: 'var(--mantine-spacing-md)',
                  paddingBlock: 6,
                }}
              >
                <Text size="sm" fw={600}>
                  <Badge size="sm" variant="light" color={KIND_COLOR[e.kind] ?? 'indigo'} mr={6}>
                    {t(`enum.timeline.${e.kind}`)}
                  </Badge>
                  {e.clock ? t(`enum.clock.${e.clock}`) : ''}
                </Text>
                <Text size="sm">
                  {formatDateTime(e.at)}
                  {e.until ? ` – ${t('slaPanel.until', { at: formatDateTime(e.until) })}` : ''}
                </Text>
                <Text size="sm" lang="id">
                  {e.description}
                </Text>
                {e.rule && (
                  <Text size="xs" c="dimmed" lang="id">
                    {t('slaPanel.rule', { rule: e.rule })}
                  </Text>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </Stack>
  );
}
