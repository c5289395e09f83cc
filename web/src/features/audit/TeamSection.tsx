import { Button, Modal, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { FormButtons } from '../../ui/FormButtons';
import { formatDate } from '../../ui/format';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { TableSection } from '../../ui/TableSection';
import { auditKeys, ifMatch, isDinas, type Audit, type Auditor } from './shared';
import './i18n';

/** The active auditors of the register (AU3), for team assignment. */
export function useActiveAuditors(enabled = true) {
  return useQuery({
    queryKey: ['auditors', 'active-options'],
    enabled,
    queryFn: async () =>
      must(await audit.GET('/api/v1/auditors', { params: { query: { active: true, size: 200, sort: ['name'] } } })).items,
  });
}

/** The team of an audit and, for Dinas while it is PLANNED or IN_PROGRESS, the assignment dialog. */
export function TeamSection({ engagement, etag }: { engagement: Audit; etag?: string }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const mayAssign = isDinas(caller) && (engagement.status === 'PLANNED' || engagement.status === 'IN_PROGRESS');
  return (
    <Stack gap="sm">
      <TableSection
        title={t('team.title')}
        caption={t('team.caption')}
        columns={[t('team.columns.name'), t('team.columns.type'), t('team.columns.role'), t('team.columns.username')]}
        minWidth={520}
        empty={engagement.team.length === 0 ? t('team.empty') : undefined}
      >
        {engagement.team.map((m) => (
          <Table.Tr key={m.auditorId}>
            <Table.Td>{m.name}</Table.Td>
            <Table.Td>{t(`auditorType.${m.auditorType}`, { defaultValue: m.auditorType })}</Table.Td>
            <Table.Td>{m.lead ? t('team.lead') : t('team.member')}</Table.Td>
            <Table.Td>{m.username ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </TableSection>
      {mayAssign && (
        <Button w="fit-content" onClick={() => { setDone(''); setOpen(true); }}>
          {t('team.edit')}
        </Button>
      )}
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      {open && (
        <AssignTeamModal
          engagement={engagement}
          etag={etag}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setDone(t('team.done'));
          }}
        />
      )}
    </Stack>
  );
}

function auditorLabel(a: Auditor, t: (key: string, o?: Record<string, unknown>) => string, today: string): string {
  const parts = [a.name, t(`auditorType.${a.type}`)];
  if (a.homeOpd) parts.push(a.homeOpd);
  if (a.certificate) {
    const expired = a.certificate.expiresOn < today;
    parts.push(`${t('auditors.fields.certificateExpiresOn')} ${formatDate(a.certificate.expiresOn)}${expired ? ` — ${t('team.expired')}` : ''}`);
  }
  return parts.join(' · ');
}

function AssignTeamModal({ engagement, etag, onClose, onDone }: { engagement: Audit; etag?: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('audit');
  const client = useQueryClient();
  const auditors = useActiveAuditors();
  const [members, setMembers] = useState<string[]>(engagement.team.map((m) => m.auditorId));
  const [lead, setLead] = useState<string>(engagement.team.find((m) => m.lead)?.auditorId ?? '');
  const [missing, setMissing] = useState<{ members?: string; lead?: string }>({});
  const today = new Date().toISOString().slice(0, 10);
  const options = (auditors.data ?? []).map((a) => ({ value: a.id, label: auditorLabel(a, t, today) }));
  // Members already on the team stay choosable even if the register no longer lists them as active.
  for (const m of engagement.team) if (!options.some((o) => o.value === m.auditorId)) options.push({ value: m.auditorId, label: m.name });
  const leadOptions = options.filter((o) => members.includes(o.value));

  const refresh = () => client.invalidateQueries({ queryKey: auditKeys.all(engagement.id) });
  const assign = useMutation({
    mutationFn: async () =>
      must(
        await audit.POST('/api/v1/audits/{id}/team', {
          params: { path: { id: engagement.id }, header: ifMatch(etag) },
          body: { members: members.map((auditorId) => ({ auditorId, lead: auditorId === lead })) },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      members: members.length === 0 ? t('team.needOne') : undefined,
      lead: members.length > 0 && !members.includes(lead) ? t('team.needLead') : undefined,
    };
    setMissing(next);
    if (!next.members && !next.lead) assign.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('team.modalTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('team.explain')}</Text>
          <ProblemAlert error={auditors.error} />
          <MultiSelect
            label={t('team.auditors')}
            required
            searchable
            data={options}
            value={members}
            onChange={(v) => {
              setMembers(v);
              if (!v.includes(lead)) setLead(v.length === 1 ? v[0] : '');
            }}
            error={missing.members ?? fieldError(assign.error, 'members')}
            nothingFoundMessage="—"
          />
          <Select
            label={t('team.leadField')}
            required
            data={leadOptions}
            value={lead || null}
            onChange={(v) => setLead(v ?? '')}
            error={missing.lead}
          />
          <ProblemAlert
            error={assign.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={assign.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
