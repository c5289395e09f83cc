import { Alert, Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { downloadFile } from '../../../ui/downloadFile';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatPercent } from '../shared';
import './i18n';

type OpdUsage = DatacenterSchemas['OpdUsageResponse'];

/**
 * Yearly review of the data center's use (D5, GET /usage-reviews): per OPD VPS, resources, colocation, uptime against
 * the SLO, backups and restore tests; totals and capacity for region-wide roles. An OPD operator gets its own OPD's
 * section only — the server decides; the screen says so. A frozen year (frozenAt) is the snapshot made then; Dinas
 * can freeze a closed year that is not frozen yet.
 */
export default function UsageReviewPage() {
  const { t } = useTranslation('datacenterReview');
  const { t: tc } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const review = useQuery({
    queryKey: ['datacenter', 'usage-review', year],
    queryFn: async () => must(await datacenter.GET('/api/v1/usage-reviews', { params: { query: { year } } })),
    placeholderData: keepPreviousData,
  });
  const download = useMutation({
    mutationFn: (kind: 'csv' | 'pdf') =>
      downloadFile(
        `/api/v1/usage-reviews/${kind === 'csv' ? 'export.csv' : 'report.pdf'}?year=${year}`,
        `tinjauan-pusat-data-${year}.${kind}`,
      ),
  });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  const caller = useCaller();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [frozenDone, setFrozenDone] = useState<string>();
  // D5: Dinas freezes a closed year's review on demand (the server refuses the current year with 422 D5).
  const freeze = useMutation({
    mutationFn: async () => must(await datacenter.POST('/api/v1/usage-reviews/{year}/snapshot', { params: { path: { year } } })),
    onSuccess: async (frozen) => {
      setConfirming(false);
      client.setQueryData(['datacenter', 'usage-review', year], frozen);
      await client.invalidateQueries({ queryKey: ['datacenter', 'usage-review', year] });
      setFrozenDone(t('frozenDone', { year }));
    },
  });
  const mayFreeze = hasAnyRole(caller, Role.DINAS_ADMIN) && year < thisYear && !!review.data && !review.data.frozenAt;

  return (
    <Stack>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Select
          label={t('year')}
          allowDeselect={false}
          data={years}
          value={String(year)}
          onChange={(v) => {
            setYear(Number(v));
            setFrozenDone(undefined);
          }}
          maw={160}
        />
        <Group gap="xs">
          {mayFreeze && (
            <Button color="orange" variant="light" leftSection={<IconLock size={16} aria-hidden />} onClick={() => setConfirming(true)}>
              {t('freeze', { year })}
            </Button>
          )}
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={download.isPending && download.variables === 'csv'} onClick={() => download.mutate('csv')}>
            {t('downloadCsv')}
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={download.isPending && download.variables === 'pdf'} onClick={() => download.mutate('pdf')}>
            {t('downloadPdf')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="dimmed">
        {download.isPending ? t('downloading') : (frozenDone ?? '')}
      </Text>
      <ProblemAlert error={download.error} />
      {review.isPending ? (
        <Loading />
      ) : review.error ? (
        <ProblemAlert error={review.error} onReload={() => void review.refetch()} />
      ) : (
        <>
          {!review.data.regionWide && <Alert color="blue">{t('ownOnly')}</Alert>}
          {review.data.frozenAt ? (
            <Alert color="gray" icon={<IconLock aria-hidden />} data-testid="review-frozen">
              {t('frozen', { year: review.data.year, at: formatDateTime(review.data.frozenAt), by: review.data.frozenBy ?? '—' })}
            </Alert>
          ) : (
            <Text size="xs" c="dimmed">
              {t('live')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('asOf', { at: formatDateTime(review.data.generatedAt), year: review.data.year })}
          </Text>
          {review.data.opds.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center">
              {t('empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={1100}>
              <Table striped verticalSpacing="xs" aria-busy={review.isFetching}>
                <Table.Caption>{t('caption', { year: review.data.year })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {(['opd', 'vpsActive', 'vpsRequested', 'vpsDecommissioned', 'vcpu', 'ramGib', 'diskGib', 'rackUnits', 'monitors', 'uptime', 'slo', 'backups', 'restoreTests'] as const).map((c) => (
                      <Table.Th key={c} scope="col">
                        {t(c)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {review.data.opds.map((o) => (
                    <UsageRow key={o.opd} usage={o} label={o.opdName ? `${o.opdName} (${o.opd})` : (o.opd ?? '')} />
                  ))}
                </Table.Tbody>
                {review.data.totals && (
                  <Table.Tfoot>
                    <UsageRow usage={review.data.totals} label={t('totals')} />
                  </Table.Tfoot>
                )}
              </Table>
            </Table.ScrollContainer>
          )}
          {review.data.regionWide && review.data.dataCenters.length > 0 && (
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('sites')}
              </Title>
              <Table.ScrollContainer minWidth={640}>
                <Table striped verticalSpacing="xs">
                  <Table.Caption>{t('sitesCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('site')}</Table.Th>
                      <Table.Th scope="col">{t('vcpu')}</Table.Th>
                      <Table.Th scope="col">{t('ramGib')}</Table.Th>
                      <Table.Th scope="col">{t('diskGib')}</Table.Th>
                      <Table.Th scope="col">{t('rackUnits')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {review.data.dataCenters.map((d) => (
                      <Table.Tr key={d.code}>
                        <Table.Th scope="row">{`${d.name} (${d.code})`}</Table.Th>
                        {(['vcpu', 'ramGib', 'diskGib', 'rackUnits'] as const).map((r) => (
                          <Table.Td key={r}>{t('usedOf', { used: formatNumber(d.allocated[r]), total: formatNumber(d.allocatable[r]) })}</Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )}
        </>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('freezeTitle', { year })}>
        <Stack gap="sm">
          <Text size="sm">{t('freezeExplain', { year })}</Text>
          <ProblemAlert error={freeze.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tc('action.cancel')}
            </Button>
            <Button color="orange" loading={freeze.isPending} onClick={() => freeze.mutate()}>
              {t('freezeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function UsageRow({ usage, label }: { usage: OpdUsage; label: string }) {
  const { t } = useTranslation('datacenterReview');
  const { vps, colocation, uptime, backups } = usage;
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{formatNumber(vps.active)}</Table.Td>
      <Table.Td>{formatNumber(vps.requested)}</Table.Td>
      <Table.Td>{formatNumber(vps.decommissioned)}</Table.Td>
      <Table.Td>{formatNumber(vps.vcpu)}</Table.Td>
      <Table.Td>{formatNumber(vps.ramGib)}</Table.Td>
      <Table.Td>{formatNumber(vps.diskGib)}</Table.Td>
      <Table.Td>{formatNumber(colocation.rackUnits)}</Table.Td>
      <Table.Td>{formatNumber(uptime.monitors)}</Table.Td>
      <Table.Td>{uptime.uptimePercent == null ? t('noData') : formatPercent(uptime.uptimePercent)}</Table.Td>
      <Table.Td>{uptime.monitors === 0 ? '—' : t('sloCounts', { met: uptime.monitorsMeetingSlo, missed: uptime.monitorsMissingSlo })}</Table.Td>
      <Table.Td>{backups.systems === 0 ? '—' : t('backupCounts', { compliant: backups.compliant, systems: backups.systems })}</Table.Td>
      <Table.Td>{t('restoreCounts', { passed: backups.restoreTestsPassed, failed: backups.restoreTestsFailed })}</Table.Td>
    </Table.Tr>
  );
}
