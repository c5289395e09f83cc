import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { network, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { downloadFile } from '../../../ui/downloadFile';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { isRegionWide } from '../access';
import '../i18n';

const PAGE_SIZE = 20;

/**
 * Every OPD's LAN at a glance for the region-wide roles (who runs it, counts, BYOD); an OPD's own people go straight
 * to their OPD's LAN.
 */
export default function LanOverviewPage() {
  const { t } = useTranslation('network');
  const caller = useCaller();
  const regionWide = isRegionWide(caller);
  const [page, setPage] = useState(0);

  const lans = useQuery({
    queryKey: ['network-lans', page],
    queryFn: async () => must(await network.GET('/api/v1/lans', { params: { query: { page, size: PAGE_SIZE, sort: ['code,asc'] } } })),
    placeholderData: keepPreviousData,
    enabled: regionWide,
  });
  const csv = useMutation({ mutationFn: () => downloadFile('/api/v1/lan-devices/export.csv', 'perangkat-lan.csv') });

  if (caller && !regionWide && caller.opd) return <Navigate to={`/jaringan/lan/${encodeURIComponent(caller.opd)}`} replace />;

  return (
    <Stack>
      <PageHeader
        title={t('overview.title')}
        subtitle={t('overview.subtitle')}
        actions={
          <>
            <Button component={Link} to="/jaringan/lan/akhir-dukungan" variant="default">
              {t('overview.eolLink')}
            </Button>
            <Button leftSection={<IconDownload size={16} aria-hidden />} variant="light" loading={csv.isPending} onClick={() => csv.mutate()}>
              {t('overview.csv')}
            </Button>
          </>
        }
      />
      <ProblemAlert error={csv.error} />
      <ProblemAlert error={lans.error} />
      {lans.isPending ? (
        <Loading />
      ) : lans.data && lans.data.items.length === 0 ? (
        <Text role="status">{t('overview.empty')}</Text>
      ) : lans.data ? (
        <>
          <Table.ScrollContainer minWidth={860}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('overview.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['opd', 'steward', 'devices', 'security', 'internetFacing', 'prefixes', 'byod', 'updatedAt'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(`overview.columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lans.data.items.map((lan) => (
                  <Table.Tr key={lan.opd}>
                    <Table.Td>
                      <Anchor component={Link} to={`/jaringan/lan/${encodeURIComponent(lan.opd)}`}>
                        {lan.opdName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {lan.opd}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`steward.${lan.steward}`)}</Table.Td>
                    <Table.Td>{formatNumber(lan.devices)}</Table.Td>
                    <Table.Td>{formatNumber(lan.securityDevices)}</Table.Td>
                    <Table.Td>{formatNumber(lan.internetFacingDevices)}</Table.Td>
                    <Table.Td>{formatNumber(lan.prefixes)}</Table.Td>
                    <Table.Td>
                      <Badge color={lan.byodAcknowledged ? 'green' : 'gray'} variant="light">
                        {lan.byodAcknowledged ? t('overview.byodYes') : t('overview.byodNo')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(lan.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={lans.data}
            onChange={setPage}
            label={t('overview.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
