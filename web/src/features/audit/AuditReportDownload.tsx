import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCaller } from '../../auth/AuthSetup';
import { Role } from '../../auth/roles';
import { downloadFile } from '../../ui/downloadFile';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { isDinas, isOnTeam, type Audit } from './shared';
import './i18n';

/**
 * The engagement report as PDF (AU7), addressed by the server to the body the regulation profile names: a draft
 * (KONSEP) for the team, Dinas and coordinators while REPORTING, the final report for them and the audited OPD once
 * COMPLETED. The server decides; the button is only offered where it will answer. The audited OPD receives its copy:
 * the findings it owns, the others only counted (the hint says so).
 */
export function AuditReportDownload({ engagement }: { engagement: Audit }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const insider = isDinas(caller) || isOnTeam(caller, engagement) || !!caller?.roles.includes(Role.COORDINATOR);
  const offered = engagement.status === 'COMPLETED' || (engagement.status === 'REPORTING' && insider);
  const draft = engagement.status === 'REPORTING';
  const download = useMutation({
    mutationFn: () =>
      downloadFile(`/api/v1/audits/${encodeURIComponent(engagement.id)}/report.pdf`, `laporan-audit-${engagement.id}.pdf`),
  });
  if (!offered) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Button
          size="sm"
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={download.isPending}
          onClick={() => download.mutate()}
        >
          {draft ? t('report.downloadDraft') : t('report.download')}
        </Button>
        <Text size="xs" c="dimmed">
          {draft ? t('report.draftHint') : insider ? t('report.hint') : t('report.opdCopyHint')}
        </Text>
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {download.isSuccess ? t('report.downloaded') : ''}
      </Text>
      <ProblemAlert error={download.error} />
    </Stack>
  );
}
