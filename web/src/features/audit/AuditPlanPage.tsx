import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { audit, must, type AuditSchemas } from '../../api/client';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import { useCaller } from '../../auth/AuthSetup';
import { isOverdue, todayIso } from './i18n';
import { isDinas } from './shared';

type Kind = AuditSchemas['AuditPlanItem']['kind'];
const KINDS: Kind[] = ['INFRASTRUKTUR', 'APLIKASI', 'KEAMANAN'];
const PAGE_SIZE = 20;

/** The audit plan (AU4–AU6) of a year as the audit service keeps it, earliest due first; past-due rows stand out. */
export default function AuditPlanPage() {
  const { t } = useTranslation('audit');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<Kind | undefined>();
  const [page, setPage] = useState(0);
  const today = todayIso();
  const dinas = isDinas(useCaller());

  const plan = useQuery({
    queryKey: ['audit-plan', year, kind, page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audit-plan', {
          params: { query: { year, kind, page, size: PAGE_SIZE, sort: ['dueDate,asc'] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const years = Array.from({ length: 7 }, (_, i) => String(thisYear - 3 + i));

  return (
    <Stack>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('year')}
          data={years}
          value={String(year)}
          onChange={(e) => {
            setYear(Number(e.currentTarget.value));
            setPage(0);
          }}
          w={140}
        />
        <NativeSelect
          label={t('kindFilter')}
          data={[{ value: '', label: t('allKinds') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
          value={kind ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setKind(v ? (v as Kind) : undefined);
            setPage(0);
          }}
          w={200}
        />
      </Group>
      <ProblemAlert error={plan.error} />
      {plan.isPending ? (
        <Loading />
      ) : plan.data && plan.data.items.length === 0 ? (
        <Text role="status">{t('empty', { year })}</Text>
      ) : plan.data ? (
        <>
            <Table.ScrollContainer minWidth={880}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('caption', { year })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.dueDate')}</Table.Th>
                    <Table.Th>{t('columns.kind')}</Table.Th>
                    <Table.Th>{t('columns.application')}</Table.Th>
                    <Table.Th>{t('columns.opd')}</Table.Th>
                    <Table.Th>{t('columns.obligation')}</Table.Th>
                    <Table.Th>{t('columns.basisDate')}</Table.Th>
                    <Table.Th>{t('columns.plannedAt')}</Table.Th>
                    <Table.Th>{t('planLink.action')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.data.items.map((item) => {
                    const overdue = isOverdue(item.dueDate, today);
                    return (
                      <Table.Tr key={item.id} bg={overdue ? 'var(--mantine-color-red-light)' : undefined} data-overdue={overdue || undefined}>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" fw={overdue ? 700 : undefined}>
                              {formatDate(item.dueDate)}
                            </Text>
                            {overdue && (
                              <Badge color="red" variant="filled" size="sm">
                                {t('overdue')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{t(`kind.${item.kind}`)}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={auditObjectPath(item)}>
                            {item.applicationName}
                          </Anchor>
                          {item.neverAudited && (
                            <Text size="xs" c="dimmed">
                              {t('neverAudited')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/opd/${encodeURIComponent(item.opd)}`}>
                            {item.opd}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{item.obligation}</Table.Td>
                        <Table.Td>{formatDate(item.basisDate)}</Table.Td>
                        <Table.Td>{formatDateTime(item.plannedAt)}</Table.Td>
                        <Table.Td>
                          {item.scheduledAuditId ? (
                          <>
                            <Anchor component={Link} to={`/audit/penugasan/${encodeURIComponent(item.scheduledAuditId)}`} aria-label={`${t('planLink.scheduled')}: ${item.applicationName}`}>
                              {t('planLink.scheduled')}
                            </Anchor>
                            {item.scheduledStart && <Text size="xs" c="dimmed">{formatDate(item.scheduledStart)}</Text>}
                          </>
                        ) : dinas && item.status === 'ACTIVE' ? (
                          <Anchor component={Link} to={`/audit/penugasan/baru?planItemId=${encodeURIComponent(item.id)}`} aria-label={`${t('planLink.schedule')}: ${item.applicationName}`}>
                            {t('planLink.schedule')}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {plan.data.items.some((i) => isOverdue(i.dueDate, today)) && (
            <Text size="sm" c="dimmed">
              {t('overdueNote')}
            </Text>
          )}
          <PageControls
            pageOf={plan.data}
            onChange={setPage}
            label={t('pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}

/**
 * Where an audited object is shown: an application's page, or for infrastructure (AU4, AU6) its data center, the
 * OPD's LAN or the WAN. The plan item's object id is "data-center:<code>", "lan:<opd>" or "wan".
 */
export function auditObjectPath(item: { objectKind?: string; applicationId: string; opd: string }): string {
  switch (item.objectKind) {
    case 'DATA_CENTER':
      return `/pusat-data/lokasi/${encodeURIComponent(item.applicationId.replace(/^data-center:/, ''))}`;
    case 'LAN':
      return `/jaringan/lan/${encodeURIComponent(item.applicationId.replace(/^lan:/, '') || item.opd)}`;
    case 'WAN':
      return '/jaringan/wan';
    default:
      return `/aplikasi/${encodeURIComponent(item.applicationId)}`;
  }
}
