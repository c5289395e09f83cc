import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconDownload, IconFileCode, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appRegistry, must, type AppRegistryPaths } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { domainId } from '../../i18n/domain';
import { downloadFile } from '../../ui/downloadFile';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useListParams } from '../../ui/useListParams';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StatusBadge } from './components/StatusBadge';
import { useOpdOptions } from './useOpdOptions';
import './i18n';

type ListQuery = NonNullable<AppRegistryPaths['/api/v1/applications']['get']['parameters']['query']>;

/** The filters of GET /api/v1/applications, each with the domain enumeration that labels its options. */
const FILTERS = [
  { param: 'applicationClass', domain: 'applicationClass', label: 'list.applicationClass' },
  { param: 'status', domain: 'applicationStatus', label: 'list.status' },
  { param: 'stage', domain: 'stage', label: 'list.stage' },
  { param: 'functionDomain', domain: 'functionDomain', label: 'list.functionDomain' },
  { param: 'serviceType', domain: 'serviceType', label: 'list.serviceType' },
] as const;

/** The server's sortable fields shown as columns (ApplicationController.SORTABLE). */
type SortField = 'name' | 'ownerOpd' | 'status' | 'registeredAt';
const PAGE_SIZES = ['10', '20', '50', '100'];
const DEFAULT_SIZE = 20;

/**
 * The application register (A1): search and filters live in the URL (shareable; back and forward step through them),
 * paged and sortable by the server, with a CSV export of the same filters.
 */
export default function ApplicationListPage() {
  const { t } = useTranslation('applications');
  const { t: td } = useTranslation('domain');
  const caller = useCaller();
  const [params, update] = useListParams();
  // Region-wide roles may name an OPD; an operator's list is its own OPD whatever it asks (the server decides).
  const mayChooseOpd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR);
  const mayRegister = hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR);
  const opds = useOpdOptions(mayChooseOpd);

  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = PAGE_SIZES.includes(params.get('size') ?? '') ? Number(params.get('size')) : DEFAULT_SIZE;
  const sort = params.get('sort') ?? '';
  const filters = Object.fromEntries(
    [...FILTERS.map((f) => f.param), 'opd'].map((p) => [p, params.get(p) ?? undefined]).filter(([, v]) => v),
  ) as Partial<Record<string, string>>;

  const query: ListQuery = {
    ...(filters as Partial<ListQuery>),
    ...(q ? { q } : {}),
    page: page - 1,
    size,
    ...(sort && !q ? { sort: [sort] } : {}),
  };
  const list = useQuery({
    queryKey: ['applications', 'list', query],
    queryFn: async () => must(await appRegistry.GET('/api/v1/applications', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  function search(event: FormEvent) {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  }

  const exportCsv = useMutation({
    mutationFn: async () => {
      const exportParams = new URLSearchParams();
      for (const [key, value] of Object.entries(filters)) if (value) exportParams.set(key, value);
      const suffix = exportParams.toString();
      await downloadFile(`/api/v1/application-exports/applications.csv${suffix ? `?${suffix}` : ''}`, 'aplikasi.csv');
    },
  });
  const publiccode = useMutation({
    mutationFn: async (id: string) => downloadFile(`/api/v1/applications/${encodeURIComponent(id)}/publiccode.yml`, 'publiccode.yml'),
  });

  const data = list.data;
  const filtered = Object.keys(filters).length > 0 || !!q;

  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          mayRegister && (
            <>
              <Button component={Link} to="/aplikasi/baru" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('list.register')}
              </Button>
              <Button component={Link} to="/aplikasi/impor" variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
                {t('list.import')}
              </Button>
            </>
          )
        }
      />

      <Paper withBorder p="md" component="section" aria-label={t('list.filters')}>
        <Stack gap="sm">
          <form onSubmit={search} role="search">
            <Group align="flex-end" wrap="wrap" gap="xs">
              <TextInput
                label={t('list.search')}
                placeholder={t('list.searchPlaceholder')}
                value={text}
                maxLength={200}
                onChange={(e) => setText(e.currentTarget.value)}
                style={{ flex: '1 1 16rem' }}
              />
              <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
                {t('list.searchButton')}
              </Button>
            </Group>
          </form>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {mayChooseOpd && (
              <Select
                label={t('list.opd')}
                placeholder={t('list.all')}
                data={opds.data ?? []}
                value={filters.opd ?? null}
                onChange={(value) => update({ opd: value ?? undefined })}
                searchable
                clearable
                nothingFoundMessage="—"
              />
            )}
            {FILTERS.map((filter) => (
              <Select
                key={filter.param}
                label={t(filter.label)}
                placeholder={t('list.all')}
                data={Object.keys(domainId[filter.domain]).map((value) => ({ value, label: td(`${filter.domain}.${value}`) }))}
                value={filters[filter.param] ?? null}
                onChange={(value) => update({ [filter.param]: value ?? undefined })}
                searchable={filter.param === 'functionDomain'}
                clearable
              />
            ))}
          </SimpleGrid>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="xs">
              {filtered && (
                <Button
                  variant="subtle"
                  onClick={() => update({ q: undefined, opd: undefined, ...Object.fromEntries(FILTERS.map((f) => [f.param, undefined])) })}
                >
                  {t('list.reset')}
                </Button>
              )}
            </Group>
            <Group gap="xs">
              {q && (
                <Text size="xs" c="dimmed">
                  {t('list.exportHint')}
                </Text>
              )}
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={exportCsv.isPending}
                onClick={() => exportCsv.mutate()}
              >
                {t('list.exportCsv')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>

      <ProblemAlert error={exportCsv.error ?? publiccode.error} />
      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />

      {list.isPending ? (
        <Loading />
      ) : data ? (
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" aria-live="polite" data-testid="application-count">
              {t('list.count', { total: data.totalItems })}
              {q ? ` · ${t('list.relevance')}` : ''}
            </Text>
          </Group>
          {data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center">
              {filtered ? t('list.empty') : t('list.emptyAll')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-busy={list.isFetching}>
                <Table.Caption>{t('list.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <SortableHeader field="name" label={t('list.name')} sort={sort} disabled={!!q} onSort={(s) => update({ sort: s }, false)} />
                    <SortableHeader field="ownerOpd" label={t('list.owner')} sort={sort} disabled={!!q} onSort={(s) => update({ sort: s }, false)} />
                    <Table.Th>{t('list.applicationClass')}</Table.Th>
                    <SortableHeader field="status" label={t('list.status')} sort={sort} disabled={!!q} onSort={(s) => update({ sort: s }, false)} />
                    <Table.Th>{t('list.stage')}</Table.Th>
                    <SortableHeader field="registeredAt" label={t('list.registeredAt')} sort={sort} disabled={!!q} onSort={(s) => update({ sort: s }, false)} />
                    <Table.Th>
                      <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((app) => (
                    <Table.Tr key={app.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/aplikasi/${app.id}`} fw={500}>
                          {app.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{app.ownerOpd}</Table.Td>
                      <Table.Td>{td(`applicationClass.${app.applicationClass}`)}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={app.status} />
                      </Table.Td>
                      <Table.Td>{app.stage ? td(`stage.${app.stage}`) : '—'}</Table.Td>
                      <Table.Td>{formatDateTime(app.registeredAt)}</Table.Td>
                      <Table.Td>
                        <Tooltip label={t('list.publiccode', { name: app.name })}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('list.publiccode', { name: app.name })}
                            onClick={() => publiccode.mutate(app.id)}
                            loading={publiccode.isPending && publiccode.variables === app.id}
                          >
                            <IconFileCode size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between" wrap="wrap">
            <Select
              label={t('list.pageSize')}
              data={PAGE_SIZES}
              value={String(size)}
              onChange={(value) => update({ size: value && Number(value) !== DEFAULT_SIZE ? value : undefined })}
              allowDeselect={false}
              w={140}
            />
            {data.totalPages > 1 && (
              <nav aria-label={t('list.pagination')}>
                <Pagination
                  total={data.totalPages}
                  value={page}
                  onChange={(p) => update({ page: p > 1 ? String(p) : undefined }, true)}
                  siblings={1}
                  boundaries={1}
                />
              </nav>
            )}
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** A column header that sorts by the server: ascending, then descending, then the default order. */
function SortableHeader({
  field,
  label,
  sort,
  disabled,
  onSort,
}: {
  field: SortField;
  label: string;
  sort: string;
  disabled: boolean;
  onSort: (sort: string | undefined) => void;
}) {
  const { t } = useTranslation('applications');
  const [current, direction] = sort.split(',');
  const active = !disabled && current === field;
  const ariaSort = active ? (direction === 'desc' ? 'descending' : 'ascending') : 'none';
  if (disabled) return <Table.Th>{label}</Table.Th>;
  const next = !active ? `${field},asc` : direction === 'desc' ? undefined : `${field},desc`;
  const Icon = !active ? IconArrowsSort : direction === 'desc' ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th aria-sort={ariaSort}>
      <UnstyledButton onClick={() => onSort(next)} aria-label={t('list.sortBy', { column: label })} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
