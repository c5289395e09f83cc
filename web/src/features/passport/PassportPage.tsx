import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconFileText, IconPrinter } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { downloadFile } from '../applications/detail/download';
import { useApplication } from '../applications/detail/queries';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatDateTime } from '../../ui/format';
import { ScreenPending } from '../../ui/ScreenPending';
import { PASSPORT_SECTIONS, SectionFrame } from './sections';
import './i18n';
import './passport.css';

/**
 * /aplikasi/:id/paspor — the first page of an application passport: one application's registry facts, documents,
 * subdomains, integrations and audit plan, printable; later services fill in their own sections.
 */
export default function PassportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('passport');
  const application = useApplication(id);
  const pdf = useMutation({
    mutationFn: () => downloadFile(`/api/v1/applications/${encodeURIComponent(id)}/passport.pdf`, `paspor-${id}.pdf`),
  });

  if (application.isPending || application.error) return <ScreenPending title={t('title')} query={application} />;
  const app = application.data;
  return (
    <Stack gap="sm">
      <PageHeader
        title={`${t('title')}: ${app.name}`}
        subtitle={t('subtitle')}
        actions={
          <Group gap="xs" className="passport-no-print">
            <Button
              component={Link}
              to={`/aplikasi/${encodeURIComponent(app.id)}`}
              variant="subtle"
              size="xs"
              leftSection={<IconArrowLeft size={14} aria-hidden />}
            >
              {t('back')}
            </Button>
            <Button variant="default" size="xs" leftSection={<IconPrinter size={14} aria-hidden />} onClick={() => window.print()}>
              {t('print')}
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconFileText size={14} aria-hidden />}
              loading={pdf.isPending}
              onClick={() => pdf.mutate()}
            >
              {t('pdf')}
            </Button>
          </Group>
        }
      />
      <ProblemAlert error={pdf.error} />
      {PASSPORT_SECTIONS.map(({ key, title, Component }) => (
        <SectionFrame key={key} title={t(title)}>
          <Component app={app} />
        </SectionFrame>
      ))}
      <Text size="xs" c="dimmed">
        {t('printedAt', { at: formatDateTime(new Date().toISOString()) })}
      </Text>
    </Stack>
  );
}
