import { Anchor, Badge, Button, FileInput, Pagination, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { appRegistry, gatewayFetch, must, type AppRegistrySchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ImportJobPanel } from './ImportJobPanel';
import { PubliccodeImport } from './PubliccodeImport';
import './i18n';

type Job = AppRegistrySchemas['ImportJobResponse'];

const HISTORY_SIZE = 10;

/**
 * Bulk registration (A1): a CSV inventory becomes a background job, followed live until done, with the refused rows
 * to fix; earlier jobs stay listed; a single application may come from publiccode.yml. The job being followed is in
 * the URL (?job=), so a reload or a shared link shows it again.
 */
export default function ImportPage() {
  const { t } = useTranslation('imports');
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');

  function follow(id: string | undefined) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set('job', id);
      else next.delete('job');
      return next;
    });
  }

  return (
    <Stack>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {/* First, so that on a phone the followed job is in view right after the upload. */}
      {jobId && <ImportJobPanel key={jobId} id={jobId} onClose={() => follow(undefined)} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CsvImport onStarted={(job) => follow(job.id)} />
        <PubliccodeImport />
      </SimpleGrid>
      <ImportHistory current={jobId} onOpen={follow} />
    </Stack>
  );
}

function CsvImport({ onStarted }: { onStarted: (job: Job) => void }) {
  const { t } = useTranslation('imports');
  const caller = useCaller();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState('');
  const [missingFile, setMissingFile] = useState(false);

  const upload = useMutation({
    mutationFn: async () => {
      const body = new FormData();
      body.append('file', file!, file!.name);
      if (isDinas && mapping.trim()) body.append('opdMapping', mapping.trim());
      const response = await gatewayFetch('/api/v1/application-imports', { method: 'POST', body });
      return (await response.json()) as Job;
    },
    onSuccess: (job) => {
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: ['application-imports', 'history'] });
      onStarted(job);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissingFile(!file);
    if (file) upload.mutate();
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="csv-import-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="csv-import-title">
            {t('csv.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('csv.hint')}
          </Text>
          <ProblemAlert error={upload.error} />
          <FileInput
            label={t('csv.file')}
            placeholder={t('csv.filePlaceholder')}
            accept=".csv,text/csv"
            required
            clearable
            value={file}
            onChange={(value) => {
              setFile(value);
              setMissingFile(false);
            }}
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
            error={missingFile ? t('required') : undefined}
          />
          {isDinas && (
            <Textarea
              label={t('csv.opdMapping')}
              description={t('csv.opdMappingHint')}
              rows={3}
              value={mapping}
              onChange={(e) => setMapping(e.currentTarget.value)}
              maxLength={65_536}
            />
          )}
          <Button type="submit" w="fit-content" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
            {t('csv.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function ImportHistory({ current, onOpen }: { current: string | null; onOpen: (id: string) => void }) {
  const { t } = useTranslation('imports');
  const { t: td } = useTranslation('domain');
  const [page, setPage] = useState(1);
  const history = useQuery({
    queryKey: ['application-imports', 'history', page],
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/application-imports', { params: { query: { page: page - 1, size: HISTORY_SIZE } } })),
    placeholderData: keepPreviousData,
    // Jobs still running change their counts: the list follows them slowly.
    refetchInterval: (query) => (query.state.data?.items.some((j) => j.status === 'QUEUED' || j.status === 'RUNNING') ? 3000 : false),
  });
  const data = history.data;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-history-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-history-title">
          {t('history.title')}
        </Title>
        <ProblemAlert error={history.error} onReload={() => void history.refetch()} />
        {history.isPending ? (
          <Loading />
        ) : !data || data.items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('history.empty')}
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="xs" fz="sm">
                <Table.Caption>{t('history.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('history.createdAt')}</Table.Th>
                    <Table.Th>{t('history.file')}</Table.Th>
                    <Table.Th>{t('history.format')}</Table.Th>
                    <Table.Th>{t('history.status')}</Table.Th>
                    <Table.Th>{t('history.rows')}</Table.Th>
                    <Table.Th>{t('history.imported')}</Table.Th>
                    <Table.Th>{t('history.failed')}</Table.Th>
                    <Table.Th>{t('history.requestedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((job) => {
                    const name = job.fileName ?? job.id;
                    return (
                      <Table.Tr key={job.id} aria-current={job.id === current ? 'true' : undefined}>
                        <Table.Td>{formatDateTime(job.createdAt)}</Table.Td>
                        <Table.Td>
                          <Anchor component="button" type="button" onClick={() => onOpen(job.id)} aria-label={t('history.open', { file: name })} fz="sm">
                            {name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{t(`format.${job.format}`)}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={job.status === 'FAILED' ? 'red' : job.status === 'COMPLETED' ? 'green' : 'blue'}>
                            {td(`importStatus.${job.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {job.processedRows}/{job.totalRows}
                        </Table.Td>
                        <Table.Td>{job.importedCount}</Table.Td>
                        <Table.Td>{job.errorCount}</Table.Td>
                        <Table.Td>
                          {job.requestedBy}
                          {job.requesterOpd ? ` (${job.requesterOpd})` : ''}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.totalPages > 1 && (
              <nav aria-label={t('history.pagination')}>
                <Pagination total={data.totalPages} value={page} onChange={setPage} siblings={1} />
              </nav>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
