import { Checkbox, Group, Modal, NativeSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { must, servicedesk } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FormButtons } from '../../../ui/FormButtons';
import { fieldError, ProblemAlert } from '../../../ui/ProblemAlert';
import { StepButtons } from '../../../ui/StepButtons';
import { allowedActions, LEVELS, type Level, type Ticket, type TicketAction } from '../model';
import { ifMatch, useRefreshTicket } from '../queries';
import '../i18n';

interface Values {
  assignee: string;
  question: string;
  rootCause: string;
  impact: Level;
  urgency: Level;
  reason: string;
  resolutionNote: string;
  resolveChildren: boolean;
  score: string;
  comment: string;
  title: string;
}

/** The fields each step asks for, and which of them must not be blank (the server's 422 rules, checked early). */
const FIELDS: Record<TicketAction, { show: (keyof Values)[]; required: (keyof Values)[] }> = {
  take: { show: [], required: [] },
  assign: { show: ['assignee'], required: ['assignee'] },
  requestInformation: { show: ['question'], required: ['question'] },
  resume: { show: [], required: [] },
  rootCause: { show: ['rootCause'], required: ['rootCause'] },
  reprioritize: { show: ['impact', 'urgency', 'reason'], required: ['reason'] },
  escalate: { show: ['reason'], required: ['reason'] },
  resolve: { show: ['resolutionNote'], required: ['resolutionNote'] },
  close: { show: [], required: [] },
  reopen: { show: ['reason'], required: ['reason'] },
  rate: { show: ['score', 'comment'], required: ['score'] },
  knowledge: { show: ['title'], required: [] },
};

/**
 * The workflow buttons this caller may press on this ticket now (see allowedActions), each opening a small form.
 * Every step sends the ETag of the ticket shown as If-Match; a 412 (someone else moved it) offers a reload.
 */
export function TicketActions({ ticket, etag }: { ticket: Ticket; etag?: string }) {
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const actions = allowedActions(ticket, caller);
  const [open, setOpen] = useState<TicketAction | null>(null);
  const [done, setDone] = useState<string>();
  return (
    <Stack gap="xs">
      <StepButtons
        label={t('workflow.label')}
        steps={actions.map((action) => ({
          key: action,
          label: t(`workflow.action.${action}`),
          variant: action === 'escalate' || action === 'reopen' ? 'light' : action === 'knowledge' || action === 'rate' ? 'default' : 'filled',
          color: action === 'escalate' ? 'orange' : undefined,
          onClick: () => {
            setDone(undefined);
            setOpen(action);
          },
        }))}
        none={t('workflow.none')}
        done={done}
      />
      {open && (
        <ActionModal
          action={open}
          ticket={ticket}
          etag={etag}
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
  ticket,
  etag,
  onClose,
  onDone,
}: {
  action: TicketAction;
  ticket: Ticket;
  etag?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('servicedesk');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshTicket(ticket.id);
  const [values, setValues] = useState<Values>({
    assignee: '',
    question: '',
    rootCause: '',
    impact: ticket.impact,
    urgency: ticket.urgency,
    reason: '',
    resolutionNote: '',
    resolveChildren: false,
    score: '',
    comment: '',
    title: '',
  });
  const [missing, setMissing] = useState<Partial<Record<keyof Values, boolean>>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  // At Tier 1 only the OPD's roster technicians may be assigned (S2): offer them; Tier 2 types a username.
  const roster = useQuery({
    queryKey: ['servicedesk', 'roster', ticket.requesterOpd],
    enabled: action === 'assign' && ticket.tier === 'TIER1',
    queryFn: async () => must(await servicedesk.GET('/api/v1/tier1-roster/{opd}', { params: { path: { opd: ticket.requesterOpd } } })),
  });

  const mutation = useMutation({
    mutationFn: () => perform(action, ticket, etag, values),
    onSuccess: async (result) => {
      await refresh();
      if (action === 'knowledge' && result && typeof result === 'object' && 'id' in result) {
        navigate(`/layanan/pengetahuan/${(result as { id: string }).id}`);
        return;
      }
      onDone();
    },
  });

  const { show, required } = FIELDS[action];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = Object.fromEntries(required.filter((k) => !String(values[k]).trim()).map((k) => [k, true]));
    setMissing(blank);
    if (Object.keys(blank).length === 0) mutation.mutate();
  };
  const error = (key: keyof Values, serverField: string = key) => (missing[key] ? tc('field.required') : fieldError(mutation.error, serverField));
  const text = (key: 'question' | 'rootCause' | 'reason' | 'resolutionNote' | 'comment', label: string, max: number) => (
    <Textarea
      label={label}
      required={required.includes(key)}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      maxLength={max}
      autosize
      minRows={2}
      error={error(key)}
      data-autofocus
    />
  );
  const technicians = (roster.data?.technicians ?? []).map((tech) => ({ value: tech.username, label: `${tech.name} (${tech.username})` }));

  return (
    <Modal opened onClose={onClose} title={t(`workflow.action.${action}`)} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`workflow.explain.${action}`)}</Text>
          {show.includes('assignee') &&
            (ticket.tier === 'TIER1' && technicians.length > 0 ? (
              <Select
                label={t('workflow.technician')}
                required
                data={technicians}
                value={values.assignee || null}
                onChange={(v) => set('assignee', v ?? '')}
                error={error('assignee')}
              />
            ) : (
              <TextInput
                label={t('workflow.assignee')}
                required
                maxLength={100}
                value={values.assignee}
                onChange={(e) => set('assignee', e.currentTarget.value)}
                error={error('assignee')}
              />
            ))}
          {show.includes('question') && text('question', t('workflow.question'), 4000)}
          {show.includes('rootCause') && text('rootCause', t('workflow.rootCause'), 4000)}
          {show.includes('impact') && (
            <Group grow align="flex-start">
              <NativeSelect
                label={t('workflow.impact')}
                data={LEVELS.map((v) => ({ value: v, label: t(`enum.level.${v}`) }))}
                value={values.impact}
                onChange={(e) => set('impact', e.currentTarget.value as Level)}
                error={error('impact')}
              />
              <NativeSelect
                label={t('workflow.urgency')}
                data={LEVELS.map((v) => ({ value: v, label: t(`enum.level.${v}`) }))}
                value={values.urgency}
                onChange={(e) => set('urgency', e.currentTarget.value as Level)}
                error={error('urgency')}
              />
            </Group>
          )}
          {show.includes('reason') && text('reason', action === 'escalate' ? t('workflow.escalateReason') : t('workflow.reason'), 2000)}
          {show.includes('resolutionNote') && text('resolutionNote', t('workflow.resolutionNote'), 8000)}
          {action === 'resolve' && ticket.type === 'MASALAH' && (
            <Checkbox label={t('workflow.resolveChildren')} checked={values.resolveChildren} onChange={(e) => set('resolveChildren', e.currentTarget.checked)} />
          )}
          {show.includes('score') && (
            <NativeSelect
              label={t('workflow.score')}
              required
              data={['', '5', '4', '3', '2', '1']}
              value={values.score}
              onChange={(e) => set('score', e.currentTarget.value)}
              error={error('score')}
            />
          )}
          {show.includes('comment') && text('comment', t('workflow.comment'), 2000)}
          {show.includes('title') && (
            <TextInput label={t('workflow.articleTitle')} maxLength={200} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={error('title')} />
          )}
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t(`workflow.action.${action}`)}
            submitColor={action === 'escalate' ? 'orange' : undefined}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** Sends one step with the ticket's ETag as If-Match (the service answers 412 when the ticket moved meanwhile). */
async function perform(action: TicketAction, ticket: Ticket, etag: string | undefined, v: Values): Promise<unknown> {
  const params = { path: { id: ticket.id }, header: ifMatch(etag) };
  switch (action) {
    case 'take':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/take', { params }));
    case 'assign':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/assign', { params, body: { assignee: v.assignee.trim() } }));
    case 'requestInformation':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/request-information', { params, body: { question: v.question.trim() } }));
    case 'resume':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/resume', { params }));
    case 'rootCause':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/root-cause', { params, body: { rootCause: v.rootCause.trim() } }));
    case 'reprioritize':
      return must(
        await servicedesk.POST('/api/v1/tickets/{id}/reprioritize', { params, body: { impact: v.impact, urgency: v.urgency, reason: v.reason.trim() } }),
      );
    case 'escalate':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/escalate', { params, body: { reason: v.reason.trim() } }));
    case 'resolve':
      return must(
        await servicedesk.POST('/api/v1/tickets/{id}/resolve', {
          params,
          body: { resolutionNote: v.resolutionNote.trim(), ...(ticket.type === 'MASALAH' ? { resolveChildren: v.resolveChildren } : {}) },
        }),
      );
    case 'close':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/close', { params }));
    case 'reopen':
      return must(await servicedesk.POST('/api/v1/tickets/{id}/reopen', { params, body: { reason: v.reason.trim() } }));
    case 'rate':
      return must(
        await servicedesk.POST('/api/v1/tickets/{id}/satisfaction', {
          params,
          body: { score: Number(v.score), ...(v.comment.trim() ? { comment: v.comment.trim() } : {}) },
        }),
      );
    case 'knowledge':
      return must(
        await servicedesk.POST('/api/v1/tickets/{ticketId}/knowledge-article', {
          params: { path: { ticketId: ticket.id } },
          body: v.title.trim() ? { title: v.title.trim() } : {},
        }),
      );
  }
}
