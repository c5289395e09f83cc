import { Anchor, Badge, Button, Card, Group, Modal, Progress, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { audit, must, type AuditSchemas } from '../../api/client';
import { uploadWithProgress } from '../../api/upload';
import { useCaller } from '../../auth/AuthSetup';
import { FactRows } from '../../ui/FactRows';
import { FormButtons } from '../../ui/FormButtons';
import { downloadFile } from '../../ui/downloadFile';
import { formatBytes, formatDate, formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { VerifiedHistory } from '../../ui/VerifiedHistory';
import {
  auditKeys,
  dayIso,
  FINDING_PATH,
  findingActions,
  FindingStatusBadge,
  ifMatch,
  isDinas,
  isOnTeam,
  isOpenAudit,
  NEEDS_REASON,
  SEVERITIES,
  SeverityBadge,
  withEtag,
  type Audit,
  type Finding,
  type FindingAction,
  type Severity,
} from './shared';
import { AuditFilesInput, MAX_FILES, MAX_UPLOAD_BYTES } from './AuditFilesInput';
import './i18n';

const PAGE_SIZE = 20;

/** Findings as rows: title (opens the finding), severity, owner OPD, due date (past due said in words), status. */
export function FindingsTable({ items, showAudit, onOpen }: { items: Finding[]; showAudit?: boolean; onOpen: (f: Finding) => void }) {
  const { t } = useTranslation('audit');
  return (
    <Table.ScrollContainer minWidth={showAudit ? 820 : 680}>
      <Table striped highlightOnHover>
        <Table.Caption>{t('findings.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('findings.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('findings.columns.severity')}</Table.Th>
            <Table.Th scope="col">{t('findings.columns.ownerOpd')}</Table.Th>
            <Table.Th scope="col">{t('findings.columns.dueDate')}</Table.Th>
            <Table.Th scope="col">{t('findings.columns.status')}</Table.Th>
            {showAudit && <Table.Th scope="col">{t('findings.columns.audit')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.id} data-overdue={f.overdue || undefined}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onOpen(f)} ta="left">
                  {f.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <SeverityBadge severity={f.severity} />
              </Table.Td>
              <Table.Td>{f.ownerOpd}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={f.overdue ? 700 : undefined}>
                    {formatDate(f.dueDate)}
                  </Text>
                  {f.overdue && (
                    <Badge color="red" variant="filled" size="sm">
                      {t('common.overdue')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <FindingStatusBadge status={f.status} />
              </Table.Td>
              {showAudit && (
                <Table.Td>
                  <Anchor component={Link} to={`/audit/penugasan/${encodeURIComponent(f.auditId)}?tab=temuan`}>
                    {t(`kind.${f.auditKind}`, { defaultValue: f.auditKind })}
                  </Anchor>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The findings of one audit (its own and those carried over to it) and, for its team or Dinas, recording one. */
export function EngagementFindings({ engagement }: { engagement: Audit }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [page, setPage] = useState(0);
  const [opened, setOpened] = useState<Finding | null>(null);
  const [recording, setRecording] = useState(false);
  const [done, setDone] = useState('');
  const list = useQuery({
    queryKey: [...auditKeys.findings(engagement.id), page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/audits/{auditId}/findings', {
          params: { path: { auditId: engagement.id }, query: { page, size: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const running = engagement.status === 'IN_PROGRESS' || engagement.status === 'REPORTING';
  const mayRecord = running && (isDinas(caller) || isOnTeam(caller, engagement));
  return (
    <Card withBorder padding="md" component="section">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {t('findings.sectionTitle')}
        </Title>
        {mayRecord && (
          <Button size="sm" onClick={() => { setDone(''); setRecording(true); }}>
            {t('findings.record')}
          </Button>
        )}
      </Group>
      {!running && (isDinas(caller) || isOnTeam(caller, engagement)) && isOpenAudit(engagement) && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('findings.recordOnlyWhile')}
        </Text>
      )}
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('findings.empty')}
        </Text>
      ) : list.data ? (
        <>
          <FindingsTable items={list.data.items} onOpen={setOpened} />
          <PageControls {...list.data} onChange={setPage} label={t('findings.pages')} />
        </>
      ) : null}
      {!!engagement.otherOpdFindings && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="other-opd-findings">
          {t('findings.otherOpds', { count: engagement.otherOpdFindings })}
        </Text>
      )}
      {opened && (
        <FindingDialog
          auditId={engagement.id}
          findingId={opened.id}
          auditorOfIt={isOnTeam(caller, engagement)}
          onClose={() => setOpened(null)}
        />
      )}
      {recording && (
        <RecordFindingModal
          engagement={engagement}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setDone(t('findings.recorded'));
          }}
        />
      )}
    </Card>
  );
}

/**
 * One finding: its AU7 details, the follow-up steps open to the caller (note, or a required reason for sending back
 * and accepting the risk; If-Match with the version read here) and its SEC1 history.
 */
export function FindingDialog({
  auditId,
  findingId,
  auditorOfIt,
  onClose,
}: {
  auditId: string;
  findingId: string;
  auditorOfIt: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const caller = useCaller();
  const client = useQueryClient();
  const [step, setStep] = useState<FindingAction | null>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState('');
  const [showHistory, setShowHistory] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState('');
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const path = { auditId, id: findingId };
  const base = `/api/v1/audits/${encodeURIComponent(auditId)}/findings/${encodeURIComponent(findingId)}`;
  const download = useMutation({
    mutationFn: (file: RemediationFile) => downloadFile(`${base}/files/${encodeURIComponent(file.documentId)}`, file.filename),
  });
  const finding = useQuery({
    queryKey: ['audit-finding', auditId, findingId],
    queryFn: async () => withEtag(await audit.GET('/api/v1/audits/{auditId}/findings/{id}', { params: { path } })),
  });
  const history = useQuery({
    queryKey: ['audit-finding', auditId, findingId, 'history'],
    enabled: showHistory,
    queryFn: async () => must(await audit.GET('/api/v1/audits/{auditId}/findings/{id}/history', { params: { path } })),
  });
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['audit-finding', auditId, findingId] });
    await client.invalidateQueries({ queryKey: auditKeys.findings(auditId) });
    await client.invalidateQueries({ queryKey: ['audit-findings'] });
  };
  const mutation = useMutation({
    mutationFn: async (action: FindingAction) => {
      if (action === 'resolve' && files.length > 0) {
        // The proof goes with the step: stored and recorded on the finding in one request (AU7 follow-up).
        const body = new FormData();
        files.forEach((file) => body.append('file', file, file.name));
        if (text.trim()) body.append('note', text.trim());
        setProgress(0);
        return uploadWithProgress<Finding>(`${base}/resolve-with-files`, body, setProgress, ifMatch(finding.data?.etag));
      }
      const options = { params: { path, header: ifMatch(finding.data?.etag) } };
      const url = `/api/v1/audits/{auditId}/findings/{id}/${FINDING_PATH[action]}` as '/api/v1/audits/{auditId}/findings/{id}/confirm';
      if (NEEDS_REASON.includes(action)) {
        const reasonUrl = url as unknown as '/api/v1/audits/{auditId}/findings/{id}/reopen';
        return must(await audit.POST(reasonUrl, { ...options, body: { reason: text.trim() } }));
      }
      return must(await audit.POST(url, { ...options, body: text.trim() ? { note: text.trim() } : {} }));
    },
    onSuccess: async () => {
      await refresh();
      setStep(null);
      setText('');
      setFiles([]);
      setDone(t('findings.done'));
    },
    onSettled: () => setProgress(undefined),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!step) return;
    const blank = NEEDS_REASON.includes(step) && !text.trim();
    setMissing(blank);
    const tooMany = step === 'resolve' && files.length > MAX_FILES;
    const tooLarge = step === 'resolve' && files.reduce((sum, file) => sum + file.size, 0) > MAX_UPLOAD_BYTES;
    setFileError(tooMany ? t('findings.tooManyFiles', { max: MAX_FILES }) : tooLarge ? t('findings.tooLarge') : '');
    if (!blank && !tooMany && !tooLarge) mutation.mutate(step);
  }

  const f = finding.data?.data;
  const actions = f ? findingActions(f, caller, auditorOfIt || !!caller?.roles.includes('AUDITOR')) : [];

  return (
    <Modal opened onClose={onClose} title={f ? t('findings.detailTitle', { title: f.title }) : t('findings.sectionTitle')} size="lg">
      {finding.isPending ? (
        <Loading />
      ) : finding.error ? (
        <ProblemAlert error={finding.error} onReload={() => void finding.refetch()} />
      ) : f ? (
        <Stack gap="sm">
          <Group gap="xs">
            <SeverityBadge severity={f.severity} />
            <FindingStatusBadge status={f.status} />
            {f.overdue && (
              <Badge color="red" variant="filled">
                {t('common.overdue')}
              </Badge>
            )}
            {f.auditId !== auditId && <Text size="xs" c="dimmed">{t('findings.carried')}</Text>}
          </Group>
          <FactRows
            rows={[
              [t('findings.fields.criterion'), f.criterion],
              [t('findings.fields.condition'), f.condition],
              [t('findings.fields.cause'), f.cause],
              [t('findings.fields.effect'), f.effect],
              [t('findings.fields.recommendation'), f.recommendation],
              [t('findings.fields.ownerOpd'), f.ownerOpd],
              [t('findings.fields.dueDate'), formatDate(f.dueDate)],
              ...(f.lastNote ? ([[t('findings.lastNote'), f.lastNote]] as [string, string][]) : []),
            ]}
          />
          {(f.remediationFiles ?? []).length > 0 && (
            <Stack gap={4} component="section" aria-label={t('findings.proofTitle')}>
              <Text size="sm" fw={600}>
                {t('findings.proofTitle')}
              </Text>
              {(f.remediationFiles ?? []).map((file) => (
                <Group key={file.documentId} gap="xs" wrap="wrap">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconDownload size={14} aria-hidden />}
                    aria-label={t('findings.downloadProof', { name: file.filename })}
                    loading={download.isPending && download.variables?.documentId === file.documentId}
                    onClick={() => download.mutate(file)}
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  >
                    {file.filename} ({formatBytes(file.sizeBytes)})
                  </Button>
                  <Text size="xs" c="dimmed">
                    {t('findings.proofBy', { who: file.uploadedBy, when: formatDateTime(file.uploadedAt) })}
                  </Text>
                </Group>
              ))}
              <ProblemAlert error={download.error} />
            </Stack>
          )}
          {f.acceptedBy && <Text size="sm">{t('findings.acceptedBy', { who: f.acceptedBy, why: f.acceptedReason ?? '' })}</Text>}
          {f.verifiedBy && <Text size="sm">{t('findings.verifiedBy', { who: f.verifiedBy })}</Text>}
          <Text size="xs" c="dimmed">
            {t('findings.openedBy', { who: f.openedBy, when: formatDateTime(f.openedAt) })}
          </Text>
          {actions.length > 0 && (
            <Group gap="xs" role="group" aria-label={t('findings.columns.status')} wrap="wrap">
              {actions.map((a) => (
                <Button
                  key={a}
                  size="xs"
                  variant={step === a ? 'filled' : 'light'}
                  color={a === 'reopen' || a === 'acceptRisk' ? 'orange' : undefined}
                  onClick={() => {
                    setDone('');
                    setMissing(false);
                    setFileError('');
                    setFiles([]);
                    mutation.reset();
                    setStep(a);
                  }}
                >
                  {t(`findings.action.${a}`)}
                </Button>
              ))}
            </Group>
          )}
          {step && (
            <form onSubmit={submit} noValidate>
              <Stack gap="xs">
                <Text size="sm">{t(`findings.explain.${step}`)}</Text>
                <Textarea
                  label={NEEDS_REASON.includes(step) ? t('common.reason') : t('common.note')}
                  required={NEEDS_REASON.includes(step)}
                  value={text}
                  maxLength={4000}
                  autosize
                  minRows={2}
                  onChange={(e) => setText(e.currentTarget.value)}
                  error={missing ? tc('field.required') : fieldError(mutation.error, NEEDS_REASON.includes(step) ? 'reason' : 'note')}
                />
                {step === 'resolve' && (
                  <>
                    <AuditFilesInput
                      label={t('findings.proofFiles')}
                      description={t('findings.proofHint')}
                      value={files}
                      onChange={setFiles}
                      error={fileError || fieldError(mutation.error, 'file')}
                    />
                    {progress !== undefined && <Progress value={progress} aria-label={t('findings.uploading', { percent: progress })} />}
                    <Text size="sm" role="status" aria-live="polite">
                      {progress !== undefined ? t('findings.uploading', { percent: progress }) : ''}
                    </Text>
                  </>
                )}
                <ProblemAlert error={mutation.error} onReload={() => void refresh()} />
                <FormButtons
                  pending={mutation.isPending}
                  onCancel={() => setStep(null)}
                  submitLabel={t(`findings.action.${step}`)}
                />
              </Stack>
            </form>
          )}
          <Text size="sm" role="status" aria-live="polite" c="teal">
            {done}
          </Text>
          <Button variant="subtle" size="xs" w="fit-content" onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory}>
            {t('common.history')}
          </Button>
          {showHistory &&
            (history.isPending ? <Loading /> : history.error ? <ProblemAlert error={history.error} /> : history.data ? <VerifiedHistory history={history.data} /> : null)}
        </Stack>
      ) : null}
    </Modal>
  );
}

type FindingRequest = AuditSchemas['FindingRequest'];
type RemediationFile = NonNullable<Finding['remediationFiles']>[number];
type TextField = 'title' | 'criterion' | 'condition' | 'cause' | 'effect' | 'recommendation';
const TEXT_FIELDS: TextField[] = ['criterion', 'condition', 'cause', 'effect', 'recommendation'];

/** Records a finding on a running audit (FindingRequest: every field required; owner OPD defaults to the audited one). */
export function RecordFindingModal({ engagement, onClose, onDone }: { engagement: Audit; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState<FindingRequest>({
    title: '',
    severity: 'MEDIUM',
    criterion: '',
    condition: '',
    cause: '',
    effect: '',
    recommendation: '',
    ownerOpd: engagement.auditedOpd,
    dueDate: dayIso(60),
  });
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const set = <K extends keyof FindingRequest>(key: K, value: FindingRequest[K]) => setValues((v) => ({ ...v, [key]: value }));
  const record = useMutation({
    mutationFn: async () =>
      must(
        await audit.POST('/api/v1/audits/{auditId}/findings', {
          params: { path: { auditId: engagement.id } },
          body: { ...values, title: values.title.trim(), ownerOpd: values.ownerOpd.trim().toUpperCase() },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: auditKeys.findings(engagement.id) });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const blank = Object.fromEntries(
      (['title', ...TEXT_FIELDS, 'ownerOpd', 'dueDate'] as const).filter((k) => !String(values[k]).trim()).map((k) => [k, true]),
    );
    setMissing(blank);
    if (Object.keys(blank).length === 0) record.mutate();
  }
  const err = (field: string) => (missing[field] ? tc('field.required') : fieldError(record.error, field));
  return (
    <Modal opened onClose={onClose} title={t('findings.recordTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('findings.fields.title')} required maxLength={300} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={err('title')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('findings.fields.severity')}
              required
              allowDeselect={false}
              data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
              value={values.severity}
              onChange={(v) => set('severity', (v as Severity) ?? 'MEDIUM')}
              error={err('severity')}
            />
            <TextInput label={t('findings.fields.ownerOpd')} required maxLength={30} value={values.ownerOpd} onChange={(e) => set('ownerOpd', e.currentTarget.value)} error={err('ownerOpd')} />
            <TextInput type="date" label={t('findings.fields.dueDate')} required value={values.dueDate} onChange={(e) => set('dueDate', e.currentTarget.value)} error={err('dueDate')} />
          </SimpleGrid>
          {TEXT_FIELDS.map((field) => (
            <Textarea
              key={field}
              label={t(`findings.fields.${field}`)}
              required
              maxLength={4000}
              autosize
              minRows={2}
              value={values[field]}
              onChange={(e) => set(field, e.currentTarget.value)}
              error={err(field)}
            />
          ))}
          <ProblemAlert error={record.error} />
          <FormButtons pending={record.isPending} onCancel={onClose} submitLabel={t('findings.record')} />
        </Stack>
      </form>
    </Modal>
  );
}
