import { Alert, Anchor, Button, CloseButton, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { downloadFile } from '../../ui/downloadFile';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import './i18n';

type Job = AppRegistrySchemas['ImportJobResponse'];
type RowProblem = AppRegistrySchemas['RowProblem'];

/** How often a running job is asked for its progress. */
export const POLL_MS = 1000;

const running = (job: Job | undefined) => !job || job.status === 'QUEUED' || job.status === 'RUNNING';

/**
 * One import job, followed live: polled while queued or running, its progress announced politely, then the refused
 * rows (with the rule each broke) and the CSV of those rows to fix and upload again.
 */
export function ImportJobPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('imports');
  const { t: td } = useTranslation('domain');
  const job = useQuery({
    queryKey: ['application-imports', id],
    queryFn: async () => must(await appRegistry.GET('/api/v1/application-imports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (running(query.state.data) && !query.state.error ? POLL_MS : false),
  });
  // When the job finishes, the history's row for it is stale.
  const queryClient = useQueryClient();
  const finished = job.data && !running(job.data);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['application-imports', 'history'] });
  }, [finished, queryClient]);
  const errorsCsv = useMutation({
    mutationFn: () => downloadFile(`/api/v1/application-imports/${encodeURIComponent(id)}/errors.csv`, `impor-${id}-galat.csv`),
  });

  const data = job.data;
  const percent = data && data.totalRows > 0 ? Math.round((100 * data.processedRows) / data.totalRows) : data && !running(data) ? 100 : 0;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-job-title" data-testid="import-job">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="import-job-title">
            {t('job.title', { file: data?.fileName ?? t('job.untitled') })}
          </Title>
          <CloseButton aria-label={t('job.close')} onClick={onClose} />
        </Group>
        <ProblemAlert error={job.error} onReload={() => void job.refetch()} />
        {job.isPending ? (
          <Loading />
        ) : data ? (
          <>
            <Progress
              value={percent}
              size="lg"
              striped={running(data)}
              animated={running(data)}
              color={data.status === 'FAILED' ? 'red' : data.errorCount > 0 ? 'yellow' : 'blue'}
              aria-label={t('job.progress')}
            />
            <Text size="sm" aria-live="polite" role="status" data-testid="import-progress">
              {data.status === 'QUEUED' && data.totalRows === 0
                ? t('job.queued')
                : t('job.progressText', {
                    status: td(`importStatus.${data.status}`),
                    processed: data.processedRows,
                    total: data.totalRows,
                    imported: data.importedCount,
                    failed: data.errorCount,
                    warnings: data.warningCount,
                  })}
            </Text>
            {data.status === 'FAILED' && data.failureReason && (
              <Alert color="red" role="alert">
                {t('job.failedReason', { reason: data.failureReason })}
              </Alert>
            )}
            {data.status === 'COMPLETED' && data.importedCount > 0 && (
              <Text size="sm">
                {t('job.imported', { count: data.importedCount })}{' '}
                <Anchor component={Link} to="/aplikasi">
                  {t('job.showImported')}
                </Anchor>
              </Text>
            )}
            {!running(data) &&
              (data.errors.length > 0 ? (
                <Stack gap="xs">
                  <Group justify="space-between" wrap="wrap">
                    <Title order={3} size="h5">
                      {t('job.errors')}
                    </Title>
                    <Button
                      variant="light"
                      size="xs"
                      leftSection={<IconDownload size={14} aria-hidden />}
                      loading={errorsCsv.isPending}
                      onClick={() => errorsCsv.mutate()}
                    >
                      {t('job.downloadErrors')}
                    </Button>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('job.downloadHint')}
                  </Text>
                  <ProblemAlert error={errorsCsv.error} />
                  <ProblemTable problems={data.errors} caption={t('job.errorsCaption')} testId="import-errors" />
                </Stack>
              ) : (
                <Text size="sm">{t('job.noErrors')}</Text>
              ))}
            {!running(data) && data.warnings.length > 0 && (
              <Stack gap="xs">
                <Title order={3} size="h5">
                  {t('job.warnings')}
                </Title>
                <ProblemTable problems={data.warnings} caption={t('job.warningsCaption')} testId="import-warnings" />
              </Stack>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function ProblemTable({ problems, caption, testId }: { problems: RowProblem[]; caption: string; testId: string }) {
  const { t } = useTranslation('imports');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4} fz="sm" data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('job.row')}</Table.Th>
            <Table.Th>{t('job.line')}</Table.Th>
            <Table.Th>{t('job.column')}</Table.Th>
            <Table.Th>{t('job.message')}</Table.Th>
            <Table.Th>{t('job.obligation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.row}-${p.column ?? ''}-${i}`}>
              <Table.Td>{p.row}</Table.Td>
              <Table.Td>{p.line}</Table.Td>
              <Table.Td>{p.column ?? '—'}</Table.Td>
              <Table.Td lang="id">{p.message}</Table.Td>
              <Table.Td>{p.obligation ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
