import { Card, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { must, servicedesk } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { PageHeader } from '../../../ui/PageHeader';
import { ArticleForm, type ArticleValues } from './ArticleForm';
import '../i18n';

/** /layanan/pengetahuan/baru — a new draft article (S7), for Tier 1, Tier 2 and Dinas; published from its page. */
export default function NewArticlePage() {
  const { t } = useTranslation('servicedesk');
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: async (body: ArticleValues) => must(await servicedesk.POST('/api/v1/knowledge-articles', { body })),
    onSuccess: (article) => {
      notifications.show({ color: 'green', message: t('knowledge.created') });
      navigate(`/layanan/pengetahuan/${article.id}`);
    },
  });
  return (
    <Stack maw={960}>
      <PageHeader title={t('knowledge.form.newTitle')} subtitle={t('knowledge.subtitle')} />
      <Card withBorder padding="md">
        <ArticleForm initial={{ title: '', body: '', category: 'APLIKASI' }} error={create.error} onSubmit={(v) => create.mutate(v)}>
          <FormButtons pending={create.isPending} onCancel={() => navigate('/layanan/pengetahuan')} />
        </ArticleForm>
      </Card>
    </Stack>
  );
}
