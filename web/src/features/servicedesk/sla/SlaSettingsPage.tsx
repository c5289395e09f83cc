import { Badge, Card, Grid, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { must, servicedesk } from '../../../api/client';
import { formatDate, formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatSeconds, PRIORITIES, TYPES } from '../model';
import '../i18n';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const PAGE_SIZE = 50;

/**
 * /layanan/sla — what the SLA clocks count (S5): the current policy of every type × priority (time to own, first
 * response, resolution, in business time), the region's time zone and working hours, and the year's holidays and
 * cuti bersama as the service holds them.
 */
export default function SlaSettingsPage() {
  const { t } = useTranslation('servicedesk');
  const units = { d: t('sla.units.d'), h: t('sla.units.h'), m: t('sla.units.m') };
  const minutes = (m: number) => formatSeconds(m * 60, units);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(0);
  const policies = useQuery({
    queryKey: ['servicedesk', 'sla-policies'],
    queryFn: async () => must(await servicedesk.GET('/api/v1/sla-policies')),
  });
  const calendar = useQuery({
    queryKey: ['servicedesk', 'business-calendar'],
    queryFn: async () => must(await servicedesk.GET('/api/v1/business-calendar')),
  });
  const days = useQuery({
    queryKey: ['servicedesk', 'business-calendar', year, page],
    queryFn: async () =>
      must(await servicedesk.GET('/api/v1/business-calendar/days', { params: { query: { year, page, size: PAGE_SIZE, sort: ['date,asc'] } } })),
    placeholderData: keepPreviousData,
  });
  const policy = (type: string, priority: string) => policies.data?.find((p) => p.type === type && p.priority === priority);

  return (
    <Stack>
      <PageHeader title={t('slaSettings.title')} subtitle={t('slaSettings.subtitle')} />
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('slaSettings.policies')}
        </Title>
        <ProblemAlert error={policies.error} onReload={() => void policies.refetch()} />
        {policies.isPending ? (
          <Loading />
        ) : policies.data ? (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label={t('slaSettings.policiesCaption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('slaSettings.type')}</Table.Th>
                    {PRIORITIES.map((p) => (
                      <Table.Th key={p} scope="col">
                        {t(`enum.priority.${p}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {TYPES.map((type) => (
                    <Table.Tr key={type}>
                      <Table.Th scope="row">{t(`enum.type.${type}`)}</Table.Th>
                      {PRIORITIES.map((priority) => {
                        const current = policy(type, priority)?.current;
                        return (
                          <Table.Td key={priority}>
                            {current ? (
                              <>
                                <Text size="sm">
                                  {t('slaSettings.cell', {
                                    own: minutes(current.timeToOwnMinutes),
                                    first: minutes(current.firstResponseMinutes),
                                    resolution: minutes(current.resolutionMinutes),
                                  })}
                                </Text>
                                <Text size="xs" c="dimmed">
                                  {t('slaSettings.policyVersion', { version: current.version, at: formatDateTime(current.effectiveFrom) })}
                                </Text>
                              </>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed" mt="xs">
              {t('slaSettings.legend')}
            </Text>
          </>
        ) : null}
      </Card>

      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="md" component="section" h="100%">
            <Title order={2} size="h4" mb="xs">
              {t('slaSettings.calendar')}
            </Title>
            <ProblemAlert error={calendar.error} onReload={() => void calendar.refetch()} />
            {calendar.isPending ? (
              <Loading />
            ) : calendar.data ? (
              <>
                <Text size="sm" mb="xs">
                  {t('slaSettings.timeZone', { zone: calendar.data.timeZone })}
                </Text>
                <Table aria-label={t('slaSettings.hoursCaption')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('slaSettings.day')}</Table.Th>
                      <Table.Th scope="col">{t('slaSettings.hours')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {WEEKDAYS.map((day) => (
                      <Table.Tr key={day}>
                        <Table.Th scope="row">{t(`slaSettings.weekdays.${day}`)}</Table.Th>
                        <Table.Td>{calendar.data.workingHours[day] || t('slaSettings.closed')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            ) : null}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding="md" component="section">
            <Title order={2} size="h4" mb="xs">
              {t('slaSettings.days')}
            </Title>
            <NativeSelect
              label={t('slaSettings.year')}
              data={[thisYear - 1, thisYear, thisYear + 1].map(String)}
              value={String(year)}
              onChange={(e) => {
                setYear(Number(e.currentTarget.value));
                setPage(0);
              }}
              w={140}
              mb="sm"
            />
            <ProblemAlert error={days.error} onReload={() => void days.refetch()} />
            {days.isPending ? (
              <Loading />
            ) : days.data && days.data.items.length === 0 ? (
              <Text size="sm" c="dimmed" role="status">
                {t('slaSettings.noDays')}
              </Text>
            ) : days.data ? (
              <>
                <Table.ScrollContainer minWidth={560}>
                  <Table striped aria-label={t('slaSettings.daysCaption', { year })}>
                    <Table.Thead>
                      <Table.Tr>
                        {(['date', 'name', 'kind', 'source'] as const).map((c) => (
                          <Table.Th key={c} scope="col">
                            {t(`slaSettings.columns.${c}`)}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {days.data.items.map((d) => (
                        <Table.Tr key={d.date} data-removed={d.removed || undefined}>
                          <Table.Td>{formatDate(d.date)}</Table.Td>
                          <Table.Td>
                            <Text size="sm" td={d.removed ? 'line-through' : undefined}>
                              {d.name}
                            </Text>
                            {d.removed && (
                              <Badge size="xs" color="gray" variant="light">
                                {t('slaSettings.removed')}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>{t(`slaSettings.kind.${d.kind}`)}</Table.Td>
                          <Table.Td>{d.source}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <PageControls
                  pageOf={days.data}
                  onChange={setPage}
                  label={t('slaSettings.pages')}
                />
              </>
            ) : null}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
