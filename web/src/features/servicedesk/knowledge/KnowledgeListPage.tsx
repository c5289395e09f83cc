import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { must, servicedesk, type ServicedeskPaths } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { useListParams } from '../../../ui/useListParams';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { CATEGORIES } from '../model';
import { mayWriteArticles } from './articleAccess';
import '../i18n';

type ListQuery = NonNullable<ServicedeskPaths['/api/v1/knowledge-articles']['get']['parameters']['query']>;
const STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
const PAGE_SIZE = 20;

/**
 * /layanan/pengetahuan — the knowledge base (S7): searched in Bahasa Indonesia by the service (stop words out,
 * stemmed; results by relevance), filtered by category and, for the desk and Dinas, by status (drafts, archived).
 */
export default function KnowledgeListPage() {
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const writer = mayWriteArticles(caller);
  const [params, update] = useListParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);
  const status = writer ? ((params.get('status') || undefined) as ListQuery['status']) : undefined;
  const category = (params.get('category') || undefined) as ListQuery['category'];
  const query: ListQuery = { ...(q ? { q } : { sort: ['updatedAt,desc'] }), status, category, page, size: PAGE_SIZE };
  const list = useQuery({
    queryKey: ['servicedesk', 'articles', query],
    queryFn: async () => must(await servicedesk.GET('/api/v1/knowledge-articles', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  };
  const data = list.data;
  const filtered = !!(q || status || category);

  return (
    <Stack>
      <PageHeader
        title={t('knowledge.title')}
        subtitle={t('knowledge.subtitle')}
        actions={
          writer && (
            <Button component={Link} to="/layanan/pengetahuan/baru" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('knowledge.new')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" component="section" aria-label={t('knowledge.search')}>
        <Stack gap="sm">
          <form onSubmit={search} role="search">
            <Group align="flex-end" wrap="wrap" gap="xs">
              <TextInput
                label={t('knowledge.search')}
                placeholder={t('knowledge.searchPlaceholder')}
                value={text}
                maxLength={200}
                onChange={(e) => setText(e.currentTarget.value)}
                style={{ flex: '1 1 16rem' }}
              />
              <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
                {t('knowledge.searchButton')}
              </Button>
            </Group>
          </form>
          <Group wrap="wrap" align="flex-end">
            <NativeSelect
              label={t('knowledge.category')}
              data={[{ value: '', label: t('knowledge.all') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`enum.category.${c}`) }))]}
              value={category ?? ''}
              onChange={(e) => update({ category: e.currentTarget.value || undefined })}
              w={220}
            />
            {writer && (
              <NativeSelect
                label={t('knowledge.status')}
                data={[{ value: '', label: t('knowledge.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`enum.articleStatus.${s}`) }))]}
                value={status ?? ''}
                onChange={(e) => update({ status: e.currentTarget.value || undefined })}
                w={200}
              />
            )}
          </Group>
        </Stack>
      </Paper>
      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      {list.isPending ? (
        <Loading />
      ) : data ? (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite">
            {t('knowledge.count', { total: data.totalItems })}
            {q ? ` · ${t('knowledge.relevance')}` : ''}
          </Text>
          {data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center" role="status">
              {filtered ? t('knowledge.empty') : t('knowledge.emptyAll')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('knowledge.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {(['title', 'category', 'status', 'version', 'updated'] as const).map((c) => (
                      <Table.Th key={c} scope="col">
                        {t(`knowledge.columns.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td maw={420}>
                        <Anchor component={Link} to={`/layanan/pengetahuan/${a.id}`} fw={500}>
                          {a.title}
                        </Anchor>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {a.body}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`enum.category.${a.category}`)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={a.status === 'PUBLISHED' ? 'teal' : a.status === 'DRAFT' ? 'blue' : 'gray'}>
                          {t(`enum.articleStatus.${a.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{t('knowledge.version', { n: a.version })}</Table.Td>
                      <Table.Td>{formatDateTime(a.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PageControls
            pageOf={data}
            onChange={(p) => update({ page: p > 0 ? String(p + 1) : undefined }, true)}
            label={t('knowledge.pages')}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
