import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { IconEye, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FactRows } from '../../../ui/FactRows';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { TableSection } from '../../../ui/TableSection';
import { useOpdOptions } from '../shared';
import { LevelBadge, useLevels } from './shared';

type Summary = DatacenterSchemas['DatasetSummary'];
type SystemKind = Summary['systemKind'];
const KEY = ['datacenter', 'datasets'] as const;
const SIZE = 20;

/**
 * The register of datasets stored in the data center (D8) with their classification, and the access log of an OPD's
 * datasets. Opening a record is a logged read; Dinas needs the owner's consent for it where the region requires one
 * (D7, the 403 shown as a problem).
 */
export default function DatasetsPage() {
  const { t } = useTranslation('datacenterCustody');
  const caller = useCaller();
  const regionWide = hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR);
  const opds = useOpdOptions(regionWide);
  const [opd, setOpd] = useState<string | null>(regionWide ? null : (caller?.opd ?? null));
  const [tab, setTab] = useState<string | null>('register');
  const [registering, setRegistering] = useState(false);
  const [done, setDone] = useState<string>();
  const mayRegister = hasAnyRole(caller, Role.DINAS_ADMIN) ? !!opd : hasAnyRole(caller, Role.OPD_OPERATOR) && !!caller?.opd;
  const client = useQueryClient();

  return (
    <Stack>
      <PageHeader
        title={t('datasets.title')}
        subtitle={t('datasets.subtitle')}
        actions={
          mayRegister && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRegistering(true)}>
              {t('datasets.register')}
            </Button>
          )
        }
      />
      {regionWide && (
        <Select label={t('datasets.opd')} placeholder={t('consents.allOpds')} data={opds.data ?? []} value={opd} onChange={setOpd} clearable searchable maw={420} nothingFoundMessage="—" />
      )}
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="register">{t('datasets.tabRegister')}</Tabs.Tab>
          <Tabs.Tab value="log">{t('datasets.tabLog')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register" pt="md">
          <Register opd={opd} caller={caller} onChanged={setDone} />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="md">
          {opd ? <AccessLog opd={opd} /> : <Text c="dimmed">{t('datasets.chooseOpd')}</Text>}
        </Tabs.Panel>
      </Tabs>
      {registering && (opd ?? caller?.opd) && (
        <RegisterModal
          opd={(opd ?? caller?.opd)!}
          isDinas={hasAnyRole(caller, Role.DINAS_ADMIN)}
          onClose={() => setRegistering(false)}
          onDone={async () => {
            setRegistering(false);
            await client.invalidateQueries({ queryKey: KEY });
            setDone(t('datasets.saved'));
          }}
        />
      )}
    </Stack>
  );
}

type Caller = ReturnType<typeof useCaller>;

function Register({ opd, caller, onChanged }: { opd: string | null; caller: Caller; onChanged: (message: string) => void }) {
  const { t } = useTranslation('datacenterCustody');
  const levels = useLevels();
  const [level, setLevel] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [viewing, setViewing] = useState<Summary | null>(null);
  const list = useQuery({
    queryKey: [...KEY, opd, level, page],
    queryFn: async () =>
      must(
        await datacenter.GET('/api/v1/datasets', {
          params: { query: { ...(opd ? { opd } : {}), ...(level ? { classification: level } : {}), page, size: SIZE } },
        }),
      ),
  });
  const all = levels.data ?? [];
  return (
    <Stack>
      <Select
        label={t('datasets.classification')}
        placeholder={t('datasets.allLevels')}
        data={all.map((l) => ({ value: l, label: l.replace(/_/g, ' ') }))}
        value={level}
        onChange={(v) => {
          setLevel(v);
          setPage(0);
        }}
        clearable
        maw={260}
      />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      ) : (
        <>
          <TableSection
            title={t('datasets.table')}
            caption={t('datasets.table')}
            columns={[t('datasets.name'), t('datasets.opd'), t('datasets.system'), t('datasets.classification'), t('datasets.owner'), t('consents.colOps')]}
            minWidth={820}
            empty={list.data.items.length === 0 ? t('datasets.empty') : undefined}
          >
            {list.data.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td>{d.opd}</Table.Td>
                <Table.Td>
                  {t(`kinds.${d.systemKind}`)} {d.systemName ?? d.systemId}
                </Table.Td>
                <Table.Td>
                  <LevelBadge level={d.classification} levels={all} />
                </Table.Td>
                <Table.Td>{d.owner}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" leftSection={<IconEye size={14} aria-hidden />} onClick={() => setViewing(d)} aria-label={t('datasets.viewFor', { name: d.name })}>
                    {t('datasets.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </TableSection>
          <PageControls page={page} size={SIZE} totalItems={list.data.totalItems} totalPages={list.data.totalPages} onChange={setPage} label={t('datasets.paging')} />
        </>
      )}
      {viewing && <DetailModal summary={viewing} levels={all} caller={caller} onClose={() => setViewing(null)} onChanged={onChanged} />}
    </Stack>
  );
}

/** Opening the record is the logged read (GET /datasets/{id}); a D7 refusal shows as the problem. */
function DetailModal({ summary, levels, caller, onClose, onChanged }: { summary: Summary; levels: string[]; caller: Caller; onClose: () => void; onChanged: (m: string) => void }) {
  const { t } = useTranslation('datacenterCustody');
  const client = useQueryClient();
  const [level, setLevel] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const record = useQuery({
    queryKey: ['datacenter', 'dataset', summary.id],
    gcTime: 0,
    queryFn: async () => {
      const reply = await datacenter.GET('/api/v1/datasets/{id}', { params: { path: { id: summary.id } } });
      return { data: must(reply), etag: reply.response.headers.get('ETag') ?? '' };
    },
  });
  const owner = hasAnyRole(caller, Role.OPD_OPERATOR) && caller?.opd === summary.opd;
  const reclassify = useMutation({
    mutationFn: async () =>
      must(
        await datacenter.POST('/api/v1/datasets/{id}/reclassify', {
          params: { path: { id: summary.id }, header: { 'If-Match': record.data!.etag } },
          body: { classification: level!, reason: reason.trim() },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onChanged(t('datasets.reclassified'));
      onClose();
    },
  });
  const d = record.data?.data;
  return (
    <Modal opened onClose={onClose} title={t('datasets.detailTitle')} size="lg">
      {record.isPending ? (
        <Loading />
      ) : record.error ? (
        <ProblemAlert error={record.error} />
      ) : (
        d && (
          <Stack gap="sm">
            <Alert color="blue">{t('datasets.readLogged')}</Alert>
            <FactRows
              rows={[
                [t('datasets.name'), d.name],
                [t('datasets.opd'), d.opd],
                [t('datasets.system'), `${t(`kinds.${d.systemKind}`)} ${d.systemName ?? d.systemId}`],
                [t('datasets.classification'), <LevelBadge key="l" level={d.classification} levels={levels} />],
                [t('datasets.owner'), d.owner],
                [t('datasets.description'), d.description ?? '—'],
                [t('datasets.registeredAt'), `${formatDateTime(d.registeredAt)} · ${d.registeredBy}`],
                [t('datasets.classifiedAt'), formatDateTime(d.classifiedAt)],
              ]}
            />
            {owner && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  if (level && reason.trim()) reclassify.mutate();
                }}
                noValidate
              >
                <Stack gap="xs">
                  <Group grow align="start" wrap="wrap">
                    <Select label={t('datasets.newLevel')} required data={levels.map((l) => ({ value: l, label: l.replace(/_/g, ' ') }))} value={level} onChange={setLevel} error={fieldError(reclassify.error, 'classification')} />
                    <TextInput label={t('datasets.reason')} required maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldError(reclassify.error, 'reason')} />
                  </Group>
                  <ProblemAlert error={reclassify.error} />
                  <Group justify="flex-end">
                    <Button type="submit" loading={reclassify.isPending} disabled={!level || !reason.trim()}>
                      {t('datasets.reclassify')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        )
      )}
    </Modal>
  );
}

function AccessLog({ opd }: { opd: string }) {
  const { t } = useTranslation('datacenterCustody');
  const [page, setPage] = useState(0);
  const log = useQuery({
    queryKey: ['datacenter', 'dataset-access', opd, page],
    queryFn: async () => must(await datacenter.GET('/api/v1/dataset-access', { params: { query: { opd, page, size: SIZE } } })),
  });
  if (log.isPending) return <Loading />;
  if (log.error) return <ProblemAlert error={log.error} onReload={() => void log.refetch()} />;
  return (
    <>
      <TableSection
        title={t('datasets.logTable')}
        caption={t('datasets.logTable')}
        columns={[t('datasets.at'), t('datasets.dataset'), t('datasets.action'), t('datasets.outcome'), t('datasets.actor'), t('datasets.consent')]}
        minWidth={820}
        empty={log.data.items.length === 0 ? t('datasets.logEmpty') : undefined}
      >
        {log.data.items.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{formatDateTime(a.at)}</Table.Td>
            <Table.Td>{a.datasetName}</Table.Td>
            <Table.Td>{t(`datasets.logActions.${a.action}`, { defaultValue: a.action })}</Table.Td>
            <Table.Td>{a.allowed ? t('datasets.allowed') : <Text c="red.8" fw={600} size="sm">{t('datasets.refused')}</Text>}</Table.Td>
            <Table.Td>
              {a.actor}
              {a.actorOpd && (
                <Text size="xs" c="dimmed">
                  {a.actorOpd}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{a.consentId ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </TableSection>
      <PageControls page={page} size={SIZE} totalItems={log.data.totalItems} totalPages={log.data.totalPages} onChange={setPage} label={t('datasets.logPaging')} />
    </>
  );
}

function RegisterModal({ opd, isDinas, onClose, onDone }: { opd: string; isDinas: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenterCustody');
  const levels = useLevels();
  const [name, setName] = useState('');
  const [systemKind, setSystemKind] = useState<SystemKind>('APPLICATION');
  const [systemId, setSystemId] = useState<string | null>(null);
  const [classification, setClassification] = useState<string | null>(null);
  const [owner, setOwner] = useState('');
  const [description, setDescription] = useState('');
  const [checked, setChecked] = useState(false);
  const systems = useQuery({
    queryKey: ['datacenter', 'dataset-systems', opd, systemKind],
    queryFn: async () => {
      if (systemKind === 'APPLICATION') {
        const page = must(await appRegistry.GET('/api/v1/applications', { params: { query: { opd, size: 200, sort: ['name,asc'] } } }));
        return page.items.filter((a) => a.ownerOpd === opd).map((a) => ({ value: a.id, label: a.name }));
      }
      const page = must(await datacenter.GET('/api/v1/vps-requests', { params: { query: { opd, size: 100 } } }));
      return page.items.filter((v) => v.status !== 'REJECTED' && v.status !== 'DECOMMISSIONED').map((v) => ({ value: v.id, label: `${v.applicationName ?? v.id} (${v.status})` }));
    },
  });
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await datacenter.POST('/api/v1/datasets', {
          body: {
            name: name.trim(),
            systemKind,
            systemId: systemId!,
            classification: classification!,
            owner: owner.trim(),
            ...(description.trim() ? { description: description.trim() } : {}),
            ...(isDinas ? { opd } : {}),
          },
        }),
      ),
    onSuccess: onDone,
  });
  const required = (value: unknown) => (checked && !value ? t('consents.required') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (name.trim() && systemId && classification && owner.trim()) mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('datasets.registerTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('datasets.name')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={required(name.trim()) ?? fieldError(mutation.error, 'name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('datasets.systemKind')}
              required
              allowDeselect={false}
              data={(['APPLICATION', 'VPS'] as SystemKind[]).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={systemKind}
              onChange={(k) => {
                setSystemKind((k ?? 'APPLICATION') as SystemKind);
                setSystemId(null);
              }}
            />
            <Select label={t('datasets.system')} required searchable data={systems.data ?? []} value={systemId} onChange={setSystemId} error={required(systemId) ?? fieldError(mutation.error, 'systemId')} />
          </SimpleGrid>
          <Select
            label={t('datasets.classification')}
            required
            data={(levels.data ?? []).map((l) => ({ value: l, label: l.replace(/_/g, ' ') }))}
            value={classification}
            onChange={setClassification}
            error={required(classification) ?? fieldError(mutation.error, 'classification')}
          />
          <TextInput label={t('datasets.owner')} required maxLength={200} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} error={required(owner.trim()) ?? fieldError(mutation.error, 'owner')} />
          <Textarea label={t('datasets.description')} maxLength={2000} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fieldError(mutation.error, 'description')} />
          <ProblemAlert error={systems.error ?? levels.error} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
