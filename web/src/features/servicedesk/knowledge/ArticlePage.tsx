import { Alert, Anchor, Badge, Button, Card, Grid, Group, Modal, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { must, servicedesk } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { ScreenPending } from '../../../ui/ScreenPending';
import { VerifiedHistory } from '../../../ui/VerifiedHistory';
import { shortId, type Article } from '../model';
import { ArticleForm, type ArticleValues } from './ArticleForm';
import { mayWriteArticles } from './articleAccess';
import '../i18n';

/** The article and the ETag of its stored version: every write sends it as If-Match (428 without, 412 if stale). */
function useArticle(id: string) {
  return useQuery({
    queryKey: ['servicedesk', 'article', id],
    queryFn: async () => {
      const result = await servicedesk.GET('/api/v1/knowledge-articles/{id}', { params: { path: { id } } });
      return { value: must(result), etag: result.response.headers.get('ETag') ?? undefined };
    },
  });
}

/**
 * /layanan/pengetahuan/:id — one article (S7): its current text, every earlier version, and for the desk and Dinas
 * edit (a published article's edit is a new published version), publish and archive, each with If-Match.
 */
export default function ArticlePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const client = useQueryClient();
  const query = useArticle(id);
  const [shown, setShown] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'publish' | 'archive' | null>(null);
  const [done, setDone] = useState<string>();
  const writer = mayWriteArticles(caller);
  const versions = useQuery({
    queryKey: ['servicedesk', 'article', id, 'versions'],
    enabled: query.isSuccess,
    queryFn: async () => must(await servicedesk.GET('/api/v1/knowledge-articles/{id}/versions', { params: { path: { id } } })),
  });
  const history = useQuery({
    queryKey: ['servicedesk', 'article', id, 'history'],
    enabled: query.isSuccess,
    queryFn: async () => must(await servicedesk.GET('/api/v1/knowledge-articles/{id}/history', { params: { path: { id } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['servicedesk', 'article', id] });
  const edit = useMutation({
    mutationFn: async (body: ArticleValues) =>
      must(await servicedesk.PUT('/api/v1/knowledge-articles/{id}', { params: { path: { id }, header: { 'If-Match': query.data?.etag } }, body })),
    onSuccess: async () => {
      await refresh();
      setDialog(null);
      setShown(null);
      setDone(t('knowledge.saved'));
    },
  });

  if (query.isPending || query.error) return <ScreenPending title={t('knowledge.title')} query={query} />;
  const { value: article, etag } = query.data;
  const old = shown != null && shown !== article.version ? versions.data?.find((v) => v.number === shown) : undefined;
  const view = old ?? article;
  const live = article.status !== 'ARCHIVED';

  return (
    <Stack gap="md">
      <PageHeader
        title={article.title}
        subtitle={t('knowledge.meta', {
          category: t(`enum.category.${article.category}`),
          by: article.createdBy,
          opd: article.authorOpd ?? '—',
          at: formatDateTime(article.updatedAt),
        })}
        actions={
          writer &&
          live && (
            <>
              <Button variant="default" onClick={() => setDialog('edit')}>
                {t('knowledge.edit')}
              </Button>
              {article.status === 'DRAFT' && <Button onClick={() => setDialog('publish')}>{t('knowledge.publish')}</Button>}
              {article.status === 'PUBLISHED' && (
                <Button variant="light" color="gray" onClick={() => setDialog('archive')}>
                  {t('knowledge.archive')}
                </Button>
              )}
            </>
          )
        }
      />
      <Group gap="xs">
        <Badge variant="light" color={article.status === 'PUBLISHED' ? 'teal' : article.status === 'DRAFT' ? 'blue' : 'gray'}>
          {t(`enum.articleStatus.${article.status}`)}
        </Badge>
        <Text size="sm">{t('knowledge.versionOf', { n: article.version, total: article.versions })}</Text>
        {article.sourceTicketId && (
          <Anchor component={Link} to={`/layanan/tiket/${article.sourceTicketId}`} size="sm">
            {t('knowledge.fromTicket', { ref: shortId(article.sourceTicketId) })}
          </Anchor>
        )}
        <Text size="sm" c="teal" role="status" aria-live="polite">
          {done}
        </Text>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding="md" component="article" aria-label={view.title}>
            {old && (
              <Alert color="yellow" mb="sm" role="status">
                {t('knowledge.viewingOld', { n: old.number })}{' '}
                <Anchor component="button" type="button" onClick={() => setShown(null)}>
                  {t('knowledge.backToCurrent')}
                </Anchor>
              </Alert>
            )}
            {old && (
              <Title order={2} size="h4" mb="xs">
                {old.title}
              </Title>
            )}
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lang="id">
              {view.body}
            </Text>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="md" component="section">
            <Title order={2} size="h4" mb="xs">
              {t('knowledge.versions')}
            </Title>
            {versions.isPending ? (
              <Loading />
            ) : (
              <Stack component="ol" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('knowledge.versionsLabel')}>
                {[...(versions.data ?? [])].reverse().map((v) => {
                  const current = v.number === article.version;
                  const selected = (shown ?? article.version) === v.number;
                  return (
                    <li key={v.number}>
                      <UnstyledButton
                        onClick={() => setShown(current ? null : v.number)}
                        aria-pressed={selected}
                        aria-label={t('knowledge.showVersion', { n: v.number })}
                        w="100%"
                        p={4}
                        style={{ borderRadius: 4, background: selected ? 'var(--mantine-color-blue-light)' : undefined }}
                      >
                        <Text size="sm" fw={selected ? 700 : 400}>
                          {t('knowledge.version', { n: v.number })}
                          {current ? ` (${t('knowledge.current')})` : ''}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {v.editedBy} · {formatDateTime(v.publishedAt ?? v.editedAt)}
                        </Text>
                      </UnstyledButton>
                    </li>
                  );
                })}
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      {writer && (
        <Card withBorder padding="md" component="section">
          <Title order={2} size="h4" mb="xs">
            {t('knowledge.history')}
          </Title>
          {history.isPending ? (
            <Loading />
          ) : history.data ? (
            <VerifiedHistory history={history.data} />
          ) : (
            <ProblemAlert error={history.error} onReload={() => void history.refetch()} />
          )}
        </Card>
      )}

      {dialog === 'edit' && (
        <Modal opened onClose={() => setDialog(null)} title={t('knowledge.form.editTitle')} size="xl">
          {article.status === 'PUBLISHED' && (
            <Text size="sm" mb="sm">
              {t('knowledge.editPublishedHint')}
            </Text>
          )}
          <ArticleForm
            initial={{ title: article.title, body: article.body, category: article.category }}
            error={edit.error}
            onSubmit={(v) => edit.mutate(v)}
            onReload={() => {
              void refresh();
              setDialog(null);
            }}
          >
            <FormButtons pending={edit.isPending} onCancel={() => setDialog(null)} />
          </ArticleForm>
        </Modal>
      )}
      {(dialog === 'publish' || dialog === 'archive') && (
        <ReasonStepModal<Article>
          title={t(`knowledge.${dialog}`)}
          explanation={t(dialog === 'publish' ? 'knowledge.publishExplain' : 'knowledge.archiveExplain')}
          reasonLabel=""
          needsReason={false}
          confirmLabel={t(`knowledge.${dialog}`)}
          confirmColor={dialog === 'publish' ? 'blue' : 'gray'}
          send={async () =>
            dialog === 'publish'
              ? must(await servicedesk.POST('/api/v1/knowledge-articles/{id}/publish', { params: { path: { id }, header: { 'If-Match': etag } } }))
              : must(await servicedesk.POST('/api/v1/knowledge-articles/{id}/archive', { params: { path: { id }, header: { 'If-Match': etag } } }))
          }
          refresh={refresh}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setDone(t('knowledge.saved'));
          }}
        />
      )}
    </Stack>
  );
}
