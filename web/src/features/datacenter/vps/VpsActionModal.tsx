import { Checkbox, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datacenter, gatewayFetch, must } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import type { Vps } from '../shared';
import { ACTION_PATH, type VpsAction } from './vpsActions';
import '../i18n';

const METHODS = ['IN_PERSON', 'ENCRYPTED_EMAIL', 'PASSWORD_MANAGER_SHARE', 'SSH_PUBLIC_KEY', 'OTHER'] as const;

interface Values {
  dataCenter: string;
  note: string;
  reason: string;
  hostname: string;
  ipAddress: string;
  handedTo: string;
  method: string;
  handedAt: string;
  acknowledged: boolean;
  until: string;
  vcpu: number | '';
  ramGib: number | '';
  diskGib: number | '';
}

/** What each step's body is, exactly as the API's forms name it (ApproveForm, ReasonForm, ProvisionForm…). */
export function bodyFor(action: VpsAction, v: Values): object | undefined {
  switch (action) {
    case 'approve':
      return { ...(v.dataCenter ? { dataCenter: v.dataCenter } : {}), ...(v.note.trim() ? { note: v.note.trim() } : {}) };
    case 'reject':
    case 'rejectResize':
    case 'decommission':
      return { reason: v.reason.trim() };
    case 'provision':
      return {
        hostname: v.hostname.trim(),
        ipAddress: v.ipAddress.trim(),
        handover: {
          handedTo: v.handedTo.trim(),
          method: v.method,
          ...(v.handedAt ? { handedAt: new Date(v.handedAt).toISOString() } : {}),
        },
      };
    case 'renew':
      return { until: v.until };
    case 'requestResize':
      return { vcpu: Number(v.vcpu), ramGib: Number(v.ramGib), diskGib: Number(v.diskGib), reason: v.reason.trim() };
    default:
      return undefined; // activate, approve-resize: no body
  }
}

const REQUIRED: Record<VpsAction, (keyof Values)[]> = {
  approve: [],
  reject: ['reason'],
  provision: ['hostname', 'ipAddress', 'handedTo', 'method', 'acknowledged'],
  activate: [],
  renew: ['until'],
  requestResize: ['vcpu', 'ramGib', 'diskGib', 'reason'],
  approveResize: [],
  rejectResize: ['reason'],
  decommission: ['reason'],
};

/**
 * One workflow step of a VPS as a small form. The version shown is sent as If-Match (412 when someone changed it
 * meanwhile; the reload refetches). Provisioning records only the hand-over of the credentials — the form has no
 * field for a secret, and asks the person to confirm none was typed anywhere in it.
 */
export function VpsActionModal({
  action,
  vps,
  etag,
  onClose,
  onDone,
  refresh,
}: {
  action: VpsAction;
  vps: Vps;
  etag?: string;
  onClose: () => void;
  onDone: () => void;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<Values>({
    dataCenter: '',
    note: '',
    reason: '',
    hostname: '',
    ipAddress: '',
    handedTo: '',
    method: 'IN_PERSON',
    handedAt: '',
    acknowledged: false,
    until: '',
    vcpu: vps.pendingResize?.vcpu ?? vps.vcpu,
    ramGib: vps.pendingResize?.ramGib ?? vps.ramGib,
    diskGib: vps.pendingResize?.diskGib ?? vps.diskGib,
  });
  const [missing, setMissing] = useState<Partial<Record<keyof Values, boolean>>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const sites = useQuery({
    queryKey: ['datacenter', 'sites', 'options'],
    enabled: action === 'approve',
    queryFn: async () => must(await datacenter.GET('/api/v1/data-centers', { params: { query: { size: 100 } } })),
  });

  const mutation = useMutation({
    mutationFn: async () => {
      const body = bodyFor(action, values);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (etag) headers['If-Match'] = etag;
      const response = await gatewayFetch(`/api/v1/vps-requests/${encodeURIComponent(vps.id)}/${ACTION_PATH[action]}`, {
        method: 'POST',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.json() as Promise<Vps>;
    },
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = Object.fromEntries(
      REQUIRED[action].filter((k) => (typeof values[k] === 'boolean' ? !values[k] : !String(values[k]).trim())).map((k) => [k, true]),
    );
    setMissing(blank);
    if (Object.keys(blank).length === 0) mutation.mutate();
  };
  const error = (key: keyof Values, serverField: string = key) => (missing[key] ? tc('field.required') : fieldError(mutation.error, serverField));
  const reason = (
    <Textarea
      label={t('vpsAction.reason')}
      required
      autosize
      minRows={2}
      maxLength={2000}
      value={values.reason}
      onChange={(e) => set('reason', e.currentTarget.value)}
      error={error('reason')}
    />
  );
  const danger = action === 'reject' || action === 'rejectResize' || action === 'decommission';

  return (
    <Modal opened onClose={onClose} title={t(`vpsAction.${action}`)} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`vpsAction.explain.${action}`)}</Text>
          {action === 'approve' && (
            <>
              <Select
                label={t('vpsAction.dataCenter')}
                description={t('vpsAction.dataCenterHint')}
                clearable
                data={(sites.data?.items ?? []).map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` }))}
                value={values.dataCenter || null}
                onChange={(v) => set('dataCenter', v ?? '')}
                error={error('dataCenter')}
              />
              <Textarea
                label={t('common.note')}
                autosize
                minRows={2}
                maxLength={2000}
                value={values.note}
                onChange={(e) => set('note', e.currentTarget.value)}
                error={error('note')}
              />
            </>
          )}
          {(action === 'reject' || action === 'rejectResize' || action === 'decommission') && reason}
          {action === 'provision' && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('vpsAction.hostname')}
                  required
                  maxLength={253}
                  autoComplete="off"
                  value={values.hostname}
                  onChange={(e) => set('hostname', e.currentTarget.value)}
                  error={error('hostname')}
                />
                <TextInput
                  label={t('vpsAction.ipAddress')}
                  required
                  maxLength={45}
                  autoComplete="off"
                  value={values.ipAddress}
                  onChange={(e) => set('ipAddress', e.currentTarget.value)}
                  error={error('ipAddress')}
                />
              </SimpleGrid>
              <TextInput
                label={t('vpsAction.handedTo')}
                required
                maxLength={200}
                value={values.handedTo}
                onChange={(e) => set('handedTo', e.currentTarget.value)}
                error={error('handedTo', 'handover.handedTo')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('vpsAction.method')}
                  required
                  allowDeselect={false}
                  data={METHODS.map((m) => ({ value: m, label: t(`handover.${m}`) }))}
                  value={values.method}
                  onChange={(v) => set('method', v ?? 'IN_PERSON')}
                  error={error('method', 'handover.method')}
                />
                <TextInput
                  type="datetime-local"
                  label={t('vpsAction.handedAt')}
                  description={t('vpsAction.handedAtHint')}
                  value={values.handedAt}
                  onChange={(e) => set('handedAt', e.currentTarget.value)}
                  error={error('handedAt', 'handover.handedAt')}
                />
              </SimpleGrid>
              <Checkbox
                label={t('vpsAction.acknowledge')}
                checked={values.acknowledged}
                onChange={(e) => set('acknowledged', e.currentTarget.checked)}
                error={missing.acknowledged ? tc('field.required') : undefined}
              />
            </>
          )}
          {action === 'renew' && (
            <TextInput
              type="date"
              label={t('vpsAction.until')}
              required
              min={vps.expiresOn ?? undefined}
              value={values.until}
              onChange={(e) => set('until', e.currentTarget.value)}
              error={error('until')}
            />
          )}
          {action === 'requestResize' && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                {(['vcpu', 'ramGib', 'diskGib'] as const).map((key) => (
                  <NumberInput
                    key={key}
                    label={t(`vpsForm.${key}`)}
                    required
                    min={key === 'diskGib' ? vps.diskGib : 1}
                    allowDecimal={false}
                    allowNegative={false}
                    value={values[key]}
                    onChange={(v) => set(key, v === '' ? '' : Number(v))}
                    error={error(key)}
                  />
                ))}
              </SimpleGrid>
              {reason}
            </>
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
            submitLabel={t(`vpsAction.${action}`)}
            submitColor={danger ? 'red' : undefined}
          />
        </Stack>
      </form>
    </Modal>
  );
}
