import { Alert, Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TableSection } from '../../../ui/TableSection';
import { downloadFile } from '../../../ui/downloadFile';
import { formatDate, formatDateTime } from '../../../ui/format';
import { isRegionWide } from '../access';
import '../i18n';
import './i18n';

type Usage = NetworkSchemas['YearlyUsage'];
type ReviewOpd = Usage['opds'][number];
type Outcome = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING' | 'NO_TASK';
const OUTCOME_COLOUR: Record<Outcome, string> = { ON_TIME: 'green', LATE: 'orange', MISSING: 'red', PENDING: 'blue', NO_TASK: 'gray' };
const KINDS = ['ROUTER', 'FIREWALL', 'SWITCH', 'ACCESS_POINT', 'SERVER', 'SPECIAL'] as const;

/** The years a review can cover: this year and the nine before it. */
export function reviewYears(now: Date = new Date()): number[] {
  return Array.from({ length: 10 }, (_, i) => now.getFullYear() - i);
}

/**
 * The yearly review of the intra-government network's use (N8, RL p23(7)): a year's sites, WAN circuits and bandwidth,
 * LAN inventory per OPD, yearly LAN diagrams, change reports and inspections, and the PDF that goes to the body the
 * regulation profile names. Dinas and coordinators see the region; an OPD operator its own OPD (the server decides).
 */
export default function NetworkReviewPage() {
  const { t } = useTranslation('networkReview');
  const caller = useCaller();
  const years = reviewYears();
  const [year, setYear] = useState(years[0]);

  const review = useQuery({
    queryKey: ['network-review', year],
    queryFn: async () => must(await network.GET('/api/v1/network-reviews/{year}', { params: { path: { year } } })),
  });
  const pdf = useMutation({
    mutationFn: () => downloadFile(`/api/v1/network-reviews/${year}/report.pdf`, `rewiu-jaringan-${year}.pdf`),
  });

  return (
    <Stack>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('year')}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          w={160}
        />
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => pdf.mutate()}
          loading={pdf.isPending}
          disabled={!review.data}
        >
          {t('downloadPdf')}
        </Button>
      </Group>
      <ProblemAlert error={pdf.error} />
      <ProblemAlert error={review.error} onReload={() => void review.refetch()} />
      <div aria-live="polite">
        {review.isPending ? <Loading /> : review.data ? <ReviewSections usage={review.data} regionWide={isRegionWide(caller)} /> : null}
      </div>
    </Stack>
  );
}

function ReviewSections({ usage, regionWide }: { usage: Usage; regionWide: boolean }) {
  const { t } = useTranslation('networkReview');
  const { t: tn } = useTranslation('network');
  const totals = usage.totals;
  const figures: [string, string][] = [
    [t('figures.opds'), String(totals.opds)],
    [t('figures.sites'), String(totals.sites)],
    [t('figures.upstream'), String(totals.upstreamInterconnections)],
    [t('figures.links'), String(totals.activeWanLinks)],
    [t('figures.bandwidth'), t('mbps', { value: totals.wanBandwidthMbps })],
    [t('figures.linkChanges'), `${totals.wanLinksRegistered} / ${totals.wanLinksDecommissioned}`],
    [t('figures.devices'), `${totals.devices} (${totals.securityDevices})`],
    [t('figures.endOfLife'), `${totals.endOfLifePast} / ${totals.endOfLifeWithin12Months}`],
    [t('figures.byod'), String(totals.byodAcknowledged)],
  ];
  return (
    <Stack>
      <Text size="sm">
        {usage.complete ? t('asOfYearEnd', { date: formatDate(usage.asOf) }) : t('asOfToday', { date: formatDate(usage.asOf) })}{' '}
        {t('addressee', { addressee: usage.addressee })}
        {!regionWide && usage.opd ? ` ${t('ownOpd', { opd: usage.opd })}` : ''}
      </Text>

      <Card withBorder padding="md" component="section" aria-labelledby="review-summary">
        <Title order={2} size="h4" id="review-summary" mb="sm">
          {t('summary')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
          {figures.map(([label, value]) => (
            <Group key={label} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm">{label}</Text>
              <Text size="sm" fw={700}>
                {value}
              </Text>
            </Group>
          ))}
        </SimpleGrid>
      </Card>

      <TableSection
        title={t('bandwidthTitle')}
        caption={t('byMedium')}
        columns={[t('columns.medium'), t('columns.links'), t('columns.bandwidth')]}
        minWidth={420}
        empty={usage.bandwidthByMedium.length === 0 ? t('noLinks') : undefined}
      >
        {usage.bandwidthByMedium.map((l) => (
          <Table.Tr key={l.key}>
            <Table.Td>{tn(`medium.${l.key}`, { defaultValue: l.key })}</Table.Td>
            <Table.Td>{l.links}</Table.Td>
            <Table.Td>{t('mbps', { value: l.bandwidthMbps })}</Table.Td>
          </Table.Tr>
        ))}
      </TableSection>
      {usage.bandwidthByProvider.length > 0 && (
        <TableSection
          title={t('byProvider')}
          caption={t('byProvider')}
          columns={[t('columns.provider'), t('columns.links'), t('columns.bandwidth')]}
          minWidth={420}
        >
          {usage.bandwidthByProvider.map((l) => (
            <Table.Tr key={l.key}>
              <Table.Td>{l.key}</Table.Td>
              <Table.Td>{l.links}</Table.Td>
              <Table.Td>{t('mbps', { value: l.bandwidthMbps })}</Table.Td>
            </Table.Tr>
          ))}
        </TableSection>
      )}

      <PerOpdTable
        title={t('lanTitle')}
        caption={t('lanCaption')}
        columns={[
          t('columns.sites'),
          t('columns.links'),
          ...KINDS.map((k) => tn(`kind.${k}`)),
          t('columns.eolPast'),
          t('columns.eolSoon'),
          t('columns.byod'),
        ]}
        minWidth={1100}
        opds={usage.opds}
        empty={t('noOpds')}
        cells={(o) => [
          o.sites,
          o.activeWanLinks,
          ...KINDS.map((k) => o.devicesByKind[k] ?? 0),
          o.endOfLifePast,
          o.endOfLifeWithin12Months,
          o.byodAcknowledged ? t('yes') : t('no'),
        ]}
      />

      {!usage.lanDiagramYearly && <Alert color="gray">{t('diagramsNotRequired')}</Alert>}
      <Text size="sm">{t('diagramsLine', totals.diagrams)}</Text>
      <PerOpdTable
        title={t('diagramsTitle')}
        caption={t('diagramsCaption')}
        columns={[t('columns.due'), t('columns.submitted'), t('columns.outcome')]}
        minWidth={620}
        opds={usage.opds}
        empty={t('noOpds')}
        cells={(o) => [
          o.diagram.dueDate ? formatDate(o.diagram.dueDate) : '—',
          o.diagram.submittedAt ? formatDateTime(o.diagram.submittedAt) : '—',
          <Badge variant="light" color={OUTCOME_COLOUR[o.diagram.outcome as Outcome] ?? 'gray'}>
            {t(`outcome.${o.diagram.outcome}`, { defaultValue: o.diagram.outcome })}
          </Badge>,
        ]}
      />

      <Text size="sm">{t('changesLine', totals.changes)}</Text>
      <PerOpdTable
        title={t('changesTitle')}
        caption={t('changesCaption')}
        columns={[t('columns.reports'), t('columns.acknowledged'), t('columns.awaiting'), t('columns.uncovered')]}
        minWidth={620}
        opds={usage.opds}
        empty={t('noOpds')}
        cells={(o) => [
          o.changes.reports,
          o.changes.acknowledged,
          o.changes.awaitingAcknowledgement,
          o.changes.uncoveredChanges,
        ]}
      />

      <Text size="sm">
        {t('inspectionsLine', {
          ...totals.inspections,
          high: totals.inspections.findingsBySeverity.HIGH ?? 0,
          critical: totals.inspections.findingsBySeverity.CRITICAL ?? 0,
        })}
      </Text>
      <PerOpdTable
        title={t('inspectionsTitle')}
        caption={t('inspectionsCaption')}
        columns={[t('columns.inspections'), t('columns.findings'), t('columns.open'), t('columns.overdue')]}
        minWidth={620}
        opds={usage.opds}
        empty={t('noOpds')}
        cells={(o) => [
          o.inspections.inspections,
          o.inspections.findings,
          o.inspections.openFindings,
          o.inspections.overdueFindings,
        ]}
      />
    </Stack>
  );
}

/** One row per OPD: its name and code first, then the section's figures (the OPD column heading is shared). */
function PerOpdTable({
  opds,
  columns,
  cells,
  empty,
  ...section
}: {
  title: string;
  caption: string;
  columns: string[];
  minWidth: number;
  opds: ReviewOpd[];
  empty: string;
  cells: (opd: ReviewOpd) => ReactNode[];
}) {
  const { t } = useTranslation('networkReview');
  return (
    <TableSection {...section} columns={[t('columns.opd'), ...columns]} empty={opds.length === 0 ? empty : undefined}>
      {opds.map((o) => (
        <Table.Tr key={o.code}>
          <Table.Td>
            {o.name} ({o.code})
          </Table.Td>
          {cells(o).map((cell, i) => (
            <Table.Td key={i}>{cell}</Table.Td>
          ))}
        </Table.Tr>
      ))}
    </TableSection>
  );
}
