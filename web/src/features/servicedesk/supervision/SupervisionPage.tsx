import { Alert, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { must, servicedesk, type ServicedeskSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { downloadFile } from '../../../ui/downloadFile';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import '../i18n';
import './i18n';

type Row = ServicedeskSchemas['OpdRowView'];
type Desk = ServicedeskSchemas['DeskRowView'];

/** The last 24 months, newest first, as YYYY-MM (the server refuses months that have not begun: 400). */
export function recentMonths(today: Date, count = 24): string[] {
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(today.getFullYear(), today.getMonth() - i, 1);
    months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/**
 * /layanan/supervisi — Dinas's monthly supervision of the desks (S4): per OPD the Tier 1 volume, escalation rate,
 * SLA met, backlog and its age, CSAT; per desk (Tier 1 and Tier 2, or the one service centre) what it received,
 * resolved within SLA, still holds and how long it held what it resolved. CSV for everyone who may read it; the PDF
 * report to the head of Dinas for the region-wide roles. An OPD's users see their own OPD's row only.
 */
export default function SupervisionPage() {
  const { t, i18n } = useTranslation('servicedesk');
  const caller = useCaller();
  const regionWide = hasAnyRole(caller, Role.DINAS_ADMIN, Role.TIER2_AGENT, Role.COORDINATOR, Role.AUDITOR);
  const months = recentMonths(new Date());
  const [month, setMonth] = useState(months[1]);
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric' }).format(
      new Date(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1),
    );
  const report = useQuery({
    queryKey: ['servicedesk', 'supervision', month],
    queryFn: async () => must(await servicedesk.GET('/api/v1/supervision/monthly', { params: { query: { month } } })),
    placeholderData: keepPreviousData,
  });
  const download = useMutation({
    mutationFn: async (kind: 'csv' | 'pdf') =>
      downloadFile(`/api/v1/supervision/monthly.${kind}?month=${encodeURIComponent(month)}`, `supervisi-layanan-${month}.${kind}`),
  });
  const data = report.data;
  const tiered = data?.tiered ?? true;
  const percent = (v: number | null | undefined) =>
    v == null ? t('supervision.none') : `${new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'id', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)}%`;
  const decimal = (v: number | null | undefined) =>
    v == null ? t('supervision.none') : new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'id', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

  const cells = (row: Row) => (
    <>
      <Table.Td>{formatNumber(row.opened)}</Table.Td>
      {tiered && (
        <Table.Td>
          {t('supervision.ofTier1', { escalated: row.escalated ?? 0, cohort: row.openedAtTier1 ?? 0, rate: percent(row.escalationRatePercent) })}
        </Table.Td>
      )}
      <Table.Td>{formatNumber(row.resolved)}</Table.Td>
      <Table.Td>{percent(row.slaMetPercent)}</Table.Td>
      <Table.Td>{formatNumber(row.backlog)}</Table.Td>
      <Table.Td>
        {row.backlogAverageAgeDays == null
          ? t('supervision.none')
          : t('supervision.backlogAge', { average: decimal(row.backlogAverageAgeDays), oldest: row.backlogOldestAgeDays })}
      </Table.Td>
      <Table.Td>{row.csatAverage == null ? t('supervision.none') : t('supervision.csat', { average: decimal(row.csatAverage), count: row.csatCount })}</Table.Td>
    </>
  );
  const columns = ['opd', 'opened', ...(tiered ? ['escalated'] : []), 'resolved', 'slaMet', 'backlog', 'backlogAge', 'csat'];

  return (
    <Stack>
      <PageHeader title={t('supervision.title')} subtitle={tiered ? t('supervision.subtitle') : t('supervision.subtitleOneTier')} />
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('supervision.month')}
          description={t('supervision.monthHint')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          data={months.map((m) => ({ value: m, label: monthName(m) }))}
          w={{ base: '100%', sm: 260 }}
        />
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          loading={download.isPending && download.variables === 'csv'}
          onClick={() => download.mutate('csv')}
        >
          {t('supervision.downloadCsv')}
        </Button>
        {regionWide && (
          <Button
            variant="light"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            loading={download.isPending && download.variables === 'pdf'}
            onClick={() => download.mutate('pdf')}
          >
            {t('supervision.downloadPdf')}
          </Button>
        )}
      </Group>
      <div aria-live="polite">{download.isPending && <Text size="sm">{t('supervision.downloading')}</Text>}</div>
      <ProblemAlert error={download.error} />
      <ProblemAlert error={report.error} onReload={() => void report.refetch()} />
      {report.isPending ? (
        <Loading />
      ) : data ? (
        <>
          {!data.complete && (
            <Alert color="blue" role="status">
              {t('supervision.running', { asOf: formatDateTime(data.asOf) })}
            </Alert>
          )}
          {data.opd && !regionWide && (
            <Alert color="gray" role="status">
              {t('supervision.ownOpd', { opd: data.opd })}
            </Alert>
          )}
          <Card withBorder padding="md" component="section">
            <Title order={2} size="h4" mb="xs">
              {tiered ? t('supervision.perOpd') : t('supervision.perOpdOneTier')}
            </Title>
            {data.opds.length === 0 ? (
              <Text c="dimmed">{t('supervision.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={880}>
                <Table striped>
                  <Table.Caption>{t('supervision.perOpdCaption', { month: monthName(data.month) })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {columns.map((c) => (
                        <Table.Th key={c} scope="col">
                          {t(`supervision.columns.${c}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.opds.map((row) => (
                      <Table.Tr key={row.opd}>
                        <Table.Th scope="row" fw={400}>
                          <Text size="sm" fw={500}>
                            {row.opd}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {row.name}
                          </Text>
                        </Table.Th>
                        {cells(row)}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  {data.total && (
                    <Table.Tfoot>
                      <Table.Tr>
                        <Table.Th scope="row">{t('supervision.total')}</Table.Th>
                        {cells(data.total)}
                      </Table.Tr>
                    </Table.Tfoot>
                  )}
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
          {data.desks.length > 0 && (
            <Card withBorder padding="md" component="section">
              <Title order={2} size="h4" mb="xs">
                {tiered ? t('supervision.desks') : t('supervision.desksOneTier')}
              </Title>
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <Table.Caption>{t('supervision.desksCaption', { month: monthName(data.month) })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {['desk', 'received', 'resolved', 'slaMet', 'backlog', 'held'].map((c) => (
                        <Table.Th key={c} scope="col">
                          {t(`supervision.columns.${c}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.desks.map((d: Desk) => (
                      <Table.Tr key={d.desk}>
                        <Table.Th scope="row" fw={500}>
                          {t(`supervision.desk.${d.desk}`)}
                        </Table.Th>
                        <Table.Td>{formatNumber(d.received)}</Table.Td>
                        <Table.Td>{formatNumber(d.resolved)}</Table.Td>
                        <Table.Td>{percent(d.slaMetPercent)}</Table.Td>
                        <Table.Td>{formatNumber(d.backlog)}</Table.Td>
                        <Table.Td>{decimal(d.averageBusinessHoursHeld)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )}
        </>
      ) : null}
    </Stack>
  );
}
