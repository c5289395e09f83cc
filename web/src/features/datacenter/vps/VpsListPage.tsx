import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { datacenter, must, type DatacenterPaths } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { downloadFile } from '../../../ui/downloadFile';
import { formatDate, formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { useListParams } from '../../../ui/useListParams';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { daysUntil, PAGE_SIZES, useOpdOptions, VpsStatusBadge, type VpsStatus } from '../shared';
import '../i18n';

type ListQuery = NonNullable<DatacenterPaths['/api/v1/vps-requests']['get']['parameters']['query']>;
const STATUSES: VpsStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED', 'PROVISIONED', 'ACTIVE', 'DECOMMISSIONED'];
const DEFAULT_SIZE = 20;

/**
 * VPS requests (D4): an operator's own OPD, every OPD for region-wide roles (the server scopes), filtered by status
 * and OPD in the URL, paged by the server, newest change first, with the same filters as CSV.
 */
export default function VpsListPage() {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const [params, update] = useListParams();
  const mayChooseOpd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR);
  const mayRequest = hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR);
  const opds = useOpdOptions(mayChooseOpd);

  const status = (params.get('status') ?? undefined) as VpsStatus | undefined;
  const opd = params.get('opd') ?? undefined;
  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);
  const size = PAGE_SIZES.includes(params.get('size') ?? '') ? Number(params.get('size')) : DEFAULT_SIZE;
  const query: ListQuery = { ...(status ? { status } : {}), ...(opd ? { opd } : {}), page, size, sort: ['updatedAt,desc'] };
  const list = useQuery({
    queryKey: ['datacenter', 'vps', 'list', query],
    queryFn: async () => must(await datacenter.GET('/api/v1/vps-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const exportCsv = useMutation({
    mutationFn: async () => {
      const q = new URLSearchParams();
      if (opd) q.set('opd', opd);
      if (status) q.set('status', status);
      const suffix = q.toString();
      await downloadFile(`/api/v1/vps-requests/export.csv${suffix ? `?${suffix}` : ''}`, 'vps.csv');
    },
  });

  const data = list.data;
  const filtered = !!status || !!opd;

  return (
    <Stack>
      <PageHeader
        title={t('vpsList.title')}
        subtitle={t('vpsList.subtitle')}
        actions={
          mayRequest && (
            <Button component={Link} to="/pusat-data/vps/baru" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('vpsList.request')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" component="section" aria-label={t('vpsList.filters')}>
        <Group align="flex-end" justify="space-between" wrap="wrap" gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" style={{ flex: '1 1 20rem' }}>
            <Select
              label={t('common.status')}
              placeholder={t('common.all')}
              data={STATUSES.map((s) => ({ value: s, label: t(`vpsStatus.${s}`) }))}
              value={status ?? null}
              onChange={(value) => update({ status: value ?? undefined })}
              clearable
            />
            {mayChooseOpd && (
              <Select
                label={t('common.opd')}
                placeholder={t('common.all')}
                data={opds.data ?? []}
                value={opd ?? null}
                onChange={(value) => update({ opd: value ?? undefined })}
                searchable
                clearable
                nothingFoundMessage="—"
              />
            )}
          </SimpleGrid>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exportCsv.isPending}
            onClick={() => exportCsv.mutate()}
          >
            {t('common.downloadCsv')}
          </Button>
        </Group>
      </Paper>

      <ProblemAlert error={exportCsv.error} />
      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />

      {list.isPending ? (
        <Loading />
      ) : data ? (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite">
            {t('vpsList.count', { total: data.totalItems })}
          </Text>
          {data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center">
              {filtered ? t('vpsList.empty') : t('vpsList.emptyAll')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-busy={list.isFetching}>
                <Table.Caption>{t('vpsList.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('vpsList.application')}</Table.Th>
                    <Table.Th scope="col">{t('common.opd')}</Table.Th>
                    <Table.Th scope="col">{t('common.status')}</Table.Th>
                    <Table.Th scope="col">{t('vpsList.resources')}</Table.Th>
                    <Table.Th scope="col">{t('vpsList.dataCenter')}</Table.Th>
                    <Table.Th scope="col">{t('vpsList.expiresOn')}</Table.Th>
                    <Table.Th scope="col">{t('vpsList.updatedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((vps) => {
                    const days = vps.expiresOn && vps.status === 'ACTIVE' ? daysUntil(vps.expiresOn) : undefined;
                    return (
                      <Table.Tr key={vps.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/pusat-data/vps/${vps.id}`} fw={500}>
                            {vps.applicationName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{vps.opd}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="wrap">
                            <VpsStatusBadge status={vps.status} />
                            {vps.pendingResize && (
                              <Badge color="orange" variant="outline">
                                {t('vpsList.resizePending')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{t('vpsList.resourcesValue', { vcpu: vps.vcpu, ram: vps.ramGib, disk: vps.diskGib })}</Table.Td>
                        <Table.Td>{vps.dataCenter ?? '—'}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="wrap">
                            <span>{formatDate(vps.expiresOn)}</span>
                            {days !== undefined && days < 0 && (
                              <Badge color="red" variant="light">
                                {t('vpsList.expired')}
                              </Badge>
                            )}
                            {days !== undefined && days >= 0 && days <= 30 && (
                              <Badge color="orange" variant="light">
                                {t('vpsList.expiringSoon')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{formatDateTime(vps.updatedAt)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Select
              label={t('common.pageSize')}
              data={PAGE_SIZES}
              value={String(size)}
              onChange={(value) => update({ size: value && Number(value) !== DEFAULT_SIZE ? value : undefined })}
              allowDeselect={false}
              w={140}
            />
            <PageControls
              pageOf={data}
              onChange={(p) => update({ page: p > 0 ? String(p + 1) : undefined }, true)}
              label={t('vpsList.pagination')}
            />
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
