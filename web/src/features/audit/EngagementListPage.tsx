import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { audit, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { formatDate } from '../../ui/format';
import { PageControls } from '../../ui/PageControls';
import { QueryList } from '../../ui/QueryList';
import { PageHeader } from '../../ui/PageHeader';
import { CsvDownload } from './CsvDownload';
import { AUDIT_STATUSES, AuditStatusBadge, isDinas, KINDS, type AuditKind, type AuditStatus } from './shared';
import './i18n';

const PAGE_SIZE = 20;

/**
 * /audit/penugasan — audit engagements (AU1–AU3), paged by the server, filtered by kind, status and year (in the
 * URL, so a filtered list can be linked to). Dinas and coordinators see all, auditors theirs, an OPD its own.
 */
export default function EngagementListPage() {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') as AuditKind | null) ?? undefined;
  const status = (params.get('status') as AuditStatus | null) ?? undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 7 }, (_, i) => String(thisYear - 4 + i));

  const list = useQuery({
    queryKey: ['audit-engagements', kind, status, year, page],
    queryFn: async () =>
      must(await audit.GET('/api/v1/audits', { params: { query: { kind, status, year, page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });

  function update(key: string, value: string | null | undefined, keepPage = false) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      if (!keepPage) next.delete('page');
      return next;
    });
  }

  const filtered = !!(kind || status || year);

  return (
    <Stack>
      <PageHeader
        title={t('engagements.title')}
        subtitle={t('engagements.subtitle')}
        actions={
          isDinas(caller) && (
            <Button component={Link} to="/audit/penugasan/baru" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('engagements.schedule')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" component="section" aria-label={t('engagements.filters')}>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Select
            label={t('kindFilter')}
            placeholder={t('common.all')}
            data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={kind ?? null}
            onChange={(v) => update('kind', v)}
            clearable
          />
          <Select
            label={t('common.status')}
            placeholder={t('common.all')}
            data={AUDIT_STATUSES.map((s) => ({ value: s, label: t(`engagementStatus.${s}`) }))}
            value={status ?? null}
            onChange={(v) => update('status', v)}
            clearable
          />
          <Select
            label={t('year')}
            placeholder={t('common.all')}
            data={years}
            value={year ? String(year) : null}
            onChange={(v) => update('year', v)}
            clearable
          />
        </SimpleGrid>
        {filtered && (
          <Button variant="subtle" mt="xs" onClick={() => setParams(new URLSearchParams())}>
            {t('engagements.reset')}
          </Button>
        )}
      </Paper>
      <CsvDownload path="/api/v1/audits/export.csv" query={{ kind, status, year }} fileName="penugasan-audit.csv" />
      <QueryList query={list} empty={t('engagements.empty')}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('engagements.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('engagements.columns.title')}</Table.Th>
                    <Table.Th scope="col">{t('engagements.columns.kind')}</Table.Th>
                    <Table.Th scope="col">{t('engagements.columns.object')}</Table.Th>
                    <Table.Th scope="col">{t('engagements.columns.opd')}</Table.Th>
                    <Table.Th scope="col">{t('engagements.columns.dates')}</Table.Th>
                    <Table.Th scope="col">{t('engagements.columns.lead')}</Table.Th>
                    <Table.Th scope="col">{t('engagements.columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/audit/penugasan/${encodeURIComponent(a.id)}`}>
                          {a.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`kind.${a.kind}`)}</Table.Td>
                      <Table.Td>{a.objectName ?? '—'}</Table.Td>
                      <Table.Td>{a.auditedOpd}</Table.Td>
                      <Table.Td>{t('detail.period', { from: formatDate(a.plannedStart), to: formatDate(a.plannedEnd) })}</Table.Td>
                      <Table.Td>
                        {a.team.find((m) => m.lead)?.name ?? (
                          <Text size="sm" c="dimmed" span>
                            {t('engagements.noLead')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <AuditStatusBadge status={a.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group>
              <PageControls
                pageOf={data}
                onChange={(p) => update('page', String(p + 1), true)}
                label={t('engagements.pages')}
              />
            </Group>
          </>
        )}
      </QueryList>
    </Stack>
  );
}
