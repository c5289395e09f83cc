import { Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, datacenter, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDate } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { TableSection } from '../../../ui/TableSection';
import { reloadOnStale, seen, useOpdOptions } from '../shared';
import { LetterCell, LetterUploadModal } from './ConsentLetter';
import { ACTIONS, StandingBadge, type Consent, type CustodyAction } from './shared';

const KEY = ['datacenter', 'custody-consents'] as const;
const SIZE = 20;

/**
 * Data-custody consents (D7): an OPD's operator grants Dinas the right to act on its data (actions, systems, period,
 * letter) and revokes it with a reason; region-wide roles see every OPD's consents and may filter by OPD.
 */
export default function ConsentsPage() {
  const { t } = useTranslation('datacenterCustody');
  const caller = useCaller();
  const client = useQueryClient();
  const regionWide = hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR);
  const isOperator = hasAnyRole(caller, Role.OPD_OPERATOR) && !!caller?.opd;
  const opds = useOpdOptions(regionWide);
  const [opd, setOpd] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const [page, setPage] = useState(0);
  const [granting, setGranting] = useState(false);
  const [revoking, setRevoking] = useState<Consent | null>(null);
  const [attaching, setAttaching] = useState<Consent | null>(null);
  const [done, setDone] = useState<string>();

  const list = useQuery({
    queryKey: [...KEY, opd, status, page],
    queryFn: async () =>
      must(
        await datacenter.GET('/api/v1/custody-consents', {
          params: {
            query: {
              ...(opd ? { opd } : {}),
              ...(status ? { status: status as Consent['status'] } : {}),
              page,
              size: SIZE,
            },
          },
        }),
      ),
  });
  const refresh = () => client.invalidateQueries({ queryKey: KEY });

  return (
    <Stack>
      <PageHeader
        title={t('consents.title')}
        subtitle={t('consents.subtitle')}
        actions={
          isOperator && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setGranting(true)}>
              {t('consents.grant')}
            </Button>
          )
        }
      />
      <Group align="end" wrap="wrap">
        {regionWide && (
          <Select
            label={t('consents.opd')}
            placeholder={t('consents.allOpds')}
            data={opds.data ?? []}
            value={opd}
            onChange={(v) => {
              setOpd(v);
              setPage(0);
            }}
            clearable
            searchable
            maw={420}
            nothingFoundMessage="—"
          />
        )}
        <Select
          label={t('consents.status')}
          data={[
            { value: '', label: t('consents.statusAll') },
            { value: 'GRANTED', label: t('consents.statusGranted') },
            { value: 'REVOKED', label: t('consents.statusRevoked') },
            { value: 'EXPIRED', label: t('consents.statusExpired') },
          ]}
          value={status}
          onChange={(v) => {
            setStatus(v ?? '');
            setPage(0);
          }}
          allowDeselect={false}
          maw={220}
        />
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      ) : (
        <>
          <TableSection
            title={t('consents.table')}
            caption={t('consents.table')}
            columns={[t('consents.opd'), t('consents.colActions'), t('consents.colScope'), t('consents.colPeriod'), t('consents.colLetter'), t('consents.colStanding'), t('consents.colOps')]}
            minWidth={900}
            empty={list.data.items.length === 0 ? t('consents.empty') : undefined}
          >
            {list.data.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.opd}</Table.Td>
                <Table.Td>{c.actions.map((a) => t(`actions.${a}`)).join(', ')}</Table.Td>
                <Table.Td>{c.allSystems ? t('consents.allSystems') : c.targets.map((x) => `${t(`kinds.${x.kind}`)} ${x.id}`).join('; ')}</Table.Td>
                <Table.Td>{t('consents.period', { from: formatDate(c.validFrom), until: formatDate(c.validUntil) })}</Table.Td>
                <Table.Td>
                  <Text size="sm">{c.letterNumber ?? '—'}</Text>
                  <LetterCell consent={c} />
                </Table.Td>
                <Table.Td>
                  <StandingBadge standing={c.standing} />
                  {c.revokeReason && (
                    <Text size="xs" c="dimmed">
                      {c.revokeReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {isOperator && caller?.opd === c.opd && c.status === 'GRANTED' ? (
                    <Group gap="xs" wrap="wrap">
                      <Button size="xs" variant="light" onClick={() => setAttaching(c)} aria-label={t('letter.uploadFor', { name: c.letterNumber ?? c.id })}>
                        {t('letter.upload')}
                      </Button>
                      <Button size="xs" variant="light" color="red" onClick={() => setRevoking(c)} aria-label={t('consents.revokeFor', { letter: c.letterNumber ?? c.id })}>
                        {t('consents.revoke')}
                      </Button>
                    </Group>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </TableSection>
          <PageControls page={page} size={SIZE} totalItems={list.data.totalItems} totalPages={list.data.totalPages} onChange={setPage} label={t('consents.paging')} />
        </>
      )}
      {granting && caller?.opd && (
        <GrantModal
          opd={caller.opd}
          onClose={() => setGranting(false)}
          onDone={async () => {
            setGranting(false);
            await refresh();
            setDone(t('consents.saved'));
          }}
        />
      )}
      {attaching && (
        <LetterUploadModal
          consent={attaching}
          refresh={refresh}
          onClose={() => setAttaching(null)}
          onDone={() => {
            setAttaching(null);
            setDone(t('letter.saved'));
          }}
        />
      )}
      {revoking && (
        <ReasonStepModal
          title={t('consents.revokeFor', { letter: revoking.letterNumber ?? revoking.id })}
          explanation={t('consents.revokeExplain')}
          reasonLabel={t('datasets.reason')}
          needsReason
          confirmLabel={t('consents.revoke')}
          confirmColor="red"
          send={(reason) =>
            // If-Match with the version the row showed: a change made meanwhile answers 412 and reloads the list.
            reloadOnStale(
              async () =>
                must(
                  await datacenter.POST('/api/v1/custody-consents/{id}/revoke', {
                    params: { path: { id: revoking.id }, header: seen(revoking.version) },
                    body: { reason },
                  }),
                ),
              refresh,
            )
          }
          refresh={refresh}
          onClose={() => setRevoking(null)}
          onDone={() => {
            setRevoking(null);
            setDone(t('consents.revoked'));
          }}
        />
      )}
    </Stack>
  );
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function GrantModal({ opd, onClose, onDone }: { opd: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenterCustody');
  const [actions, setActions] = useState<string[]>([]);
  const [allSystems, setAllSystems] = useState(false);
  const [applications, setApplications] = useState<string[]>([]);
  const [vps, setVps] = useState<string[]>([]);
  const [datasets, setDatasets] = useState<string[]>([]);
  const [validFrom, setValidFrom] = useState(today());
  const [validUntil, setValidUntil] = useState('');
  const [letterNumber, setLetterNumber] = useState('');
  const [notes, setNotes] = useState('');
  const [checked, setChecked] = useState(false);

  const options = useQuery({
    queryKey: ['datacenter', 'custody-scope-options', opd],
    queryFn: async () => {
      const [apps, machines, sets] = await Promise.all([
        appRegistry.GET('/api/v1/applications', { params: { query: { opd, size: 200, sort: ['name,asc'] } } }),
        datacenter.GET('/api/v1/vps-requests', { params: { query: { opd, size: 100 } } }),
        datacenter.GET('/api/v1/datasets', { params: { query: { opd, size: 100 } } }),
      ]);
      return {
        applications: must(apps).items.filter((a) => a.ownerOpd === opd).map((a) => ({ value: a.id, label: a.name })),
        vps: must(machines).items.filter((v) => v.status !== 'REJECTED').map((v) => ({ value: v.id, label: `${v.applicationName ?? v.id} (${v.status})` })),
        datasets: must(sets).items.map((d) => ({ value: d.id, label: d.name })),
      };
    },
  });

  const targets = [
    ...applications.map((id) => ({ kind: 'APPLICATION' as const, id })),
    ...vps.map((id) => ({ kind: 'VPS' as const, id })),
    ...datasets.map((id) => ({ kind: 'DATASET' as const, id })),
  ];
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await datacenter.POST('/api/v1/custody-consents', {
          body: {
            actions: actions as CustodyAction[],
            allSystems,
            ...(allSystems ? {} : { targets }),
            validFrom,
            validUntil,
            ...(letterNumber.trim() ? { letterNumber: letterNumber.trim() } : {}),
            ...(notes.trim() ? { notes: notes.trim() } : {}),
          },
        }),
      ),
    onSuccess: onDone,
  });
  const noActions = actions.length === 0;
  const noScope = !allSystems && targets.length === 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!noActions && !noScope && validFrom && validUntil) mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('consents.grantTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Checkbox.Group label={t('consents.fieldActions')} required value={actions} onChange={setActions} error={checked && noActions ? t('consents.needActions') : fieldError(mutation.error, 'actions')}>
            <Stack gap={4} mt={4}>
              {ACTIONS.map((a) => (
                <Checkbox key={a} value={a} label={t(`actions.${a}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox label={t('consents.fieldAll')} checked={allSystems} onChange={(e) => setAllSystems(e.currentTarget.checked)} />
          {!allSystems && (
            <>
              <MultiSelect label={t('consents.fieldApplications')} data={options.data?.applications ?? []} value={applications} onChange={setApplications} searchable clearable />
              <MultiSelect label={t('consents.fieldVps')} data={options.data?.vps ?? []} value={vps} onChange={setVps} searchable clearable />
              <MultiSelect
                label={t('consents.fieldDatasets')}
                data={options.data?.datasets ?? []}
                value={datasets}
                onChange={setDatasets}
                searchable
                clearable
                error={checked && noScope ? t('consents.needScope') : fieldError(mutation.error, 'targets')}
              />
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('consents.fieldFrom')} required value={validFrom} onChange={(e) => setValidFrom(e.currentTarget.value)} error={checked && !validFrom ? t('consents.required') : fieldError(mutation.error, 'validFrom')} />
            <TextInput type="date" label={t('consents.fieldUntil')} required value={validUntil} onChange={(e) => setValidUntil(e.currentTarget.value)} error={checked && !validUntil ? t('consents.required') : fieldError(mutation.error, 'validUntil')} />
          </SimpleGrid>
          <TextInput label={t('consents.fieldLetter')} maxLength={120} value={letterNumber} onChange={(e) => setLetterNumber(e.currentTarget.value)} error={fieldError(mutation.error, 'letterNumber')} />
          <Textarea label={t('consents.fieldNotes')} maxLength={2000} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={fieldError(mutation.error, 'notes')} />
          <ProblemAlert error={options.error} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
