import { Button, FileInput, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadWithProgress } from '../../../api/upload';
import { formatNumber } from '../../../ui/format';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { downloadFile } from '../../../ui/downloadFile';
import { reloadOnStale, seen } from '../shared';
import type { Consent } from './shared';
import './i18n';

type Letter = NonNullable<Consent['letter']>;

/** The stored letter of a consent: download button, signature verdict in words and the full SHA-256. */
export function LetterCell({ consent }: { consent: Consent }) {
  const { t } = useTranslation('datacenterCustody');
  const [error, setError] = useState<unknown>();
  const letter = consent.letter;
  if (!letter) return <Text size="xs" c="dimmed">{t('letter.none')}</Text>;
  const name = consent.letterNumber ?? letter.filename;
  return (
    <Stack gap={2}>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconDownload size={14} aria-hidden />}
        aria-label={t('letter.downloadFor', { name })}
        onClick={() => {
          setError(undefined);
          downloadFile(`/api/v1/custody-consents/${encodeURIComponent(consent.id)}/letter`, letter.filename).catch(setError);
        }}
      >
        {t('letter.download')}
      </Button>
      <Text size="xs">{t(`letter.signature.${letter.signatureStatus}`, { defaultValue: letter.signatureStatus, signer: letter.signer ?? '' })}</Text>
      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }} ff="monospace">
        SHA-256 {letter.sha256}
      </Text>
      {error !== undefined && <ProblemAlert error={error} />}
    </Stack>
  );
}

/**
 * The owner OPD's operator uploads the letter (one PDF, with progress) with the version the row showed as If-Match;
 * the server reads the type from the bytes (415), limits the size (413) and checks the signature (422 SEC3).
 */
export function LetterUploadModal({ consent, refresh, onClose, onDone }: { consent: Consent; refresh: () => Promise<unknown>; onClose: () => void; onDone: (letter: Letter) => void }) {
  const { t } = useTranslation('datacenterCustody');
  const { t: tc } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [progress, setProgress] = useState<number>();
  const mutation = useMutation({
    mutationFn: () => {
      const body = new FormData();
      body.append('file', file!, file!.name);
      setProgress(0);
      return reloadOnStale(
        () => uploadWithProgress<Consent>(`/api/v1/custody-consents/${encodeURIComponent(consent.id)}/letter`, body, setProgress, seen(consent.version)),
        refresh,
      );
    },
    onSettled: () => setProgress(undefined),
    onSuccess: async (updated) => {
      await refresh();
      onDone(updated.letter!);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!file);
    if (file) mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('letter.uploadFor', { name: consent.letterNumber ?? consent.id })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('letter.explain')}</Text>
          <FileInput
            label={t('letter.file')}
            description={t('letter.fileHint')}
            required
            clearable
            accept="application/pdf,.pdf"
            value={file}
            onChange={setFile}
            leftSection={<IconPaperclip size={16} aria-hidden />}
            error={missing ? tc('field.required') : fieldError(mutation.error, 'file')}
          />
          {file && <Text size="xs" c="dimmed">{t('letter.chosen', { name: file.name, size: formatNumber(file.size) })}</Text>}
          {progress !== undefined && <Progress value={progress} aria-label={t('letter.uploading', { percent: progress })} />}
          <Text size="sm" role="status" aria-live="polite">
            {progress !== undefined ? t('letter.uploading', { percent: progress }) : ''}
          </Text>
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('letter.upload')} />
        </Stack>
      </form>
    </Modal>
  );
}
