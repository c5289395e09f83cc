import { Button, Card, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { appRegistry, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { Role, hasAnyRole } from '../../auth/roles';
import { domainId } from '../../i18n/domain';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { SubdomainRequestForm } from './SubdomainRequestForm';
import { SUBDOMAINS_KEY, SubdomainTable, type Subdomain } from './SubdomainTable';
import './i18n';

const PAGE_SIZE = 20;

/** /subdomain — the register of names (paged, filtered in the URL), with the steps each caller may take (A10). */
export default function SubdomainsPage() {
  const { t } = useTranslation('subdomains');
  const { t: td } = useTranslation('domain');
  const { t: tc } = useTranslation();
  const caller = useCaller();
  const regionWide = !!caller && !caller.roles.every((r) => r === Role.OPD_OPERATOR);
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const opd = params.get('opd') ?? '';
  const applicationId = params.get('aplikasi') ?? '';
  const page = Math.max(0, Number(params.get('halaman') ?? '1') - 1) || 0;
  const [draft, setDraft] = useState({ opd, applicationId });

  const list = useQuery({
    queryKey: [...SUBDOMAINS_KEY, { status, opd, applicationId, page }],
    queryFn: async () =>
      must(
        await appRegistry.GET('/api/v1/subdomains', {
          params: {
            query: {
              status: (status || undefined) as Subdomain['status'] | undefined,
              opd: opd || undefined,
              applicationId: applicationId || undefined,
              page,
              size: PAGE_SIZE,
              sort: ['fqdn'],
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('halaman' in changes)) next.delete('halaman');
    setParams(next);
  };
  const applyFilters = (event: FormEvent) => {
    event.preventDefault();
    update({ opd: draft.opd.trim(), aplikasi: draft.applicationId.trim() });
  };

  const data = list.data;
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card withBorder padding="sm">
        <form onSubmit={applyFilters} role="search" aria-label={tc('action.search')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('filter.status')}
              data={[
                { value: '', label: t('filter.any') },
                ...Object.keys(domainId.subdomainStatus).map((s) => ({ value: s, label: td(`subdomainStatus.${s}`) })),
              ]}
              value={status}
              onChange={(v) => update({ status: v ?? '' })}
              allowDeselect={false}
              miw={180}
            />
            {regionWide && (
              <TextInput
                label={t('filter.opd')}
                value={draft.opd}
                maxLength={30}
                onChange={(e) => setDraft({ ...draft, opd: e.currentTarget.value })}
                miw={140}
              />
            )}
            <TextInput
              label={t('filter.applicationId')}
              value={draft.applicationId}
              maxLength={100}
              onChange={(e) => setDraft({ ...draft, applicationId: e.currentTarget.value })}
              miw={220}
            />
            <Button type="submit">{tc('action.search')}</Button>
            <Button
              variant="default"
              onClick={() => {
                setDraft({ opd: '', applicationId: '' });
                setParams(new URLSearchParams());
              }}
            >
              {tc('action.reset')}
            </Button>
          </Group>
        </form>
      </Card>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      {data && (
        <>
          <SubdomainTable items={data.items} />
          {data.totalItems > 0 && (
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" aria-live="polite">
                {tc('paging.summary', {
                  from: data.page * data.size + 1,
                  to: data.page * data.size + data.items.length,
                  total: data.totalItems,
                })}
              </Text>
              {data.totalPages > 1 && (
                <Pagination
                  total={data.totalPages}
                  value={data.page + 1}
                  onChange={(p) => update({ halaman: String(p) })}
                  getControlProps={(control) => ({
                    'aria-label': control === 'next' ? tc('action.next') : control === 'previous' ? tc('action.previous') : undefined,
                  })}
                  getItemProps={(p) => ({ 'aria-label': tc('paging.page', { page: p }) })}
                />
              )}
            </Group>
          )}
        </>
      )}
      {hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR) && <SubdomainRequestForm />}
    </Stack>
  );
}
