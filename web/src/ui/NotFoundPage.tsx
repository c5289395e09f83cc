import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('problem.title.404')} />
      <Text>{t('problem.hint.404')}</Text>
      <Button component={Link} to="/" w="fit-content">
        {t('nav.dashboard')}
      </Button>
    </Stack>
  );
}
