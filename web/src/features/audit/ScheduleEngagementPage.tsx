import { Checkbox, Group, Paper, Radio, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { audit, must, type AuditSchemas } from '../../api/client';
import { FormButtons } from '../../ui/FormButtons';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { blankToUndefined, dayIso, KINDS, SCOPES, useOpdOptions, type AuditKind, type ScopeArea } from './shared';
import './i18n';

type Source = 'plan' | 'previous' | 'adhoc';
type ScheduleRequest = AuditSchemas['ScheduleRequest'];

/** Obligations of this year's and next year's plan not yet scheduled (the plan links the audit once scheduled). */
function useOpenPlanItems(enabled: boolean) {
  const year = new Date().getFullYear();
  return useQuery({
    queryKey: ['audit-plan', 'open-for-scheduling', year],
    enabled,
    queryFn: async () => {
      const pages = await Promise.all(
        [year, year + 1].map(async (y) =>
          must(await audit.GET('/api/v1/audit-plan', { params: { query: { year: y, size: 200, sort: ['dueDate,asc'] } } })),
        ),
      );
      return pages.flatMap((p) => p.items).filter((i) => !i.scheduledAuditId && i.status === 'ACTIVE');
    },
  });
}

/**
 * /audit/penugasan/baru — Dinas schedules an audit: from a plan obligation (?planItemId=), continuing a completed
 * audit (?previousAuditId=: scope and open findings come along) or ad hoc; with the AU2 scope checklist. The team is
 * assigned on the engagement's page, where AU3 refusals are shown per attempt.
 */
export default function ScheduleEngagementPage() {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const initialSource: Source = params.get('previousAuditId') ? 'previous' : params.get('adhoc') ? 'adhoc' : 'plan';
  const [source, setSource] = useState<Source>(initialSource);
  const [planItemId, setPlanItemId] = useState(params.get('planItemId') ?? '');
  const [previousAuditId, setPreviousAuditId] = useState(params.get('previousAuditId') ?? '');
  const [kind, setKind] = useState<AuditKind>('APLIKASI');
  const [auditedOpd, setAuditedOpd] = useState('');
  const [objectName, setObjectName] = useState('');
  const [title, setTitle] = useState('');
  const [plannedStart, setPlannedStart] = useState(dayIso(14));
  const [plannedEnd, setPlannedEnd] = useState(dayIso(44));
  const [scope, setScope] = useState<ScopeArea[]>(source === 'previous' ? [] : ['GOVERNANCE_AND_MANAGEMENT', 'FUNCTIONALITY']);
  const [otherScope, setOtherScope] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});

  const planItems = useOpenPlanItems(source === 'plan');
  const previous = useQuery({
    queryKey: ['audit-engagements', 'completed-for-continuation'],
    enabled: source === 'previous',
    queryFn: async () =>
      must(await audit.GET('/api/v1/audits', { params: { query: { status: 'COMPLETED', size: 100, sort: ['plannedStart,desc'] } } })).items,
  });
  const opds = useOpdOptions(source === 'adhoc');

  const planOptions = (planItems.data ?? []).map((i) => ({
    value: i.id,
    label: t('schedule.planItemOption', { name: `${i.applicationName} (${i.opd})`, kind: t(`kind.${i.kind}`), due: formatDate(i.dueDate) }),
  }));
  // A plan item named in the URL but already scheduled or out of this window still shows by its id.
  if (planItemId && planItems.data && !planOptions.some((o) => o.value === planItemId)) planOptions.unshift({ value: planItemId, label: planItemId });
  const previousOptions = (previous.data ?? []).map((a) => ({ value: a.id, label: `${a.title} (${a.auditedOpd}, ${formatDate(a.completedOn)})` }));
  if (previousAuditId && previous.data && !previousOptions.some((o) => o.value === previousAuditId)) previousOptions.unshift({ value: previousAuditId, label: previousAuditId });

  function body(): ScheduleRequest {
    const request: ScheduleRequest = { title: title.trim(), plannedStart, plannedEnd };
    if (scope.length > 0) request.scope = scope;
    if (scope.includes('OTHER')) request.otherScope = blankToUndefined(otherScope);
    if (source === 'plan') request.planItemId = planItemId;
    if (source === 'previous') request.previousAuditId = previousAuditId;
    if (source === 'adhoc') {
      request.kind = kind;
      request.auditedOpd = auditedOpd;
      request.objectName = blankToUndefined(objectName);
    }
    return request;
  }

  const schedule = useMutation({
    mutationFn: async () => must(await audit.POST('/api/v1/audits', { body: body() })),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['audit-engagements'] });
      await client.invalidateQueries({ queryKey: ['audit-plan'] });
      navigate(`/audit/penugasan/${encodeURIComponent(created.id)}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const blank: Record<string, string> = {};
    const required = tc('field.required');
    if (!title.trim()) blank.title = required;
    if (!plannedStart) blank.plannedStart = required;
    if (!plannedEnd) blank.plannedEnd = required;
    if (plannedStart && plannedEnd && plannedEnd < plannedStart) blank.plannedEnd = t('schedule.endBeforeStart');
    if (source === 'plan' && !planItemId) blank.planItemId = required;
    if (source === 'previous' && !previousAuditId) blank.previousAuditId = required;
    if (source === 'adhoc' && !auditedOpd) blank.auditedOpd = required;
    if (scope.includes('OTHER') && !otherScope.trim()) blank.otherScope = required;
    setMissing(blank);
    if (Object.keys(blank).length === 0) schedule.mutate();
  }
  const err = (field: string) => missing[field] ?? fieldError(schedule.error, field);

  return (
    <Stack>
      <PageHeader title={t('schedule.title')} subtitle={t('schedule.subtitle')} />
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate maw={760}>
        <Stack gap="sm">
          <Radio.Group label={t('schedule.source')} value={source} onChange={(v) => setSource(v as Source)}>
            <Group mt={6} gap="md">
              <Radio value="plan" label={t('schedule.fromPlan')} />
              <Radio value="previous" label={t('schedule.fromPrevious')} />
              <Radio value="adhoc" label={t('schedule.adHoc')} />
            </Group>
          </Radio.Group>
          {source === 'plan' && (
            <Select
              label={t('schedule.planItem')}
              description={planItems.data && planOptions.length === 0 ? t('schedule.noPlanItems') : t('schedule.planItemHint')}
              required
              searchable
              data={planOptions}
              value={planItemId || null}
              onChange={(v) => setPlanItemId(v ?? '')}
              error={err('planItemId')}
              nothingFoundMessage="—"
            />
          )}
          {source === 'previous' && (
            <Select
              label={t('schedule.previous')}
              description={previous.data && previousOptions.length === 0 ? t('schedule.noPrevious') : t('schedule.previousHint')}
              required
              searchable
              data={previousOptions}
              value={previousAuditId || null}
              onChange={(v) => setPreviousAuditId(v ?? '')}
              error={err('previousAuditId')}
              nothingFoundMessage="—"
            />
          )}
          {source === 'adhoc' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('schedule.kind')}
                required
                allowDeselect={false}
                data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                value={kind}
                onChange={(v) => setKind((v as AuditKind) ?? 'APLIKASI')}
                error={err('kind')}
              />
              <Select
                label={t('schedule.auditedOpd')}
                required
                searchable
                data={opds.data ?? []}
                value={auditedOpd || null}
                onChange={(v) => setAuditedOpd(v ?? '')}
                error={err('auditedOpd')}
                nothingFoundMessage="—"
              />
              <TextInput
                label={t('schedule.objectName')}
                value={objectName}
                maxLength={200}
                onChange={(e) => setObjectName(e.currentTarget.value)}
                error={err('objectName')}
              />
            </SimpleGrid>
          )}
          <ProblemAlert error={planItems.error ?? previous.error} />
          <TextInput
            label={t('schedule.titleField')}
            required
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('schedule.plannedStart')}
              required
              value={plannedStart}
              onChange={(e) => setPlannedStart(e.currentTarget.value)}
              error={err('plannedStart')}
            />
            <TextInput
              type="date"
              label={t('schedule.plannedEnd')}
              required
              value={plannedEnd}
              onChange={(e) => setPlannedEnd(e.currentTarget.value)}
              error={err('plannedEnd')}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('schedule.scope')}
            description={source === 'previous' ? t('schedule.scopeFromPrevious') : undefined}
            value={scope}
            onChange={(v) => setScope(v as ScopeArea[])}
            error={err('scope')}
          >
            <Group mt={6} gap="md">
              {SCOPES.map((s) => (
                <Checkbox key={s} value={s} label={t(`scope.${s}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {scope.includes('OTHER') && (
            <Textarea
              label={t('schedule.otherScope')}
              required
              value={otherScope}
              maxLength={1000}
              autosize
              minRows={2}
              onChange={(e) => setOtherScope(e.currentTarget.value)}
              error={err('otherScope')}
            />
          )}
          <ProblemAlert error={schedule.error} />
          <FormButtons pending={schedule.isPending} onCancel={() => navigate('/audit/penugasan')} submitLabel={t('schedule.submit')} />
        </Stack>
      </Paper>
    </Stack>
  );
}
