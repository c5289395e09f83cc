import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileText, IconId } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LinkedTabs } from '../../../ui/LinkedTabs';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ScreenPending } from '../../../ui/ScreenPending';
import { DocumentsTab } from './DocumentsTab';
import { downloadFile } from './download';
import { HistoryTab } from './HistoryTab';
import { IntegrationsTab } from './IntegrationsTab';
import { useApplication } from './queries';
import { StatusBadge, SummaryTab } from './SummaryTab';
import { SubdomainTab } from './SubdomainTab';
import { WorkflowActions } from './WorkflowActions';
import './i18n';

/** /aplikasi/:id — one application: its facts and decisions, documents, subdomains, integrations and history. */
export default function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('appDetail');
  const { t: td } = useTranslation('domain');
  const application = useApplication(id);
  const exportFile = useMutation({
    mutationFn: ({ path, name }: { path: string; name: string }) => downloadFile(path, name),
  });

  if (application.isPending || application.error) return <ScreenPending title={t('title')} query={application} />;
  const app = application.data;
  const base = `/api/v1/applications/${encodeURIComponent(app.id)}`;

  return (
    <Stack gap="md">
      <PageHeader
        title={app.name}
        subtitle={[td(`applicationStatus.${app.status}`), app.ownerOpd, app.stage && td(`stage.${app.stage}`)]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
              loading={exportFile.isPending && exportFile.variables?.name.endsWith('.yml')}
              onClick={() => exportFile.mutate({ path: `${base}/publiccode.yml`, name: 'publiccode.yml' })}
            >
              {t('export.publiccode')}
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconFileText size={14} aria-hidden />}
              loading={exportFile.isPending && exportFile.variables?.name.endsWith('.pdf')}
              onClick={() => exportFile.mutate({ path: `${base}/passport.pdf`, name: `paspor-${app.id}.pdf` })}
            >
              {t('export.passportPdf')}
            </Button>
            <Button
              component={Link}
              to={`/aplikasi/${encodeURIComponent(app.id)}/paspor`}
              variant="light"
              size="xs"
              leftSection={<IconId size={14} aria-hidden />}
            >
              {t('export.passportPage')}
            </Button>
          </>
        }
      />
      <ProblemAlert error={exportFile.error} />
      <Card withBorder padding="sm">
        <Group gap="xs" mb={6}>
          <Text size="sm" fw={600}>
            {t('workflow.label')}
          </Text>
          <StatusBadge status={app.status} />
        </Group>
        <WorkflowActions app={app} />
      </Card>
      <LinkedTabs
        label={t('tabs.label')}
        tabs={[
          { value: 'ringkasan', label: t('tabs.summary'), panel: <SummaryTab app={app} /> },
          { value: 'dokumen', label: t('tabs.documents'), panel: <DocumentsTab app={app} /> },
          { value: 'subdomain', label: t('tabs.subdomains'), panel: <SubdomainTab app={app} /> },
          { value: 'integrasi', label: t('tabs.integrations'), panel: <IntegrationsTab app={app} /> },
          { value: 'riwayat', label: t('tabs.history'), panel: <HistoryTab applicationId={app.id} /> },
        ]}
      />
    </Stack>
  );
}
