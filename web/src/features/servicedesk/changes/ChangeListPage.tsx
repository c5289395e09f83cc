import { Anchor, Checkbox, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { must, servicedesk, type ServicedeskPaths } from '../../../api/client';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useListParams } from '../../../ui/useListParams';
import { PriorityBadge, TicketStatusBadge } from '../components';
import '../i18n';

type ListQuery = NonNullable<ServicedeskPaths['/api/v1/changes']['get']['parameters']['query']>;
export const CHANGE_STAGES = ['NEW', 'ASSIGNED', 'ANALYSIS', 'APPROVAL', 'DEVELOPMENT', 'IMPLEMENTATION', 'EVALUATION', 'CLOSED'] as const;
const PAGE_SIZE = 20;

/** /layanan/perubahan — change requests (PERUBAHAN tickets) and the S6 stage each has reached. */
export default function ChangeListPage() {
  const { t } = useTranslation('servicedesk');
  const [params, update] = useListParams();
  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);
  const stage = (params.get('stage') || undefined) as ListQuery['stage'];
  const onlyOpen = params.get('open') !== 'false';
  const query: ListQuery = { stage, open: onlyOpen && !stage ? true : undefined, page, size: PAGE_SIZE, sort: ['openedAt,desc'] };
  const list = useQuery({
    queryKey: ['servicedesk', 'changes', query],
    queryFn: async () => must(await servicedesk.GET('/api/v1/changes', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  return (
    <Stack>
      <PageHeader title={t('changes.title')} subtitle={t('changes.subtitle')} />
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('changes.stage')}
          data={[{ value: '', label: t('list.all') }, ...CHANGE_STAGES.map((s) => ({ value: s, label: t(`enum.status.${s}`) }))]}
          value={stage ?? ''}
          onChange={(e) => update({ stage: e.currentTarget.value || undefined })}
          w={240}
        />
        <Checkbox label={t('changes.onlyOpen')} checked={onlyOpen} disabled={!!stage} onChange={(e) => update({ open: e.currentTarget.checked ? undefined : 'false' })} mb={8} />
      </Group>
      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      {list.isPending ? (
        <Loading />
      ) : data && data.items.length === 0 ? (
        <Text c="dimmed" role="status">
          {t('changes.empty')}
        </Text>
      ) : data ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('changes.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['title', 'stage', 'priority', 'opd', 'application', 'opened'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(`changes.columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/layanan/perubahan/${c.id}`} fw={500}>
                        {c.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <TicketStatusBadge status={c.stage} />
                    </Table.Td>
                    <Table.Td>
                      <PriorityBadge priority={c.priority} />
                    </Table.Td>
                    <Table.Td>{c.requesterOpd}</Table.Td>
                    <Table.Td>{c.affectedApplication?.name ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(c.openedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={data}
            onChange={(p) => update({ page: p > 0 ? String(p + 1) : undefined }, true)}
            label={t('changes.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
