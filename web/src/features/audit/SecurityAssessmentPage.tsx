import { Anchor, Badge, Button, Group, Modal, NativeSelect, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, must, type AuditSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { Role } from '../../auth/roles';
import { FactRows } from '../../ui/FactRows';
import { FormButtons } from '../../ui/FormButtons';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { QueryList } from '../../ui/QueryList';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { dayIso, isDinas, SEVERITIES, SeverityBadge, useOpdOptions, type Severity } from './shared';
import { AssessmentFiles } from './AssessmentFiles';
import './i18n';

type Assessment = AuditSchemas['AssessmentResponse'];
type AssessmentType = Assessment['type'];
type AssessmentStatus = Assessment['status'];
const TYPES: AssessmentType[] = ['VULNERABILITY_ASSESSMENT', 'RISK_ASSESSMENT', 'PENETRATION_TEST', 'HARDENING', 'AWARENESS', 'INCIDENT_HANDLING', 'FORENSICS'];
const STATUSES: AssessmentStatus[] = ['PLANNED', 'COMPLETED', 'CANCELLED'];
const STATUS_COLOR: Record<AssessmentStatus, string> = { PLANNED: 'blue', COMPLETED: 'green', CANCELLED: 'gray' };
const PAGE_SIZE = 20;
const KEY = ['security-assessments'];

/**
 * Security assessments of Dinas per OPD (AU8: vulnerability and risk assessments, hardening, awareness, incidents,
 * forensics) with their findings. Dinas plans, records findings, completes or cancels; the assessed OPD's operator
 * (and Dinas) says how a finding was remedied. Coordinators and auditors read all, an OPD its own (the server scopes).
 */
export default function SecurityAssessmentPage() {
  const { t } = useTranslation('audit');
  const dinas = isDinas(useCaller());
  const [type, setType] = useState<AssessmentType | undefined>();
  const [status, setStatus] = useState<AssessmentStatus | undefined>();
  const [page, setPage] = useState(0);
  const [planning, setPlanning] = useState(false);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const list = useQuery({
    queryKey: [...KEY, type, status, page],
    queryFn: async () =>
      must(await audit.GET('/api/v1/security-assessments', { params: { query: { type, status, page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <PageHeader
        title={t('assessments.title')}
        subtitle={t('assessments.subtitle')}
        actions={
          dinas && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setDone(''); setPlanning(true); }}>
              {t('assessments.plan')}
            </Button>
          )
        }
      />
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('assessments.fields.type')}
          data={[{ value: '', label: t('common.all') }, ...TYPES.map((v) => ({ value: v, label: t(`assessments.type.${v}`) }))]}
          value={type ?? ''}
          onChange={(e) => { setType((e.currentTarget.value || undefined) as AssessmentType | undefined); setPage(0); }}
          w={260}
        />
        <NativeSelect
          label={t('common.status')}
          data={[{ value: '', label: t('common.all') }, ...STATUSES.map((v) => ({ value: v, label: t(`assessments.status.${v}`) }))]}
          value={status ?? ''}
          onChange={(e) => { setStatus((e.currentTarget.value || undefined) as AssessmentStatus | undefined); setPage(0); }}
          w={200}
        />
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <QueryList query={list} empty={t('assessments.empty')}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('assessments.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('assessments.fields.title')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.fields.type')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.fields.opd')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.fields.plannedOn')}</Table.Th>
                    <Table.Th scope="col">{t('common.status')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.openFindings')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor component="button" type="button" ta="left" onClick={() => setOpenedId(a.id)}>
                          {a.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`assessments.type.${a.type}`)}</Table.Td>
                      <Table.Td>{a.opd}</Table.Td>
                      <Table.Td>{formatDate(a.plannedOn)}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[a.status]} variant="light">
                          {t(`assessments.status.${a.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{a.openFindings}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls pageOf={data} onChange={setPage} label={t('assessments.pages')} />
          </>
        )}
      </QueryList>
      {planning && (
        <PlanAssessmentModal
          onClose={() => setPlanning(false)}
          onDone={() => { setPlanning(false); setDone(t('assessments.planned')); }}
        />
      )}
      {openedId && <AssessmentDialog id={openedId} onClose={() => setOpenedId(null)} />}
    </Stack>
  );
}

function PlanAssessmentModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const opds = useOpdOptions();
  const [v, setV] = useState({ opd: '', type: '' as AssessmentType | '', title: '', scope: '', plannedOn: dayIso() });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: async () =>
      must(
        await audit.POST('/api/v1/security-assessments', {
          body: { opd: v.opd, type: v.type as AssessmentType, title: v.title.trim(), scope: v.scope.trim() || null, plannedOn: v.plannedOn },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const required = tc('field.required');
    const blank: Record<string, string> = {};
    if (!v.opd) blank.opd = required;
    if (!v.type) blank.type = required;
    if (!v.title.trim()) blank.title = required;
    if (!v.plannedOn) blank.plannedOn = required;
    setMissing(blank);
    if (Object.keys(blank).length === 0) save.mutate();
  }
  const err = (field: string) => missing[field] ?? fieldError(save.error, field);
  return (
    <Modal opened onClose={onClose} title={t('assessments.planTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('assessments.fields.opd')} required searchable data={opds.data ?? []} value={v.opd || null} onChange={(x) => setV({ ...v, opd: x ?? '' })} error={err('opd')} nothingFoundMessage="—" />
            <Select
              label={t('assessments.fields.type')}
              required
              data={TYPES.map((x) => ({ value: x, label: t(`assessments.type.${x}`) }))}
              value={v.type || null}
              onChange={(x) => setV({ ...v, type: (x ?? '') as AssessmentType | '' })}
              error={err('type')}
            />
          </SimpleGrid>
          <TextInput label={t('assessments.fields.title')} required maxLength={200} value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} error={err('title')} />
          <Textarea label={t('assessments.fields.scope')} maxLength={2000} autosize minRows={2} value={v.scope} onChange={(e) => setV({ ...v, scope: e.currentTarget.value })} error={err('scope')} />
          <TextInput type="date" label={t('assessments.fields.plannedOn')} required value={v.plannedOn} onChange={(e) => setV({ ...v, plannedOn: e.currentTarget.value })} error={err('plannedOn')} />
          <ProblemAlert error={save.error} />
          <FormButtons pending={save.isPending} onCancel={onClose} submitLabel={t('assessments.plan')} />
        </Stack>
      </form>
    </Modal>
  );
}

type Step = 'finding' | 'complete' | 'cancel' | { resolve: string };

/** One assessment: its facts, findings and the steps the caller may take (the server decides; 409/422 shown). */
function AssessmentDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const dinas = isDinas(caller);
  const [step, setStep] = useState<Step | null>(null);
  const [done, setDone] = useState('');
  const one = useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: async () => must(await audit.GET('/api/v1/security-assessments/{id}', { params: { path: { id } } })),
  });
  const a = one.data;
  const ownOpd = !!a && caller?.opd === a.opd && !!caller?.roles.includes(Role.OPD_OPERATOR);
  return (
    <Modal opened onClose={onClose} title={a?.title ?? t('assessments.title')} size="xl">
      <ProblemAlert error={one.error} onReload={() => void one.refetch()} />
      {one.isPending ? (
        <Loading />
      ) : a ? (
        <Stack gap="sm">
          <FactRows
            rows={[
              [t('assessments.fields.type'), t(`assessments.type.${a.type}`)],
              [t('assessments.fields.opd'), a.opd],
              [t('assessments.fields.plannedOn'), formatDate(a.plannedOn)],
              [t('common.status'), t(`assessments.status.${a.status}`)],
              [t('assessments.fields.scope'), a.scope ?? '—'],
              [t('assessments.fields.summary'), a.summary ?? a.cancelReason ?? '—'],
            ]}
          />
          {dinas && a.status !== 'CANCELLED' && (
            <Group gap="xs" wrap="wrap" role="group" aria-label={t('assessments.steps')}>
              <Button size="sm" variant="light" onClick={() => { setDone(''); setStep('finding'); }}>
                {t('assessments.recordFinding')}
              </Button>
              {a.status === 'PLANNED' && (
                <>
                  <Button size="sm" onClick={() => { setDone(''); setStep('complete'); }}>
                    {t('assessments.complete')}
                  </Button>
                  <Button size="sm" color="red" variant="light" onClick={() => { setDone(''); setStep('cancel'); }}>
                    {t('assessments.cancel')}
                  </Button>
                </>
              )}
            </Group>
          )}
          <Text size="sm" role="status" aria-live="polite" c="teal">
            {done}
          </Text>
          {a.findings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('assessments.noFindings')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={680}>
              <Table striped>
                <Table.Caption>{t('assessments.findingsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('assessments.fields.findingTitle')}</Table.Th>
                    <Table.Th scope="col">{t('findings.columns.severity')}</Table.Th>
                    <Table.Th scope="col">{t('findings.columns.dueDate')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.followUp')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.findings.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>{f.title}</Text>
                        <Text size="xs" c="dimmed">{f.recommendation}</Text>
                      </Table.Td>
                      <Table.Td>
                        <SeverityBadge severity={f.severity} />
                      </Table.Td>
                      <Table.Td>
                        {formatDate(f.dueDate)}
                        {f.overdue && (
                          <Badge ml={6} color="red" variant="filled" size="sm">
                            {t('common.overdue')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {f.resolved ? (
                          <Text size="sm">{t('assessments.resolvedBy', { who: f.resolvedBy ?? '—', note: f.resolution ?? '' })}</Text>
                        ) : (dinas || ownOpd) && a.status !== 'CANCELLED' ? (
                          <Button size="xs" variant="light" aria-label={`${t('assessments.resolve')}: ${f.title}`} onClick={() => { setDone(''); setStep({ resolve: f.id }); }}>
                            {t('assessments.resolve')}
                          </Button>
                        ) : (
                          t('assessments.open')
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <AssessmentFiles assessment={a} queryKey={[...KEY, 'one', id]} />
          {step && (
            <StepForm
              assessment={a}
              step={step}
              onClose={() => setStep(null)}
              onDone={(message) => { setStep(null); setDone(message); }}
            />
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}

/** The form of one step: a finding (title, severity, recommendation, due date), completion, cancellation or a remedy. */
function StepForm({ assessment, step, onClose, onDone }: { assessment: Assessment; step: Step; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [v, setV] = useState({ title: '', severity: '' as Severity | '', description: '', recommendation: '', dueDate: '', summary: '', completedOn: dayIso(), reason: '', resolution: '' });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const path = { id: assessment.id };
  const save = useMutation({
    mutationFn: async () => {
      if (step === 'finding')
        return must(
          await audit.POST('/api/v1/security-assessments/{id}/findings', {
            params: { path },
            body: { title: v.title.trim(), severity: v.severity as Severity, description: v.description.trim() || null, recommendation: v.recommendation.trim(), dueDate: v.dueDate },
          }),
        );
      if (step === 'complete')
        return must(await audit.POST('/api/v1/security-assessments/{id}/complete', { params: { path }, body: { summary: v.summary.trim(), completedOn: v.completedOn } }));
      if (step === 'cancel') return must(await audit.POST('/api/v1/security-assessments/{id}/cancel', { params: { path }, body: { reason: v.reason.trim() } }));
      return must(
        await audit.POST('/api/v1/security-assessments/{id}/findings/{findingId}/resolve', {
          params: { path: { ...path, findingId: step.resolve } },
          body: { resolution: v.resolution.trim() },
        }),
      );
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone(t('assessments.updated'));
    },
  });
  const required: Record<string, string[]> = { finding: ['title', 'severity', 'recommendation', 'dueDate'], complete: ['summary', 'completedOn'], cancel: ['reason'], resolve: ['resolution'] };
  const kind = typeof step === 'string' ? step : 'resolve';
  function submit(event: FormEvent) {
    event.preventDefault();
    const blank: Record<string, string> = {};
    for (const field of required[kind] ?? []) if (!String(v[field as keyof typeof v]).trim()) blank[field] = tc('field.required');
    setMissing(blank);
    if (Object.keys(blank).length === 0) save.mutate();
  }
  const err = (field: string) => missing[field] ?? fieldError(save.error, field);
  const text = (field: 'title' | 'description' | 'recommendation' | 'summary' | 'reason' | 'resolution', area = false) => {
    const props = { label: t(`assessments.fields.${field === 'title' ? 'findingTitle' : field}`), required: (required[kind] ?? []).includes(field), value: v[field], error: err(field), maxLength: field === 'title' ? 200 : 2000 };
    return area ? (
      <Textarea {...props} autosize minRows={2} onChange={(e) => setV({ ...v, [field]: e.currentTarget.value })} />
    ) : (
      <TextInput {...props} onChange={(e) => setV({ ...v, [field]: e.currentTarget.value })} />
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t(`assessments.stepTitle.${kind}`)}>
      <Stack gap="sm">
        <Text fw={600}>{t(`assessments.stepTitle.${kind}`)}</Text>
        {kind === 'finding' && (
          <>
            {text('title')}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select label={t('findings.columns.severity')} required data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))} value={v.severity || null} onChange={(x) => setV({ ...v, severity: (x ?? '') as Severity | '' })} error={err('severity')} />
              <TextInput type="date" label={t('findings.columns.dueDate')} required value={v.dueDate} onChange={(e) => setV({ ...v, dueDate: e.currentTarget.value })} error={err('dueDate')} />
            </SimpleGrid>
            {text('description', true)}
            {text('recommendation', true)}
          </>
        )}
        {kind === 'complete' && (
          <>
            {text('summary', true)}
            <TextInput type="date" label={t('assessments.fields.completedOn')} required value={v.completedOn} onChange={(e) => setV({ ...v, completedOn: e.currentTarget.value })} error={err('completedOn')} />
          </>
        )}
        {kind === 'cancel' && text('reason', true)}
        {kind === 'resolve' && text('resolution', true)}
        <ProblemAlert error={save.error} />
        <FormButtons pending={save.isPending} onCancel={onClose} submitLabel={t(`assessments.stepSubmit.${kind}`)} />
      </Stack>
    </form>
  );
}
