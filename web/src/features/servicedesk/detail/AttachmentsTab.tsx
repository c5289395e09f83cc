import { ActionIcon, Button, Card, FileInput, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gatewayFetch, type ServicedeskSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { downloadFile } from '../../../ui/downloadFile';
import { formatBytes, formatDateTime } from '../../../ui/format';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { mayContribute, type Ticket } from '../model';
import { useRefreshTicket } from '../queries';
import '../i18n';

/** The service's limit (spbe.documents.max-size, 20 MB): checked here first so nobody waits for a 413. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.png,.jpg,.jpeg,.pdf,.odt,.docx,.txt,.ods,.xlsx,.csv,image/png,image/jpeg,application/pdf,text/plain,text/csv';

/** Lampiran: files kept in the platform's document store, each with its SHA-256; upload as multipart `file`. */
export function AttachmentsTab({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const refresh = useRefreshTicket(ticket.id);
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [done, setDone] = useState<string>();
  const base = `/api/v1/tickets/${encodeURIComponent(ticket.id)}/attachments`;

  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const body = new FormData();
      body.append('file', chosen, chosen.name);
      const response = await gatewayFetch(base, { method: 'POST', body, headers: { Accept: 'application/json' } });
      return (await response.json()) as ServicedeskSchemas['AttachmentView'];
    },
    onSuccess: async (attachment) => {
      setFile(null);
      setDone(t('attachments.uploaded', { name: attachment.filename }));
      await refresh();
    },
  });
  const download = useMutation({
    mutationFn: async (a: ServicedeskSchemas['AttachmentView']) => downloadFile(`${base}/${encodeURIComponent(a.fileId)}`, a.filename),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    if (!file) return;
    const big = file.size > MAX_ATTACHMENT_BYTES;
    setTooLarge(big);
    if (!big) upload.mutate(file);
  };

  return (
    <Stack gap="md">
      {mayContribute(ticket, caller) && (
        <Card withBorder padding="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Group align="flex-end" wrap="wrap" gap="xs">
              <FileInput
                label={t('attachments.choose')}
                description={t('attachments.hint')}
                accept={ACCEPT}
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setTooLarge(!!f && f.size > MAX_ATTACHMENT_BYTES);
                  setDone(undefined);
                }}
                clearable
                leftSection={<IconPaperclip size={16} aria-hidden />}
                error={tooLarge ? t('attachments.tooLarge') : undefined}
                style={{ flex: '1 1 18rem' }}
              />
              <Button type="submit" disabled={!file || tooLarge} loading={upload.isPending} leftSection={<IconUpload size={16} aria-hidden />}>
                {t('attachments.upload')}
              </Button>
            </Group>
            <ProblemAlert error={upload.error} onReload={() => void refresh()} />
            <Text size="sm" c="teal" role="status" aria-live="polite">
              {done}
            </Text>
          </Stack>
        </Card>
      )}
      <ProblemAlert error={download.error} />
      {ticket.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('attachments.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('attachments.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.size')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.by')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.at')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.sha')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('attachments.file')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ticket.attachments.map((a) => (
                <Table.Tr key={a.fileId}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.filename}</Table.Td>
                  <Table.Td>{formatBytes(a.sizeBytes)}</Table.Td>
                  <Table.Td>{a.uploadedBy}</Table.Td>
                  <Table.Td>{formatDateTime(a.uploadedAt)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" title={a.sha256}>
                      {a.sha256.slice(0, 12)}…
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('attachments.download', { name: a.filename })}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('attachments.download', { name: a.filename })}
                        loading={download.isPending && download.variables?.fileId === a.fileId}
                        onClick={() => download.mutate(a)}
                      >
                        <IconDownload size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
