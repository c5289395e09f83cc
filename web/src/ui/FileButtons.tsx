import { Button, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { formatBytes } from './format';

export type StoredFile = { documentId: string; filename: string; sizeBytes: number };

/** A stack of download buttons, one per stored file ("name (size)"), the one being fetched shown as loading. */
export function FileButtons<F extends StoredFile>({
  files,
  loadingId,
  onDownload,
  label,
}: {
  files: readonly F[];
  loadingId?: string;
  onDownload: (file: F) => void;
  /** the button's accessible name for a file name, e.g. "Unduh bukti x.pdf" */
  label: (filename: string) => string;
}) {
  return (
    <Stack gap={2}>
      {files.map((f) => (
        <Button
          key={f.documentId}
          size="compact-xs"
          variant="subtle"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={loadingId === f.documentId}
          onClick={() => onDownload(f)}
          aria-label={label(f.filename)}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
        >
          {f.filename} ({formatBytes(f.sizeBytes)})
        </Button>
      ))}
    </Stack>
  );
}
