import { Button, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconDownload, IconFileText, IconId } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
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

/** Tab names as they appear in the URL (?tab=…), so a tab can be linked to. */
export const TABS = ['ringkasan', 'dokumen', 'subdomain', 'integrasi', 'riwayat'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, string> = {
  ringkasan: 'tabs.summary',
  dokumen: 'tabs.documents',
  subdomain: 'tabs.subdomains',
  integrasi: 'tabs.integrations',
  riwayat: 'tabs.history',
};

/** /aplikasi/:id — one application: its facts and decisions, documents, subdomains, integrations and history. */
export default function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('appDetail');
  const { t: td } = useTranslation('domain');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'ringkasan';
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
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('tab', value ?? 'ringkasan');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')} style={{ flexWrap: 'wrap' }}>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(LABEL[name])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="ringkasan" pt="md">
          <SummaryTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="dokumen" pt="md">
          <DocumentsTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="subdomain" pt="md">
          <SubdomainTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="integrasi" pt="md">
          <IntegrationsTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="riwayat" pt="md">
          <HistoryTab applicationId={app.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
