import { Card, NativeSelect, SimpleGrid, Stack, Table, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { network, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FormButtons } from '../../../ui/FormButtons';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { TableSection } from '../../../ui/TableSection';
import { formatDateTime } from '../../../ui/format';
import { isRegionWide } from '../access';
import { todayIso } from '../i18n';
import { ChangeTicketField } from './ChangeTicketField';
import { useLanOptions } from './useLanOptions';

/**
 * The LAN steward reports a change (N7): what, why, when, the servicedesk change that authorised it (S6) or a
 * free-text reference, and optionally the revisions it
 * covers (left out: every revision since the last report). The revisions no report covers yet are listed for the
 * chosen OPD, so the reporter sees what the diff will hold.
 */
export default function LanChangeReportPage() {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const caller = useCaller();
  const navigate = useNavigate();
  const client = useQueryClient();
  const regionWide = isRegionWide(caller);
  const options = useLanOptions(regionWide);
  const [opd, setOpd] = useState(regionWide ? '' : (caller?.opd ?? ''));
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [performedOn, setPerformedOn] = useState(todayIso());
  const [ticketReference, setTicketReference] = useState('');
  const [changeTicketId, setChangeTicketId] = useState('');
  const [fromRevision, setFromRevision] = useState('');
  const [toRevision, setToRevision] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const uncovered = useQuery({
    queryKey: ['network-uncovered', opd],
    queryFn: async () => must(await network.GET('/api/v1/lan-changes/uncovered', { params: { query: { opd, size: 50 } } })),
    enabled: !!opd,
  });
  const save = useMutation({
    mutationFn: async () =>
      must(
        await network.POST('/api/v1/lan-changes', {
          body: {
            opd,
            what: what.trim(),
            why: why.trim(),
            performedOn,
            ticketReference: ticketReference.trim() || undefined,
            changeTicketId: changeTicketId.trim() || undefined,
            fromRevision: fromRevision.trim() ? Number(fromRevision) : undefined,
            toRevision: toRevision.trim() ? Number(toRevision) : undefined,
          },
        }),
      ),
    onSuccess: async (report) => {
      await client.invalidateQueries({ queryKey: ['network-changes'] });
      navigate(`/jaringan/perubahan/${encodeURIComponent(report.id)}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const miss = { opd: !opd, what: !what.trim(), why: !why.trim(), performedOn: !performedOn };
    setMissing(miss);
    if (!Object.values(miss).some(Boolean)) save.mutate();
  };
  const err = (field: string) => (missing[field] ? tc('field.required') : fieldError(save.error, field));

  return (
    <Stack>
      <PageHeader title={t('report.title')} subtitle={t('report.subtitle')} />
      <Card withBorder padding="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {regionWide ? (
              <NativeSelect
                label={t('report.opd')}
                required
                data={[{ value: '', label: '—' }, ...(options.data ?? []).map((o) => ({ value: o.opd, label: `${o.opd} · ${o.opdName}` }))]}
                value={opd}
                onChange={(e) => {
                  setOpd(e.currentTarget.value);
                  setChangeTicketId(''); // a change of another OPD cannot be cited (S6)
                }}
                error={err('opd')}
              />
            ) : (
              <TextInput label={t('report.opd')} value={opd} readOnly />
            )}
            <TextInput label={t('report.what')} required value={what} maxLength={200} onChange={(e) => setWhat(e.currentTarget.value)} error={err('what')} />
            <Textarea
              label={t('report.why')}
              required
              value={why}
              autosize
              minRows={2}
              maxLength={2000}
              onChange={(e) => setWhy(e.currentTarget.value)}
              error={err('why')}
            />
            <ChangeTicketField opd={opd} value={changeTicketId} onChange={setChangeTicketId} error={save.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('report.performedOn')}
                required
                value={performedOn}
                max={todayIso()}
                onChange={(e) => setPerformedOn(e.currentTarget.value)}
                error={err('performedOn')}
              />
              <TextInput
                label={t('report.ticketReference')}
                value={ticketReference}
                onChange={(e) => setTicketReference(e.currentTarget.value)}
                error={err('ticketReference')}
              />
              <TextInput
                label={t('report.fromRevision')}
                description={t('report.rangeHint')}
                inputMode="numeric"
                value={fromRevision}
                onChange={(e) => setFromRevision(e.currentTarget.value.replace(/\D/g, ''))}
                error={err('fromRevision')}
              />
              <TextInput
                label={t('report.toRevision')}
                description={t('report.rangeHint')}
                inputMode="numeric"
                value={toRevision}
                onChange={(e) => setToRevision(e.currentTarget.value.replace(/\D/g, ''))}
                error={err('toRevision')}
              />
            </SimpleGrid>
            <ProblemAlert error={save.error} />
            <FormButtons pending={save.isPending} onCancel={() => navigate('/jaringan/perubahan')} submitLabel={t('report.submit')} />
          </Stack>
        </form>
      </Card>
      {opd && (
        <>
          <ProblemAlert error={uncovered.error} />
          {uncovered.data && (
            <TableSection
              title={t('report.uncoveredTitle')}
              caption={t('report.uncoveredCaption')}
              columns={(['revision', 'change', 'summary', 'actor', 'at'] as const).map((c) => t(`report.columns.${c}`))}
              minWidth={640}
              empty={uncovered.data.items.length === 0 ? t('report.noUncovered') : undefined}
            >
              {uncovered.data.items.map((u) => (
                <Table.Tr key={u.revision}>
                  <Table.Td>{u.revision}</Table.Td>
                  <Table.Td>{u.change}</Table.Td>
                  <Table.Td>{u.summary}</Table.Td>
                  <Table.Td>{u.actor}</Table.Td>
                  <Table.Td>{formatDateTime(u.at)}</Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
          )}
        </>
      )}
    </Stack>
  );
}
