import { Checkbox, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { Role } from '../../../auth/roles';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { EditApplicationModal } from './EditApplicationModal';
import { allowedActions, etagOf, type Application, type WorkflowAction } from './permissions';
import { useDocuments, useRefreshApplication } from './queries';
import { FormButtons } from '../../../ui/FormButtons';
import { StepButtons } from '../../../ui/StepButtons';
import './i18n';

const STAGES = ['REQUIREMENTS_ANALYSIS', 'DESIGN', 'CONSTRUCTION', 'TESTING', 'IMPLEMENTATION'] as const;
type Stage = (typeof STAGES)[number];
const TEST_KINDS = ['FUNCTIONAL', 'USER_ACCEPTANCE', 'SECURITY', 'PERFORMANCE'] as const;
const CONFORMANCE = ['SESUAI', 'SESUAI_DENGAN_CATATAN', 'TIDAK_SESUAI'] as const;

interface Values {
  note: string;
  reason: string;
  consideration: string;
  stage: string;
  testKind: string;
  testedOn: string;
  passed: boolean;
  summary: string;
  reportFileId: string;
  result: string;
  reviewedOn: string;
  notes: string;
}

type TextKey = 'note' | 'reason' | 'consideration' | 'summary' | 'notes';

const today = () => new Date().toISOString().slice(0, 10);
const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

/**
 * The workflow buttons this caller may press on this application (see allowedActions), each opening a small form.
 * Steps the server guards with If-Match send the version shown; a 412 offers a reload that refetches the page.
 */
export function WorkflowActions({ app }: { app: Application }) {
  const { t } = useTranslation('appDetail');
  const caller = useCaller();
  const actions = allowedActions(app, caller);
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const [done, setDone] = useState<string>();

  return (
    <Stack gap="xs">
      <StepButtons
        label={t('workflow.label')}
        steps={actions.map((action) => ({
          key: action,
          label: t(`workflow.action.${action}`),
          variant: action === 'reject' || action === 'decommission' ? 'light' : 'filled',
          color: action === 'reject' || action === 'decommission' ? 'red' : undefined,
          onClick: () => {
            setDone(undefined);
            setOpen(action);
          },
        }))}
        none={t('workflow.none')}
        done={done}
      />
      {open === 'edit' && (
        <EditApplicationModal
          app={app}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            setDone(t('workflow.done'));
          }}
        />
      )}
      {open && open !== 'edit' && (
        <ActionModal
          action={open}
          app={app}
          isDinas={!!caller?.roles.includes(Role.DINAS_ADMIN)}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setDone(t('workflow.done'));
          }}
        />
      )}
    </Stack>
  );
}

function ActionModal({
  action,
  app,
  isDinas,
  onClose,
  onDone,
}: {
  action: Exclude<WorkflowAction, 'edit'>;
  app: Application;
  isDinas: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('appDetail');
  const { t: td } = useTranslation('domain');
  const { t: tc } = useTranslation();
  const refresh = useRefreshApplication(app.id);
  // A test result may point at its report among the application's TEST_REPORT documents.
  const documents = useDocuments(app.id, action === 'testResult');
  const reports = (documents.data?.kinds ?? [])
    .filter((k) => k.kind === 'TEST_REPORT')
    .flatMap((k) => k.versions)
    .map((v) => ({ value: v.fileId, label: `v${v.version} · ${v.filename}` }));
  const [values, setValues] = useState<Values>({
    note: '',
    reason: '',
    consideration: '',
    stage: '',
    testKind: 'FUNCTIONAL',
    testedOn: today(),
    passed: true,
    summary: '',
    reportFileId: '',
    result: 'SESUAI',
    reviewedOn: today(),
    notes: '',
  });
  const [missing, setMissing] = useState<Partial<Record<keyof Values, boolean>>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const mutation = useMutation({
    mutationFn: () => perform(action, app, values),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });

  const currentStage = STAGES.indexOf((app.stage ?? 'REQUIREMENTS_ANALYSIS') as Stage);
  const stageOptions = STAGES.filter((_, i) => (isDinas ? i !== currentStage : i > currentStage)).map((s) => ({
    value: s,
    label: td(`stage.${s}`),
  }));
  const goingBack = values.stage !== '' && STAGES.indexOf(values.stage as Stage) < currentStage;
  const needsConsideration =
    action === 'recommend' && app.licence?.kind === 'CLOSED_SOURCE' && !app.closedSourceConsideration;
  const notesRequired = action === 'conformance' && values.result !== 'SESUAI';

  const required: (keyof Values)[] = {
    submit: [],
    deposit: [],
    activate: [],
    recommend: needsConsideration ? (['consideration'] as (keyof Values)[]) : [],
    reject: ['reason'] as (keyof Values)[],
    decommission: ['reason'] as (keyof Values)[],
    closedSource: ['consideration'] as (keyof Values)[],
    stage: (goingBack ? ['stage', 'reason'] : ['stage']) as (keyof Values)[],
    testResult: ['testedOn', 'summary'] as (keyof Values)[],
    conformance: (notesRequired ? ['reviewedOn', 'notes'] : ['reviewedOn']) as (keyof Values)[],
    sharedUse: [],
  }[action];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = Object.fromEntries(required.filter((k) => !String(values[k]).trim()).map((k) => [k, true]));
    setMissing(blank);
    if (Object.keys(blank).length === 0) mutation.mutate();
  };
  const error = (key: keyof Values, serverField: string) =>
    missing[key] ? tc('field.required') : fieldError(mutation.error, serverField);
  /** A free-text field of the step's form (all share the server's 4000-character limit). */
  const text = (key: TextKey, label: string, serverField: string, required?: boolean) => (
    <Textarea
      label={label}
      required={required}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      maxLength={4000}
      autosize
      minRows={2}
      error={error(key, serverField)}
    />
  );
  /** A date field of the step's form. */
  const date = (key: 'testedOn' | 'reviewedOn', label: string) => (
    <TextInput
      type="date"
      label={label}
      required
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={error(key, key)}
    />
  );

  return (
    <Modal opened onClose={onClose} title={t(`workflow.action.${action}`)} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`workflow.explain.${action}`)}</Text>
          {(action === 'recommend' || action === 'sharedUse') && text('note', t('workflow.note'), 'note')}
          {(needsConsideration || action === 'closedSource') &&
            text(
              'consideration',
              t('workflow.consideration'),
              action === 'closedSource' ? 'consideration' : 'closedSourceConsideration',
              true,
            )}
          {action === 'stage' && (
            <>
              <Select
                label={t('workflow.newStage')}
                required
                data={stageOptions}
                value={values.stage || null}
                onChange={(v) => set('stage', v ?? '')}
                error={error('stage', 'stage')}
              />
              {text('reason', t('workflow.stageReason'), 'reason', goingBack)}
            </>
          )}
          {(action === 'reject' || action === 'decommission') && text('reason', t('workflow.reason'), 'reason', true)}
          {action === 'testResult' && (
            <>
              <Select
                label={t('test.kind')}
                required
                allowDeselect={false}
                data={TEST_KINDS.map((k) => ({ value: k, label: t(`enums.testKind.${k}`) }))}
                value={values.testKind}
                onChange={(v) => set('testKind', v ?? 'FUNCTIONAL')}
                error={error('testKind', 'kind')}
              />
              {date('testedOn', t('test.testedOn'))}
              <Checkbox
                label={t('test.pass')}
                checked={values.passed}
                onChange={(e) => set('passed', e.currentTarget.checked)}
              />
              {text('summary', t('test.summary'), 'summary', true)}
              <Select
                label={t('test.reportFileId')}
                clearable
                data={reports}
                value={values.reportFileId || null}
                onChange={(v) => set('reportFileId', v ?? '')}
                nothingFoundMessage={t('test.noReport')}
                error={error('reportFileId', 'reportFileId')}
              />
            </>
          )}
          {action === 'conformance' && (
            <>
              <Select
                label={t('conformance.result')}
                required
                allowDeselect={false}
                data={CONFORMANCE.map((k) => ({ value: k, label: t(`enums.conformance.${k}`) }))}
                value={values.result}
                onChange={(v) => set('result', v ?? 'SESUAI')}
                error={error('result', 'result')}
              />
              {date('reviewedOn', t('conformance.reviewedOn'))}
              {text('notes', t('conformance.notes'), 'notes', notesRequired)}
            </>
          )}
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t(`workflow.action.${action}`)} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Sends one step; steps that read If-Match get the version the user saw. */
async function perform(action: Exclude<WorkflowAction, 'edit'>, app: Application, v: Values): Promise<unknown> {
  const path = { id: app.id };
  const header = { 'If-Match': etagOf(app.version) };
  switch (action) {
    case 'submit':
      return must(await appRegistry.POST('/api/v1/applications/{id}/submit', { params: { path, header } }));
    case 'recommend':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/recommend', {
          params: { path, header },
          body: { note: blankToUndefined(v.note), closedSourceConsideration: blankToUndefined(v.consideration) },
        }),
      );
    case 'reject':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/reject', {
          params: { path, header },
          body: { reason: v.reason.trim() },
        }),
      );
    case 'closedSource':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/closed-source-consideration', {
          params: { path, header },
          body: { consideration: v.consideration.trim() },
        }),
      );
    case 'deposit':
      return must(await appRegistry.POST('/api/v1/applications/{id}/deposit', { params: { path, header } }));
    case 'activate':
      return must(await appRegistry.POST('/api/v1/applications/{id}/activate', { params: { path, header } }));
    case 'decommission':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/decommission', {
          params: { path, header },
          body: { reason: v.reason.trim() },
        }),
      );
    case 'stage':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/stage', {
          params: { path, header },
          body: { stage: v.stage as Stage, reason: blankToUndefined(v.reason) },
        }),
      );
    case 'testResult':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/test-results', {
          params: { path },
          body: {
            kind: v.testKind as (typeof TEST_KINDS)[number],
            testedOn: v.testedOn,
            passed: v.passed,
            summary: v.summary.trim(),
            reportFileId: blankToUndefined(v.reportFileId),
          },
        }),
      );
    case 'conformance':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/conformance-reviews', {
          params: { path },
          body: {
            result: v.result as (typeof CONFORMANCE)[number],
            reviewedOn: v.reviewedOn,
            notes: blankToUndefined(v.notes),
          },
        }),
      );
    case 'sharedUse':
      return must(
        await appRegistry.POST('/api/v1/applications/{id}/shared-use-approval', {
          params: { path, header },
          body: { note: blankToUndefined(v.note) },
        }),
      );
  }
}
