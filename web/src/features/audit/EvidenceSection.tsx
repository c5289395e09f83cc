import { Badge, Button, Card, Group, Modal, Progress, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { Role } from '../../auth/roles';
import { downloadFile } from '../../ui/downloadFile';
import { FormButtons } from '../../ui/FormButtons';
import { formatDate } from '../../ui/format';
import { PageControls } from '../../ui/PageControls';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { FileButtons } from '../../ui/FileButtons';
import { QueryList } from '../../ui/QueryList';
import { uploadWithProgress } from '../../api/upload';
import { auditKeys, dayIso, ifMatch, isDinas, isOnTeam, isOpenAudit, withEtag, type Audit, type Evidence } from './shared';
import './i18n';
import { AuditFilesInput, MAX_FILES, MAX_UPLOAD_BYTES } from './AuditFilesInput';

type Step = 'ask' | 'provide' | 'accept' | 'askAgain';

/**
 * Evidence requests of an audit to the audited OPD (AU2): the team or Dinas asks (what, why, by when), the audited
 * OPD's operator answers by uploading files (stored in the platform documents, with progress) or with ids of documents
 * stored elsewhere; the team downloads the files, accepts or asks again with a reason and a new date.
 */
export function EvidenceSection({ engagement }: { engagement: Audit }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<{ step: Step; request?: Evidence } | null>(null);
  const [done, setDone] = useState('');
  const list = useQuery({
    queryKey: [...auditKeys.evidence(engagement.id), page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audits/{auditId}/evidence-requests', {
          params: { path: { auditId: engagement.id }, query: { page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const live = isOpenAudit(engagement);
  const reviewer = live && (isDinas(caller) || isOnTeam(caller, engagement));
  const provider = live && !!caller?.roles.includes(Role.OPD_OPERATOR) && caller.opd === engagement.auditedOpd;
  const base = `/api/v1/audits/${encodeURIComponent(engagement.id)}/evidence-requests`;
  const download = useMutation({
    mutationFn: ({ request, file }: { request: Evidence; file: EvidenceFile }) =>
      downloadFile(`${base}/${encodeURIComponent(request.id)}/files/${encodeURIComponent(file.documentId)}`, file.filename),
  });

  return (
    <Card withBorder padding="md" component="section">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {t('evidence.title')}
        </Title>
        {reviewer && (
          <Button size="sm" onClick={() => { setDone(''); setOpen({ step: 'ask' }); }}>
            {t('evidence.ask')}
          </Button>
        )}
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <ProblemAlert error={download.error} />
      <QueryList query={list} empty={t('evidence.empty')}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped>
                <Table.Caption>{t('evidence.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('evidence.columns.title')}</Table.Th>
                    <Table.Th scope="col">{t('evidence.columns.dueDate')}</Table.Th>
                    <Table.Th scope="col">{t('evidence.columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('evidence.columns.round')}</Table.Th>
                    <Table.Th scope="col">{t('evidence.columns.documents')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('planLink.action')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((r) => {
                    const last = r.submissions.at(-1);
                    return (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {r.title}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {r.purpose}
                          </Text>
                          {r.lastReason && (
                            <Text size="xs" c="orange.8">
                              {t('evidence.lastReason', { reason: r.lastReason })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm">{formatDate(r.dueDate)}</Text>
                            {r.overdue && (
                              <Badge color="red" variant="filled" size="sm">
                                {t('common.overdue')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={r.status === 'ACCEPTED' ? 'green' : r.status === 'PROVIDED' ? 'blue' : 'yellow'}>
                            {t(`evidenceStatus.${r.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{r.round}</Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>
                          {!last ? (
                            '—'
                          ) : (
                            <Stack gap={2}>
                              <FileButtons
                                files={last.files}
                                loadingId={download.isPending ? download.variables?.file.documentId : undefined}
                                onDownload={(f) => download.mutate({ request: r, file: f })}
                                label={(name) => t('evidence.downloadFile', { name })}
                              />
                              {last.documentIds.filter((d) => !last.files.some((f) => f.documentId === d)).length > 0 && (
                                <Text size="xs">
                                  {last.documentIds.filter((d) => !last.files.some((f) => f.documentId === d)).join(', ')}
                                </Text>
                              )}
                            </Stack>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            {provider && r.status === 'REQUESTED' && (
                              <Button size="xs" onClick={() => { setDone(''); setOpen({ step: 'provide', request: r }); }} aria-label={`${t('evidence.provide')}: ${r.title}`}>
                                {t('evidence.provide')}
                              </Button>
                            )}
                            {reviewer && r.status === 'PROVIDED' && (
                              <>
                                <Button size="xs" onClick={() => { setDone(''); setOpen({ step: 'accept', request: r }); }} aria-label={`${t('evidence.accept')}: ${r.title}`}>
                                  {t('evidence.accept')}
                                </Button>
                                <Button size="xs" variant="light" color="orange" onClick={() => { setDone(''); setOpen({ step: 'askAgain', request: r }); }} aria-label={`${t('evidence.askAgain')}: ${r.title}`}>
                                  {t('evidence.askAgain')}
                                </Button>
                              </>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls pageOf={data} onChange={setPage} label={t('evidence.pages')} />
          </>
        )}
      </QueryList>
      {open && (
        <EvidenceStepModal
          auditId={engagement.id}
          step={open.step}
          request={open.request}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setDone(message ?? t('evidence.done'));
          }}
        />
      )}
    </Card>
  );
}

type EvidenceFile = Evidence['submissions'][number]['files'][number];

const TITLE: Record<Step, string> = {
  ask: 'evidence.askTitle',
  provide: 'evidence.provideTitle',
  accept: 'evidence.acceptTitle',
  askAgain: 'evidence.askAgainTitle',
};

function EvidenceStepModal({
  auditId,
  step,
  request,
  onClose,
  onDone,
}: {
  auditId: string;
  step: Step;
  request?: Evidence;
  onClose: () => void;
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [dueDate, setDueDate] = useState(dayIso(14));
  const [documents, setDocuments] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number>();
  const [missing, setMissing] = useState<Record<string, string>>({});
  // The version shown is read when the dialog opens, so a step on a request someone else changed answers 412.
  const current = useQuery({
    queryKey: ['audit-evidence', auditId, request?.id],
    enabled: !!request,
    queryFn: async () =>
      withEtag(await audit.GET('/api/v1/audits/{auditId}/evidence-requests/{id}', { params: { path: { auditId, id: request!.id } } })),
  });
  const documentIds = documents.split(/[\s,]+/).map((d) => d.trim()).filter(Boolean);
  const refresh = () => client.invalidateQueries({ queryKey: auditKeys.evidence(auditId) });

  const mutation = useMutation({
    mutationFn: async () => {
      if (step === 'ask')
        return must(
          await audit.POST('/api/v1/audits/{auditId}/evidence-requests', {
            params: { path: { auditId } },
            body: { title: title.trim(), purpose: purpose.trim(), dueDate },
          }),
        );
      const params = { path: { auditId, id: request!.id }, header: ifMatch(current.data?.etag) };
      if (step === 'provide' && files.length > 0) {
        const body = new FormData();
        files.forEach((f) => body.append('file', f, f.name));
        if (text.trim()) body.append('note', text.trim());
        setProgress(0);
        return uploadWithProgress<Evidence>(
          `/api/v1/audits/${encodeURIComponent(auditId)}/evidence-requests/${encodeURIComponent(request!.id)}/files`,
          body,
          setProgress,
          ifMatch(current.data?.etag),
        );
      }
      if (step === 'provide')
        return must(
          await audit.POST('/api/v1/audits/{auditId}/evidence-requests/{id}/provide', {
            params,
            body: { documentIds, ...(text.trim() ? { note: text.trim() } : {}) },
          }),
        );
      if (step === 'accept')
        return must(
          await audit.POST('/api/v1/audits/{auditId}/evidence-requests/{id}/accept', {
            params,
            body: text.trim() ? { note: text.trim() } : {},
          }),
        );
      return must(
        await audit.POST('/api/v1/audits/{auditId}/evidence-requests/{id}/ask-again', {
          params,
          body: { reason: text.trim(), dueDate },
        }),
      );
    },
    onSuccess: async () => {
      await refresh();
      onDone(step === 'provide' && files.length > 0 ? t('evidence.uploaded', { count: files.length }) : undefined);
    },
    onSettled: () => setProgress(undefined),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const required = tc('field.required');
    const blank: Record<string, string> = {};
    if (step === 'ask') {
      if (!title.trim()) blank.title = required;
      if (!purpose.trim()) blank.purpose = required;
    }
    if ((step === 'ask' || step === 'askAgain') && !dueDate) blank.dueDate = required;
    if (step === 'askAgain' && !text.trim()) blank.reason = required;
    if (step === 'provide' && files.length === 0 && documentIds.length === 0) blank.file = t('evidence.needDocuments');
    if (step === 'provide' && files.length > 0 && documentIds.length > 0) blank.documentIds = t('evidence.filesOrIds');
    if (step === 'provide' && documentIds.length > 20) blank.documentIds = t('evidence.tooManyDocuments');
    if (step === 'provide' && files.length > MAX_FILES) blank.file = t('evidence.tooManyFiles', { max: MAX_FILES });
    else if (step === 'provide' && files.reduce((sum, f) => sum + f.size, 0) > MAX_UPLOAD_BYTES)
      blank.file = t('evidence.tooLarge');
    setMissing(blank);
    if (Object.keys(blank).length === 0) mutation.mutate();
  }
  const err = (field: string) => missing[field] ?? fieldError(mutation.error, field);

  return (
    <Modal opened onClose={onClose} title={t(TITLE[step])} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {request && (
            <Text size="sm" fw={500}>
              {request.title}
            </Text>
          )}
          {step === 'ask' && (
            <>
              <TextInput label={t('evidence.titleField')} required maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={err('title')} />
              <Textarea label={t('evidence.purpose')} required maxLength={4000} autosize minRows={2} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} error={err('purpose')} />
            </>
          )}
          {step === 'provide' && (
            <>
              <Text size="sm">{t('evidence.provideExplain')}</Text>
              <AuditFilesInput
                label={t('evidence.files')}
                description={t('evidence.filesHint')}
                value={files}
                onChange={setFiles}
                error={err('file')}
              />
              <Textarea label={t('evidence.documentIds')} autosize minRows={2} value={documents} onChange={(e) => setDocuments(e.currentTarget.value)} error={err('documentIds')} />
              {progress !== undefined && (
                <Progress value={progress} aria-label={t('evidence.uploading', { percent: progress })} />
              )}
              <Text size="sm" role="status" aria-live="polite">
                {progress !== undefined ? t('evidence.uploading', { percent: progress }) : ''}
              </Text>
            </>
          )}
          {(step === 'ask' || step === 'askAgain') && (
            <TextInput
              type="date"
              label={step === 'ask' ? t('evidence.dueDate') : t('evidence.newDueDate')}
              required
              min={dayIso(0)}
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
              error={err('dueDate')}
            />
          )}
          {step !== 'ask' && (
            <Textarea
              label={step === 'askAgain' ? t('common.reason') : t('common.note')}
              required={step === 'askAgain'}
              maxLength={4000}
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={step === 'askAgain' ? err('reason') : fieldError(mutation.error, 'note')}
            />
          )}
          <ProblemAlert error={current.error} />
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending || (!!request && current.isPending)} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
