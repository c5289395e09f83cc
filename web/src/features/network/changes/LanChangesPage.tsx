import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { downloadFile } from '../../../ui/downloadFile';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatDate } from '../../../ui/format';
import { isRegionWide } from '../access';
import '../i18n';
import { useLanOptions } from './useLanOptions';

type Status = NetworkSchemas['ReportResponse']['status'];
const STATUSES: Status[] = ['REPORTED', 'ACKNOWLEDGED'];
const PAGE_SIZE = 20;

/** LAN change reports (N7), newest first, filtered by OPD (region-wide roles) and status. */
export default function LanChangesPage() {
  const { t } = useTranslation('network');
  const caller = useCaller();
  const regionWide = isRegionWide(caller);
  const [opd, setOpd] = useState<string>();
  const [status, setStatus] = useState<Status>();
  const [page, setPage] = useState(0);
  const options = useLanOptions(regionWide);
  const reports = useQuery({
    queryKey: ['network-changes', opd, status, page],
    queryFn: async () =>
      must(await network.GET('/api/v1/lan-changes', { params: { query: { opd, status, page, size: PAGE_SIZE, sort: ['reportedAt,desc'] } } })),
    placeholderData: keepPreviousData,
  });
  // the reports with the list's filters, for an audit or Dinas's records (N7)
  const csv = useMutation({
    mutationFn: () => {
      const query = new URLSearchParams();
      if (opd) query.set('opd', opd);
      if (status) query.set('status', status);
      const search = query.toString();
      return downloadFile(`/api/v1/lan-changes/export.csv${search ? `?${search}` : ''}`, 'laporan-perubahan-lan.csv');
    },
  });
  const mayReport = hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR);

  return (
    <Stack>
      <PageHeader
        title={t('changes.title')}
        subtitle={t('changes.subtitle')}
        actions={
          mayReport && (
            <Button component={Link} to="/jaringan/perubahan/baru" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('changes.newReport')}
            </Button>
          )
        }
      />
      <Group align="flex-end" wrap="wrap">
        {regionWide && (
          <NativeSelect
            label={t('changes.opdFilter')}
            data={[{ value: '', label: '—' }, ...(options.data ?? []).map((o) => ({ value: o.opd, label: `${o.opd} · ${o.opdName}` }))]}
            value={opd ?? ''}
            onChange={(e) => {
              setOpd(e.currentTarget.value || undefined);
              setPage(0);
            }}
            w={260}
          />
        )}
        <NativeSelect
          label={t('changes.statusFilter')}
          data={[{ value: '', label: t('changes.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`reportStatus.${s}`) }))]}
          value={status ?? ''}
          onChange={(e) => {
            setStatus((e.currentTarget.value || undefined) as Status | undefined);
            setPage(0);
          }}
          w={200}
        />
        <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending} onClick={() => csv.mutate()}>
          {t('changes.csv')}
        </Button>
      </Group>
      <ProblemAlert error={csv.error} />
      <ProblemAlert error={reports.error} />
      {reports.isPending ? (
        <Loading />
      ) : reports.data && reports.data.items.length === 0 ? (
        <Text role="status">{t('changes.empty')}</Text>
      ) : reports.data ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('changes.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['performedOn', 'opd', 'what', 'revisions', 'diff', 'status'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(`changes.columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatDate(r.performedOn)}</Table.Td>
                    <Table.Td>{r.opd}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/jaringan/perubahan/${encodeURIComponent(r.id)}`}>
                        {r.what}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t('changes.revisions', { from: r.diff.fromRevision, to: r.diff.toRevision })}</Table.Td>
                    <Table.Td>{t('diff.summary', r.diff)}</Table.Td>
                    <Table.Td>
                      <Badge color={r.status === 'ACKNOWLEDGED' ? 'green' : 'blue'} variant="light">
                        {t(`reportStatus.${r.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={reports.data}
            onChange={setPage}
            label={t('changes.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
