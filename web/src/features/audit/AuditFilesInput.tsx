import { FileInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';

/** The service's limits (spbe.documents.max-size 20 MB for the whole request, 10 files): checked here first. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 10;
export const ACCEPT =
  '.pdf,.odt,.docx,.txt,.ods,.xlsx,.csv,.odp,.pptx,.png,.jpg,.jpeg,application/pdf,text/plain,text/csv,image/png,image/jpeg';

/**
 * The file picker of every audit upload (evidence, remediation proof, working papers, assessment reports): several
 * files of the types the service accepts.
 */
export function AuditFilesInput({
  label,
  description,
  value,
  onChange,
  error,
  style,
}: {
  label: ReactNode;
  description: ReactNode;
  value: File[];
  onChange: (files: File[]) => void;
  error?: ReactNode;
  style?: CSSProperties;
}) {
  return (
    <FileInput
      label={label}
      description={description}
      multiple
      clearable
      accept={ACCEPT}
      value={value}
      onChange={onChange}
      leftSection={<IconPaperclip size={16} aria-hidden />}
      error={error}
      style={style}
    />
  );
}
