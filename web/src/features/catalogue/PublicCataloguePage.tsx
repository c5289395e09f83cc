import { Anchor, Badge, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { domainId } from '../../i18n/domain';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import './i18n';
import { useState } from 'react';

type Query = NonNullable<NonNullable<import('../../api/client').AppRegistryPaths['/api/v1/public/applications']['get']['parameters']>['query']>;
type FunctionDomain = NonNullable<Query['functionDomain']>;
type ServiceType = NonNullable<Query['serviceType']>;
const FUNCTION_DOMAINS = Object.keys(domainId.functionDomain) as FunctionDomain[];
const SERVICE_TYPES = Object.keys(domainId.serviceType) as ServiceType[];
const PAGE_SIZE = 12;

/**
 * The public catalogue of active applications: anyone may search it without signing in (the request carries no
 * token). Filters live in the address, so a search can be shared as a link.
 */
export default function PublicCataloguePage() {
  const { t } = useTranslation('catalogue');
  const { t: td } = useTranslation('domain');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const opd = params.get('opd') ?? '';
  const functionDomain = (params.get('functionDomain') ?? '') as FunctionDomain | '';
  const serviceType = (params.get('serviceType') ?? '') as ServiceType | '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  const list = useQuery({
    queryKey: ['public-applications', debounced, opd, functionDomain, serviceType, page],
    queryFn: async () =>
      must(
        await appRegistry.GET('/api/v1/public/applications', {
          params: {
            query: {
              q: debounced || undefined,
              opd: opd || undefined,
              functionDomain: functionDomain || undefined,
              serviceType: serviceType || undefined,
              page,
              size: PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack maw={1200} mx="auto" w="100%">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card withBorder padding="md" component="form" role="search" aria-label={t('search')} onSubmit={(e: React.FormEvent) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            label={t('search')}
            placeholder={t('searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              set('q', e.currentTarget.value.trim());
            }}
            maxLength={200}
          />
          <TextInput label={t('opd')} placeholder={t('opdHint')} value={opd} onChange={(e) => set('opd', e.currentTarget.value.toUpperCase().trim())} maxLength={30} />
          <NativeSelect
            label={t('functionDomain')}
            data={[{ value: '', label: t('any') }, ...FUNCTION_DOMAINS.map((d) => ({ value: d, label: td(`functionDomain.${d}`) }))]}
            value={functionDomain}
            onChange={(e) => set('functionDomain', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('serviceType')}
            data={[{ value: '', label: t('any') }, ...SERVICE_TYPES.map((s) => ({ value: s, label: td(`serviceType.${s}`) }))]}
            value={serviceType}
            onChange={(e) => set('serviceType', e.currentTarget.value)}
          />
        </SimpleGrid>
      </Card>
      <ProblemAlert error={list.error} />
      <section aria-label={t('results')} aria-busy={list.isFetching}>
        {list.isPending ? (
          <Loading />
        ) : list.data && list.data.items.length === 0 ? (
          <Text role="status">{t('empty')}</Text>
        ) : list.data ? (
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {list.data.items.map((app) => (
                <AppCard key={app.id} app={app} />
              ))}
            </SimpleGrid>
            <PageControls
              pageOf={list.data}
              onChange={(p) => set('page', p ? String(p) : '')}
              label={t('pages')}
            />
          </Stack>
        ) : null}
      </section>
    </Stack>
  );
}

function AppCard({ app }: { app: AppRegistrySchemas['PublicApplication'] }) {
  const { t } = useTranslation('catalogue');
  const { t: td } = useTranslation('domain');
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`app-${app.id}`}>
      <Stack gap={6} h="100%">
        <Title order={2} size="h4" id={`app-${app.id}`}>
          <Anchor component={Link} to={`/katalog/${encodeURIComponent(app.id)}`} inherit>
            {app.name}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {t('owner')}: {app.ownerOpdName ?? app.ownerOpd}
        </Text>
        <Text size="sm" lineClamp={3} lang="id">
          {app.description || t('noDescription')}
        </Text>
        <Group gap={4} mt="auto" wrap="wrap">
          {app.serviceType && (
            <Badge variant="light" size="sm">
              {td(`serviceType.${app.serviceType}`)}
            </Badge>
          )}
          {app.functionDomains.slice(0, 3).map((d) => (
            <Badge key={d.code} variant="outline" size="sm">
              {td(`functionDomain.${d.code}`, { defaultValue: d.label })}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
