import { Button, Card, Group, Modal, NativeSelect, Progress, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, must, type AuditSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { uploadWithProgress } from '../../api/upload';
import { downloadFile } from '../../ui/downloadFile';
import { FormButtons } from '../../ui/FormButtons';
import { formatDateTime } from '../../ui/format';
import { PageControls } from '../../ui/PageControls';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { FileButtons } from '../../ui/FileButtons';
import { QueryList } from '../../ui/QueryList';
import { AuditFilesInput, MAX_FILES, MAX_UPLOAD_BYTES } from './AuditFilesInput';
import { ifMatch, isDinas, isOnTeam, isOpenAudit, withEtag, type Audit, type ScopeArea } from './shared';
import './i18n';

export type Workpaper = AuditSchemas['WorkpaperResponse'];
type WorkpaperFile = Workpaper['files'][number];

export const workpaperKey = (auditId: string) => ['audit-engagement', auditId, 'workpapers'] as const;

/** Whether the caller reads the audit's working papers: its team and Dinas (the audited OPD does not). */
export function readsWorkpapers(caller: ReturnType<typeof useCaller>, engagement: Audit): boolean {
  return isDinas(caller) || isOnTeam(caller, engagement);
}

/**
 * Working papers of an audit: the team records one per scope item (AU2) with notes and files, and revises them until
 * the audit is completed; Dinas reads them. The auditors' own record — the audited OPD does not see this tab.
 */
export function WorkpaperSection({ engagement }: { engagement: Audit }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<{ paper?: Workpaper } | null>(null);
  const [done, setDone] = useState('');
  const list = useQuery({
    queryKey: [...workpaperKey(engagement.id), page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audits/{auditId}/workpapers', {
          params: { path: { auditId: engagement.id }, query: { page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const live = isOpenAudit(engagement);
  const writer = live && isOnTeam(caller, engagement);
  const base = `/api/v1/audits/${encodeURIComponent(engagement.id)}/workpapers`;
  const download = useMutation({
    mutationFn: ({ paper, file }: { paper: Workpaper; file: WorkpaperFile }) =>
      downloadFile(`${base}/${encodeURIComponent(paper.id)}/files/${encodeURIComponent(file.documentId)}`, file.filename),
  });

  return (
    <Card withBorder padding="md" component="section">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {t('workpapers.title')}
        </Title>
        {writer && (
          <Button size="sm" onClick={() => { setDone(''); setOpen({}); }}>
            {t('workpapers.record')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {live ? t('workpapers.private') : t('workpapers.frozen')}
      </Text>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <ProblemAlert error={download.error} />
      <QueryList query={list} empty={t('workpapers.empty')}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped>
                <Table.Caption>{t('workpapers.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('workpapers.columns.title')}</Table.Th>
                    <Table.Th scope="col">{t('workpapers.columns.scope')}</Table.Th>
                    <Table.Th scope="col">{t('workpapers.columns.files')}</Table.Th>
                    <Table.Th scope="col">{t('workpapers.columns.author')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('planLink.action')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((w) => (
                    <Table.Tr key={w.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {w.title}
                        </Text>
                        {w.notes && (
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>
                            {w.notes}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`scope.${w.scopeArea}`)}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {w.files.length === 0 ? (
                          '—'
                        ) : (
                          <FileButtons
                            files={w.files}
                            loadingId={download.isPending ? download.variables?.file.documentId : undefined}
                            onDownload={(f) => download.mutate({ paper: w, file: f })}
                            label={(name) => t('workpapers.downloadFile', { name })}
                          />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t('workpapers.recordedBy', { by: w.recordedBy, at: formatDateTime(w.recordedAt) })}</Text>
                        {w.updatedAt !== w.recordedAt && (
                          <Text size="xs" c="dimmed">
                            {t('workpapers.updatedBy', { by: w.updatedBy, at: formatDateTime(w.updatedAt) })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {writer && (
                          <Button size="xs" variant="light" onClick={() => { setDone(''); setOpen({ paper: w }); }} aria-label={`${t('workpapers.edit')}: ${w.title}`}>
                            {t('workpapers.edit')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls pageOf={data} onChange={setPage} label={t('workpapers.pages')} />
          </>
        )}
      </QueryList>
      {open && (
        <WorkpaperModal
          engagement={engagement}
          paper={open.paper}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setDone(t('workpapers.done'));
          }}
        />
      )}
    </Card>
  );
}

/** Record or revise one working paper; files chosen are attached after it is saved (with the version it got). */
function WorkpaperModal({
  engagement,
  paper,
  onClose,
  onDone,
}: {
  engagement: Audit;
  paper?: Workpaper;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const auditId = engagement.id;
  const [title, setTitle] = useState(paper?.title ?? '');
  const [scopeArea, setScopeArea] = useState<ScopeArea | ''>(paper?.scopeArea ?? (engagement.scope.length === 1 ? engagement.scope[0] : ''));
  const [notes, setNotes] = useState(paper?.notes ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number>();
  const [missing, setMissing] = useState<Record<string, string>>({});
  // The version is read when the dialog opens, so revising a paper someone else changed answers 412.
  const current = useQuery({
    queryKey: ['audit-workpaper', auditId, paper?.id],
    enabled: !!paper,
    queryFn: async () =>
      withEtag(await audit.GET('/api/v1/audits/{auditId}/workpapers/{id}', { params: { path: { auditId, id: paper!.id } } })),
  });

  const mutation = useMutation({
    mutationFn: async () => {
      const body = { title: title.trim(), scopeArea: scopeArea as ScopeArea, ...(notes.trim() ? { notes: notes.trim() } : {}) };
      const saved = paper
        ? withEtag(
            await audit.PUT('/api/v1/audits/{auditId}/workpapers/{id}', {
              params: { path: { auditId, id: paper.id }, header: ifMatch(current.data?.etag) },
              body,
            }),
          )
        : withEtag(await audit.POST('/api/v1/audits/{auditId}/workpapers', { params: { path: { auditId } }, body }));
      if (files.length === 0) return saved.data;
      const form = new FormData();
      files.forEach((f) => form.append('file', f, f.name));
      setProgress(0);
      return uploadWithProgress<Workpaper>(
        `/api/v1/audits/${encodeURIComponent(auditId)}/workpapers/${encodeURIComponent(saved.data.id)}/files`,
        form,
        setProgress,
        ifMatch(saved.etag),
      );
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: workpaperKey(auditId) });
      onDone();
    },
    onSettled: () => setProgress(undefined),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const required = tc('field.required');
    const blank: Record<string, string> = {};
    if (!title.trim()) blank.title = required;
    if (!scopeArea) blank.scopeArea = required;
    if (files.length > MAX_FILES) blank.file = t('evidence.tooManyFiles', { max: MAX_FILES });
    else if (files.reduce((sum, f) => sum + f.size, 0) > MAX_UPLOAD_BYTES) blank.file = t('evidence.tooLarge');
    setMissing(blank);
    if (Object.keys(blank).length === 0) mutation.mutate();
  }
  const err = (field: string) => missing[field] ?? fieldError(mutation.error, field);

  return (
    <Modal opened onClose={onClose} title={paper ? t('workpapers.editTitle') : t('workpapers.recordTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('workpapers.titleField')} required maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={err('title')} />
          <NativeSelect
            label={t('workpapers.scopeField')}
            required
            data={[{ value: '', label: t('workpapers.chooseScope') }, ...engagement.scope.map((s) => ({ value: s, label: t(`scope.${s}`) }))]}
            value={scopeArea}
            onChange={(e) => setScopeArea(e.currentTarget.value as ScopeArea | '')}
            error={err('scopeArea')}
          />
          <Textarea label={t('workpapers.notesField')} maxLength={20000} autosize minRows={4} maxRows={14} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={err('notes')} />
          <AuditFilesInput
            label={paper ? t('workpapers.addFiles') : t('workpapers.files')}
            description={t('evidence.filesHint')}
            value={files}
            onChange={setFiles}
            error={err('file')}
          />
          {progress !== undefined && <Progress value={progress} aria-label={t('workpapers.uploading', { percent: progress })} />}
          <Text size="sm" role="status" aria-live="polite">
            {progress !== undefined ? t('workpapers.uploading', { percent: progress }) : ''}
          </Text>
          <ProblemAlert error={current.error} />
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void client.invalidateQueries({ queryKey: workpaperKey(auditId) });
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending || (!!paper && current.isPending)} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
