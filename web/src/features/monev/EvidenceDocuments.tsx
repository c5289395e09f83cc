import { Badge, Button, Checkbox, FileInput, Group, Progress, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must, type MonevSchemas } from '../../api/client';
import { uploadWithProgress } from '../../api/upload';
import { downloadFile } from '../../ui/downloadFile';
import { formatBytes, formatDate, formatDateTime } from '../../ui/format';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { QueryList } from '../../ui/QueryList';
import { evaluationKeys } from './queries';
import './documentsI18n';

export type EvidenceDocument = MonevSchemas['EvidenceDocumentResponse'];
type Uploaded = MonevSchemas['EvidenceDocumentUploadResponse'];

/** The service's limits (spbe.documents.max-size 20 MB per upload, all files together; 10 files): checked here first. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 10;
export const ACCEPT =
  '.pdf,.odt,.docx,.txt,.ods,.xlsx,.csv,.odp,.pptx,.png,.jpg,.jpeg,application/pdf,text/plain,text/csv,image/png,image/jpeg';

export const documentsKey = (evaluationId: string, no: string) => [...evaluationKeys.all(evaluationId), 'documents', no] as const;

function documentsPath(evaluationId: string, no: string) {
  return `/api/v1/evaluations/${encodeURIComponent(evaluationId)}/indicators/${encodeURIComponent(no)}/evidence-documents`;
}

/** A proposal's evidence is uploaded documents (by id) and links to published pages (https://). */
export function isLink(evidence: string): boolean {
  return evidence.startsWith('https://');
}

/**
 * The evidence documents of one indicator (M1): the list with title, file, size, SHA-256, validity with a
 * "kedaluwarsa" badge when it ended before the assessment date, who uploaded it and when, and a download for every
 * reader. With `selection` each row has a checkbox choosing it for the proposal; with `canUpload` the unit uploads
 * files (with progress) that are then selected.
 */
export function EvidenceDocuments({
  evaluationId,
  no,
  canUpload,
  selection,
}: {
  evaluationId: string;
  no: string;
  canUpload: boolean;
  selection?: { selected: string[]; onChange: (ids: string[]) => void };
}) {
  const { t } = useTranslation('monevDocs');
  const list = useQuery({
    queryKey: documentsKey(evaluationId, no),
    queryFn: async () =>
      must(
        await monev.GET('/api/v1/evaluations/{id}/indicators/{no}/evidence-documents', {
          params: { path: { id: evaluationId, no }, query: { size: 200 } },
        }),
      ),
  });
  const download = useMutation({
    mutationFn: (d: EvidenceDocument) => downloadFile(`${documentsPath(evaluationId, no)}/${encodeURIComponent(d.id)}`, d.filename),
  });
  const toggle = (id: string, on: boolean) => {
    if (!selection) return;
    selection.onChange(on ? [...selection.selected.filter((s) => s !== id), id] : selection.selected.filter((s) => s !== id));
  };

  return (
    <Stack gap="xs" component="section" aria-label={t('heading', { no })}>
      <Title order={3} size="h5">
        {t('heading', { no })}
      </Title>
      <ProblemAlert error={download.error} />
      <QueryList query={list} empty={t('empty')}>
        {(data) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t('caption', { no })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {selection && <Table.Th scope="col">{t('columns.pick')}</Table.Th>}
                  <Table.Th scope="col">{t('columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('columns.file')}</Table.Th>
                  <Table.Th scope="col">{t('columns.validUntil')}</Table.Th>
                  <Table.Th scope="col">{t('columns.uploaded')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('columns.action')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((d) => (
                  <Table.Tr key={d.id} data-document={d.id}>
                    {selection && (
                      <Table.Td>
                        <Checkbox
                          aria-label={t('pick', { title: d.title })}
                          checked={selection.selected.includes(d.id)}
                          onChange={(e) => toggle(d.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {d.title}
                      </Text>
                      {!selection && d.usedInProposal && (
                        <Text size="xs" c="dimmed">
                          {t('used')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm">
                        {d.filename} ({formatBytes(d.sizeBytes)})
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace" title={d.sha256}>
                        {t('sha256', { sha: `${d.sha256.slice(0, 16)}…` })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{d.validUntil ? formatDate(d.validUntil) : t('noEnd')}</Text>
                        {d.expired && (
                          <Badge color="red" variant="filled" size="sm" title={t('expiredHint', { date: formatDate(d.evidenceAsOf) })}>
                            {t('expired')}
                          </Badge>
                        )}
                      </Group>
                      {d.expired && (
                        <Text size="xs" c="red.8">
                          {t('expiredHint', { date: formatDate(d.evidenceAsOf) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{t('by', { who: d.uploadedBy, when: formatDateTime(d.uploadedAt) })}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconDownload size={14} aria-hidden />}
                        loading={download.isPending && download.variables?.id === d.id}
                        onClick={() => download.mutate(d)}
                        aria-label={t('download', { name: d.filename })}
                      >
                        {t('download', { name: '' }).trim()}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryList>
      {canUpload && (
        <UploadForm
          evaluationId={evaluationId}
          no={no}
          onUploaded={(ids) => selection?.onChange([...selection.selected.filter((s) => !ids.includes(s)), ...ids])}
        />
      )}
    </Stack>
  );
}

/** Files, a title and an optional validity end; uploaded with progress (POST …/evidence-documents, multipart). */
function UploadForm({ evaluationId, no, onUploaded }: { evaluationId: string; no: string; onUploaded: (ids: string[]) => void }) {
  const { t } = useTranslation('monevDocs');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [title, setTitle] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [percent, setPercent] = useState<number>();
  const [local, setLocal] = useState<{ files?: string; title?: string }>({});
  const [done, setDone] = useState('');
  const upload = useMutation({
    mutationFn: () => {
      const body = new FormData();
      files.forEach((f) => body.append('file', f));
      body.append('title', title.trim());
      if (validUntil) body.append('validUntil', validUntil);
      setPercent(0);
      return uploadWithProgress<Uploaded>(documentsPath(evaluationId, no), body, setPercent);
    },
    onSuccess: async (result) => {
      const ids = result.documents.map((d) => d.id);
      setDone(t('upload.done', { count: ids.length }));
      setFiles([]);
      setTitle('');
      setValidUntil('');
      setPercent(undefined);
      onUploaded(ids);
      await client.invalidateQueries({ queryKey: documentsKey(evaluationId, no) });
    },
    onError: () => setPercent(undefined),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const large = files.reduce((sum, f) => sum + f.size, 0) > MAX_UPLOAD_BYTES;
    const problems = {
      files:
        files.length === 0
          ? t('upload.noFile')
          : files.length > MAX_FILES
            ? t('upload.tooMany')
            : large
              ? t('upload.tooLarge')
              : undefined,
      title: title.trim() ? undefined : tc('field.required'),
    };
    setLocal(problems);
    setDone('');
    if (!problems.files && !problems.title) upload.mutate();
  };
  // A form of its own (not nested in the proposal's form): the button submits only the upload.
  return (
    <form onSubmit={submit} noValidate aria-label={t('upload.heading')}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('upload.heading')}
        </Title>
        <FileInput
          label={t('upload.files')}
          multiple
          clearable
          accept={ACCEPT}
          value={files}
          onChange={(value) => setFiles(value ?? [])}
          error={local.files ?? fieldError(upload.error, 'file')}
        />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('upload.title')}
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={local.title ?? fieldError(upload.error, 'title')}
            miw={200}
          />
          <TextInput
            type="date"
            label={t('upload.validUntil')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={fieldError(upload.error, 'validUntil')}
            miw={200}
          />
        </Group>
        <ProblemAlert error={upload.error} />
        <div aria-live="polite">
          {percent !== undefined && (
            <Stack gap={2}>
              <Text size="xs">{t('upload.progress', { percent })}</Text>
              <Progress value={percent} aria-label={t('upload.progress', { percent })} />
            </Stack>
          )}
          {done && (
            <Text size="sm" c="teal" role="status">
              {done}
            </Text>
          )}
        </div>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={upload.isPending}>
            {t('upload.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
