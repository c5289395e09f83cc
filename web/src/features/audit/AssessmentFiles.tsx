import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSchemas } from '../../api/client';
import { uploadWithProgress } from '../../api/upload';
import { useCaller } from '../../auth/AuthSetup';
import { downloadFile } from '../../ui/downloadFile';
import { FileButtons } from '../../ui/FileButtons';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { AuditFilesInput, MAX_FILES, MAX_UPLOAD_BYTES } from './AuditFilesInput';
import { isDinas } from './shared';
import './i18n';

type Assessment = AuditSchemas['AssessmentResponse'];
type AssessmentFile = Assessment['files'][number];

/**
 * The report files of a security assessment (AU8): whoever reads the assessment downloads them (the assessed OPD
 * included); Dinas attaches more while it is planned or completed (sniffed, size-limited and signature-checked by the
 * server, with progress).
 */
export function AssessmentFiles({ assessment, queryKey }: { assessment: Assessment; queryKey: readonly unknown[] }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const caller = useCaller();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const [done, setDone] = useState('');
  const base = `/api/v1/security-assessments/${encodeURIComponent(assessment.id)}/files`;
  const download = useMutation({
    mutationFn: (file: AssessmentFile) => downloadFile(`${base}/${encodeURIComponent(file.documentId)}`, file.filename),
  });
  const attach = useMutation({
    mutationFn: () => {
      const body = new FormData();
      files.forEach((f) => body.append('file', f, f.name));
      setProgress(0);
      return uploadWithProgress<Assessment>(base, body, setProgress);
    },
    onSuccess: async () => {
      setDone(t('assessments.filesAttached', { count: files.length }));
      setFiles([]);
      setProgress(undefined);
      await queryClient.invalidateQueries({ queryKey });
    },
    onError: () => setProgress(undefined),
  });
  const mayAttach = isDinas(caller) && assessment.status !== 'CANCELLED';

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    if (files.length === 0) return setMissing(tc('field.required'));
    if (files.length > MAX_FILES) return setMissing(t('assessments.tooManyFiles', { max: MAX_FILES }));
    if (files.some((f) => f.size > MAX_UPLOAD_BYTES)) return setMissing(t('assessments.fileTooLarge'));
    setMissing(undefined);
    attach.mutate();
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('assessments.filesTitle')}
      </Title>
      <ProblemAlert error={download.error} />
      {assessment.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('assessments.noFiles')}
        </Text>
      ) : (
        <FileButtons
          files={assessment.files}
          loadingId={download.isPending ? download.variables?.documentId : undefined}
          onDownload={(f) => download.mutate(f)}
          label={(name) => t('assessments.downloadFile', { name })}
        />
      )}
      {mayAttach && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <AuditFilesInput
              label={t('assessments.files')}
              description={t('assessments.filesHint')}
              value={files}
              onChange={setFiles}
              error={missing ?? fieldError(attach.error, 'file')}
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={attach.isPending}>
              {t('assessments.attach')}
            </Button>
          </Group>
          {progress !== undefined && <Progress mt="xs" value={progress} aria-label={t('evidence.uploading', { percent: progress })} />}
        </form>
      )}
      <ProblemAlert error={attach.error} />
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
    </Stack>
  );
}
