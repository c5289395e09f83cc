import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { audit, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { PageControls } from '../../ui/PageControls';
import { QueryList } from '../../ui/QueryList';
import { PageHeader } from '../../ui/PageHeader';
import { CsvDownload } from './CsvDownload';
import { FindingDialog, FindingsTable } from './findings';
import { FINDING_STATUSES, SEVERITIES, useOpdOptions, type Finding, type FindingStatus, type Severity } from './shared';
import './i18n';

const PAGE_SIZE = 20;
const SORT = ['details.dueDate,asc'];

/**
 * /audit/temuan — findings across audits (AU7) with their follow-up: Dinas and coordinators see all, auditors those
 * of their audits, an OPD operator the findings its OPD owns (the server scopes the list). Filters in the URL.
 */
export default function FindingListPage() {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [params, setParams] = useSearchParams();
  const [opened, setOpened] = useState<Finding | null>(null);
  const mayChooseOpd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.COORDINATOR, Role.AUDITOR);
  const opds = useOpdOptions(mayChooseOpd);
  const status = (params.get('status') as FindingStatus | null) ?? undefined;
  const severity = (params.get('severity') as Severity | null) ?? undefined;
  const ownerOpd = params.get('ownerOpd') ?? undefined;
  const open = params.get('open') === 'true' ? true : undefined;
  const overdue = params.get('overdue') === 'true' ? true : undefined;
  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);

  const list = useQuery({
    queryKey: ['audit-findings', status, severity, ownerOpd, open, overdue, page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audits/findings', {
          params: { query: { status, severity, ownerOpd, open, overdue, page, size: PAGE_SIZE, sort: SORT } },
        }),
      ),
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
  const filtered = !!(status || severity || ownerOpd || open || overdue);

  return (
    <Stack>
      <PageHeader title={t('findings.title')} subtitle={t('findings.subtitle')} />
      <Paper withBorder p="md" component="section" aria-label={t('findings.filters')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: mayChooseOpd ? 3 : 2 }} spacing="sm">
          <Select
            label={t('common.status')}
            placeholder={t('common.all')}
            data={FINDING_STATUSES.map((s) => ({ value: s, label: t(`findingStatus.${s}`) }))}
            value={status ?? null}
            onChange={(v) => update('status', v)}
            clearable
          />
          <Select
            label={t('findings.columns.severity')}
            placeholder={t('common.all')}
            data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
            value={severity ?? null}
            onChange={(v) => update('severity', v)}
            clearable
          />
          {mayChooseOpd && (
            <Select
              label={t('findings.ownerOpd')}
              placeholder={t('common.all')}
              data={opds.data ?? []}
              value={ownerOpd ?? null}
              onChange={(v) => update('ownerOpd', v)}
              searchable
              clearable
              nothingFoundMessage="—"
            />
          )}
        </SimpleGrid>
        <Group mt="sm" gap="lg" wrap="wrap">
          <Checkbox label={t('findings.openOnly')} checked={!!open} onChange={(e) => update('open', e.currentTarget.checked ? 'true' : undefined)} />
          <Checkbox label={t('findings.overdueOnly')} checked={!!overdue} onChange={(e) => update('overdue', e.currentTarget.checked ? 'true' : undefined)} />
          {filtered && (
            <Button variant="subtle" size="xs" onClick={() => setParams(new URLSearchParams())}>
              {t('engagements.reset')}
            </Button>
          )}
        </Group>
      </Paper>
      <CsvDownload
        path="/api/v1/audits/findings/export.csv"
        query={{ status, severity, ownerOpd, open, overdue, sort: SORT }}
        fileName="temuan-audit.csv"
      />
      <QueryList query={list} empty={t('findings.empty')}>
        {(data) => (
          <>
            <FindingsTable items={data.items} showAudit onOpen={setOpened} />
            <PageControls {...data} onChange={(p) => update('page', String(p + 1), true)} label={t('findings.pages')} />
          </>
        )}
      </QueryList>
      {opened && (
        <FindingDialog auditId={opened.auditId} findingId={opened.id} auditorOfIt onClose={() => setOpened(null)} />
      )}
    </Stack>
  );
}
