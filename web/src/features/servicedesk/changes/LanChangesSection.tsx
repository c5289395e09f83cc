import { Anchor, Badge, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { must, servicedesk } from '../../../api/client';
import { formatDate, formatDateTime } from '../../../ui/format';
import { PageControls } from '../../../ui/PageControls';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TableSection } from '../../../ui/TableSection';

const SIZE = 10;

/**
 * The LAN change reports (N7, network-service) that cite this change as their authorisation (S6), as the service
 * desk heard of them; each links to the report at /jaringan/perubahan/:id.
 */
export function LanChangesSection({ changeId }: { changeId: string }) {
  const { t } = useTranslation('servicedesk');
  const [page, setPage] = useState(0);
  const query = useQuery({
    queryKey: ['servicedesk', 'change-lan-changes', changeId, page],
    queryFn: async () =>
      must(await servicedesk.GET('/api/v1/changes/{id}/lan-changes', { params: { path: { id: changeId }, query: { page, size: SIZE } } })),
  });
  if (query.error) return <ProblemAlert error={query.error} onReload={() => void query.refetch()} />;
  const data = query.data;
  return (
    <TableSection
      title={t('lanChanges.title')}
      caption={t('lanChanges.caption')}
      columns={(['what', 'opd', 'performedOn', 'revisions', 'status', 'reported'] as const).map((c) => t(`lanChanges.columns.${c}`))}
      minWidth={720}
      empty={!data ? t('lanChanges.loading') : data.items.length === 0 ? t('lanChanges.empty') : undefined}
    >
      {data?.items.map((r) => (
        <Table.Tr key={r.reportId}>
          <Table.Td>
            <Anchor component={Link} to={`/jaringan/perubahan/${encodeURIComponent(r.reportId)}`}>
              {r.what}
            </Anchor>
          </Table.Td>
          <Table.Td>{r.opd}</Table.Td>
          <Table.Td>{formatDate(r.performedOn)}</Table.Td>
          <Table.Td>{t('lanChanges.revisions', { from: r.fromRevision, to: r.toRevision })}</Table.Td>
          <Table.Td>
            <Badge variant="light" color={r.status === 'ACKNOWLEDGED' ? 'green' : 'blue'}>
              {t(`lanChanges.status.${r.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td>
            {r.reportedBy} · {formatDateTime(r.reportedAt)}
          </Table.Td>
        </Table.Tr>
      ))}
      {data && data.totalPages > 1 && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <PageControls page={page} size={SIZE} totalItems={data.totalItems} totalPages={data.totalPages} onChange={setPage} label={t('lanChanges.pages')} />
          </Table.Td>
        </Table.Tr>
      )}
    </TableSection>
  );
}
