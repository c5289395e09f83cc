import { Anchor, Button, Card, FileInput, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { gatewayFetch, network, must, type NetworkSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FactRows } from '../../../ui/FactRows';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { HistorySection } from '../components/HistoryPanel';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { TableSection } from '../../../ui/TableSection';
import { downloadFile } from '../../../ui/downloadFile';
import { formatBytes, formatDate, formatDateTime } from '../../../ui/format';
import { isDinas } from '../access';
import { DiagramImage } from '../components/DiagramImage';
import { DiffTable } from '../components/DiffTable';
import { ifMatch } from '../i18n';
import { TaskStatus } from './taskStatus';

type Task = NetworkSchemas['TaskResponse'];
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * One OPD's yearly LAN diagram (N6): status and due date, the submissions (revision frozen, changes no report
 * covered, file), the diagram frozen by the latest one, the differences against last year's accepted diagram, and
 * the steps: the LAN's steward submits (multipart, optional file up to 20 MB), Dinas accepts or returns with a reason.
 */
export default function LanDiagramTaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('network');
  const caller = useCaller();
  const client = useQueryClient();
  const [step, setStep] = useState<'accept' | 'return'>();

  const task = useQuery({
    queryKey: ['network-task', id],
    queryFn: async () => must(await network.GET('/api/v1/lan-diagrams/tasks/{id}', { params: { path: { id } } })),
  });
  const opd = task.data?.opd;
  // Whether the caller runs this LAN (the steward submits): the LAN says so for the caller.
  const lan = useQuery({
    queryKey: ['network-lan', opd],
    queryFn: async () => must(await network.GET('/api/v1/lans/{opd}', { params: { path: { opd: opd! } } })),
    enabled: !!opd,
  });
  const diff = useQuery({
    queryKey: ['network-task-diff', id, task.data?.submissions.length],
    queryFn: async () => must(await network.GET('/api/v1/lan-diagrams/tasks/{id}/diff', { params: { path: { id } } })),
    enabled: !!task.data,
  });
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['network-task', id] }),
      client.invalidateQueries({ queryKey: ['network-tasks'] }),
      client.invalidateQueries({ queryKey: ['network-diagram', `/api/v1/lan-diagrams/tasks/${encodeURIComponent(id)}/diagram`] }),
    ]);
  const attachment = useMutation({
    mutationFn: () => downloadFile(`/api/v1/lan-diagrams/tasks/${encodeURIComponent(id)}/attachment`, `diagram-lan-${id}`),
  });

  if (task.isPending) return <Loading />;
  if (!task.data)
    return (
      <Stack>
        <PageHeader title={t('diagrams.title')} />
        <ProblemAlert error={task.error} onReload={() => void task.refetch()} />
      </Stack>
    );
  const data = task.data;
  const latest = data.submissions[data.submissions.length - 1];
  const maySubmit = (data.status === 'OPEN' || data.status === 'RETURNED') && lan.data?.mayEdit === true;
  const mayReview = data.status === 'SUBMITTED' && isDinas(caller);

  return (
    <Stack>
      <PageHeader
        title={t('task.title', { opd: data.opd, year: data.year })}
        subtitle={t('task.subtitle', { due: formatDate(data.dueDate) })}
        actions={
          <>
            <Button component={Link} to="/jaringan/diagram-tahunan" variant="default">
              {t('task.back')}
            </Button>
            {mayReview && (
              <>
                <Button color="green" onClick={() => setStep('accept')}>
                  {t('task.accept')}
                </Button>
                <Button color="orange" variant="light" onClick={() => setStep('return')}>
                  {t('task.return')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Card withBorder padding="md">
        <FactRows
          rows={[
            [t('task.facts.status'), <TaskStatus key="s" task={data} />],
            [t('task.facts.dueDate'), formatDate(data.dueDate)],
            ...(data.reviewedBy ? [[t('task.facts.reviewedBy'), `${data.reviewedBy} · ${formatDateTime(data.reviewedAt)}`] as [string, string]] : []),
            ...(data.returnReason ? [[t('task.facts.returnReason'), data.returnReason] as [string, string]] : []),
          ]}
        />
      </Card>
      {maySubmit && <SubmitForm task={data} onSubmitted={refresh} />}

      <TableSection
        title={t('task.submissionsTitle')}
        caption={t('task.submissionsCaption')}
        columns={(['number', 'submittedAt', 'by', 'revision', 'uncovered', 'file', 'note'] as const).map((c) => t(`task.columns.${c}`))}
        minWidth={760}
        empty={data.submissions.length === 0 ? t('task.noSubmissions') : undefined}
      >
        {data.submissions.map((s) => (
          <Table.Tr key={s.number}>
            <Table.Td>{s.number}</Table.Td>
            <Table.Td>
              {formatDateTime(s.submittedAt)}
              {s.late && (
                <Text size="xs" c="orange.8">
                  {t('diagrams.late')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{s.submittedBy}</Table.Td>
            <Table.Td>{s.revision}</Table.Td>
            <Table.Td>{s.uncoveredRevisions.length ? s.uncoveredRevisions.join(', ') : t('task.uncoveredNone')}</Table.Td>
            <Table.Td>
              {s.attachment ? (
                s === latest ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => attachment.mutate()}>
                    {s.attachment.filename} ({formatBytes(s.attachment.sizeBytes)})
                  </Anchor>
                ) : (
                  `${s.attachment.filename} (${formatBytes(s.attachment.sizeBytes)})`
                )
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>{s.note ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </TableSection>
      <ProblemAlert error={attachment.error} />

      {latest && (
        <DiagramImage
          title={t('task.diagramTitle')}
          path={`/api/v1/lan-diagrams/tasks/${encodeURIComponent(id)}/diagram`}
          name={`${data.opd} ${data.year}`}
          fileName={`diagram-lan-${id}.svg`}
          textAlternative={diff.data ? t('diff.summary', diff.data) : t('task.diagramTitle')}
        />
      )}

      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('task.diffTitle')}
        </Title>
        <ProblemAlert error={diff.error} />
        {diff.isPending ? (
          <Loading />
        ) : diff.data ? (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {diff.data.previousYear != null
                ? t('task.diffPrevious', { year: diff.data.previousYear, revision: diff.data.previousRevision })
                : t('task.diffNoPrevious')}
            </Text>
            <DiffTable {...diff.data} />
          </>
        ) : null}
      </Card>

      {step && (
        <ReasonStepModal
          title={step === 'accept' ? t('task.acceptTitle') : t('task.returnTitle')}
          explanation={step === 'accept' ? t('task.acceptExplain') : t('task.returnExplain')}
          reasonLabel={t('task.reason')}
          needsReason={step === 'return'}
          confirmLabel={step === 'accept' ? t('task.accept') : t('task.return')}
          confirmColor={step === 'accept' ? 'green' : 'orange'}
          send={async (reason) => {
            const params = { path: { id }, header: { 'If-Match': ifMatch(data.version) } };
            return step === 'accept'
              ? must(await network.POST('/api/v1/lan-diagrams/tasks/{id}/accept', { params }))
              : must(await network.POST('/api/v1/lan-diagrams/tasks/{id}/return', { params, body: { reason } }));
          }}
          refresh={refresh}
          onClose={() => setStep(undefined)}
          onDone={() => setStep(undefined)}
        />
      )}
      <HistorySection
        queryKey={['network-lan-diagram-task', id]}
        load={async () => must(await network.GET('/api/v1/lan-diagrams/tasks/{id}/history', { params: { path: { id } } }))}
      />
    </Stack>
  );
}

/** The steward's submission: multipart with an optional file (checked for size here, for type by the server) and note. */
function SubmitForm({ task, onSubmitted }: { task: Task; onSubmitted: () => Promise<unknown> }) {
  const { t } = useTranslation('network');
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [tooLarge, setTooLarge] = useState(false);
  const submit = useMutation({
    mutationFn: async () => {
      const form = new FormData();
      if (file) form.append('file', file);
      if (note.trim()) form.append('note', note.trim());
      const response = await gatewayFetch(`/api/v1/lan-diagrams/tasks/${encodeURIComponent(task.id)}/submissions`, {
        method: 'POST',
        body: form,
        headers: { 'If-Match': ifMatch(task.version) },
      });
      return (await response.json()) as Task;
    },
    onSuccess: () => onSubmitted(),
  });
  const send = (e: FormEvent) => {
    e.preventDefault();
    const large = !!file && file.size > MAX_UPLOAD_BYTES;
    setTooLarge(large);
    if (!large) submit.mutate();
  };
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('task.submitTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('task.submitExplain')}
      </Text>
      <form onSubmit={send} noValidate>
        <Stack gap="sm">
          <FileInput
            label={t('task.file')}
            value={file}
            onChange={setFile}
            clearable
            accept="image/png,application/pdf,image/svg+xml,.drawio,.xml"
            error={tooLarge ? t('task.tooLarge') : fieldError(submit.error, 'file')}
          />
          <Textarea
            label={t('task.note')}
            value={note}
            maxLength={1000}
            autosize
            minRows={2}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(submit.error, 'note')}
          />
          <ProblemAlert error={submit.error} onReload={() => void onSubmitted()} />
          <Group justify="flex-end">
            <Button type="submit" loading={submit.isPending}>
              {t('task.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
