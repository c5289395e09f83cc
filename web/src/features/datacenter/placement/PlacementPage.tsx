import { Alert, Badge, Button, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconFlag, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { TableSection } from '../../../ui/TableSection';
import { reloadOnStale, seen, useOpdOptions, VpsStatusBadge, type VpsStatus } from '../shared';
import '../i18n';

type Declared = DatacenterSchemas['DeclaredResponse'];
type Location = DatacenterSchemas['DeclareForm']['location'];
const LOCATIONS: Location[] = ['OPD_PREMISES', 'PROVINCIAL_DATA_CENTER', 'NATIONAL_DATA_CENTER', 'COMMERCIAL_CLOUD', 'VENDOR_HOSTING', 'OTHER'];
const KEY = ['datacenter', 'placement'] as const;

/**
 * The placement register (D2) of one OPD: its VPS and colocation in the data center, and the systems it declares
 * running elsewhere — flagged where the region makes placement mandatory. The OPD's operator or Dinas declares and
 * withdraws; region-wide roles choose the OPD.
 */
export default function PlacementPage() {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const client = useQueryClient();
  const mayChooseOpd = hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR);
  const opds = useOpdOptions(mayChooseOpd);
  const [opd, setOpd] = useState<string | null>(caller?.opd ?? null);
  const [declaring, setDeclaring] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Declared | null>(null);
  const [done, setDone] = useState<string>();
  const mayManage = !!opd && (hasAnyRole(caller, Role.DINAS_ADMIN) || (hasAnyRole(caller, Role.OPD_OPERATOR) && caller?.opd === opd));

  const register = useQuery({
    queryKey: [...KEY, opd],
    enabled: !!opd,
    queryFn: async () => must(await datacenter.GET('/api/v1/placements', { params: { query: { opd: opd! } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const data = register.data;

  return (
    <Stack>
      <PageHeader
        title={t('placement.title')}
        subtitle={t('placement.subtitle')}
        actions={
          mayManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDeclaring(true)}>
              {t('placement.declare')}
            </Button>
          )
        }
      />
      {mayChooseOpd && (
        <Select label={t('placement.opd')} data={opds.data ?? []} value={opd} onChange={setOpd} searchable maw={420} nothingFoundMessage="—" />
      )}
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      {!opd ? (
        <Text c="dimmed">{t('placement.chooseOpd')}</Text>
      ) : register.isPending ? (
        <Loading />
      ) : register.error ? (
        <ProblemAlert error={register.error} onReload={() => void register.refetch()} />
      ) : (
        data && (
          <Stack gap="md">
            <Alert color={data.placementMandatory && data.flagged > 0 ? 'orange' : 'blue'} icon={<IconFlag aria-hidden />}>
              {data.placementMandatory ? t('placement.mandatory') : t('placement.optional')}
              {data.placementMandatory && data.flagged > 0 && <strong> {t('placement.flagged', { count: data.flagged })}</strong>}
            </Alert>
            <TableSection
              title={t('placement.vps')}
              caption={t('placement.vpsCaption')}
              columns={[t('placement.application'), t('placement.resources'), t('placement.status'), t('placement.dataCenter')]}
              minWidth={560}
              empty={data.vps.length === 0 ? t('placement.none') : undefined}
            >
              {data.vps.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{v.applicationName ?? v.applicationId ?? v.id}</Table.Td>
                  <Table.Td>{t('vpsList.resourcesValue', { vcpu: v.vcpu, ram: v.ramGib, disk: v.diskGib })}</Table.Td>
                  <Table.Td>
                    <VpsStatusBadge status={v.status as VpsStatus} />
                  </Table.Td>
                  <Table.Td>{v.dataCenter ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
            <TableSection
              title={t('placement.colocations')}
              caption={t('placement.colocationsCaption')}
              columns={[t('placement.dataCenter'), t('placement.rack'), t('placement.units'), t('racks.purpose')]}
              minWidth={520}
              empty={data.colocations.length === 0 ? t('placement.none') : undefined}
            >
              {data.colocations.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.dataCenter}</Table.Td>
                  <Table.Td>{c.rackName}</Table.Td>
                  <Table.Td>{t('racks.unitRange', { top: c.startU + c.heightU - 1, bottom: c.startU })}</Table.Td>
                  <Table.Td>{c.purpose}</Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
            <TableSection
              title={t('placement.outside')}
              caption={t('placement.outsideCaption')}
              columns={[t('placement.name'), t('placement.location'), t('placement.flag'), t('placement.declaredAt'), t('common.actions')]}
              minWidth={720}
              empty={data.outside.length === 0 ? t('placement.none') : undefined}
            >
              {data.outside.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>
                    {t(`placement.locations.${d.location}`)}
                    {d.locationDetail && (
                      <Text size="xs" c="dimmed">
                        {d.locationDetail}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {d.flag ? (
                      <>
                        <Badge color="orange" variant="light">
                          {d.flag.obligation}
                        </Badge>
                        <Text size="xs">{d.flag.detail}</Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(d.declaredAt)}</Table.Td>
                  <Table.Td>
                    {mayManage ? (
                      <Button size="xs" variant="light" onClick={() => setWithdrawing(d)} aria-label={t('placement.withdrawFor', { name: d.name })}>
                        {t('placement.withdraw')}
                      </Button>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
          </Stack>
        )
      )}
      {declaring && opd && (
        <DeclareModal
          opd={opd}
          isDinas={hasAnyRole(caller, Role.DINAS_ADMIN)}
          onClose={() => setDeclaring(false)}
          onDone={async () => {
            setDeclaring(false);
            await refresh();
            setDone(t('placement.saved'));
          }}
        />
      )}
      {withdrawing && (
        <ReasonStepModal
          title={t('placement.withdrawFor', { name: withdrawing.name })}
          explanation={t('placement.withdrawExplain')}
          reasonLabel={t('common.reason')}
          needsReason
          confirmLabel={t('placement.withdraw')}
          confirmColor="orange"
          send={(reason) =>
            // If-Match with the version the row showed: a change made meanwhile answers 412 and reloads the register.
            reloadOnStale(
              async () =>
                must(
                  await datacenter.POST('/api/v1/placements/declared/{id}/withdraw', {
                    params: { path: { id: withdrawing.id }, header: seen(withdrawing.version) },
                    body: { reason },
                  }),
                ),
              refresh,
            )
          }
          refresh={refresh}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            setDone(t('placement.saved'));
          }}
        />
      )}
    </Stack>
  );
}

function DeclareModal({ opd, isDinas, onClose, onDone }: { opd: string; isDinas: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const [name, setName] = useState('');
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const [location, setLocation] = useState<Location>('OPD_PREMISES');
  const [detail, setDetail] = useState('');
  const [missing, setMissing] = useState(false);
  const applications = useQuery({
    queryKey: ['datacenter', 'placement-applications', opd],
    queryFn: async () => {
      const page = must(await appRegistry.GET('/api/v1/applications', { params: { query: { opd, size: 200, sort: ['name,asc'] } } }));
      return page.items.filter((a) => a.ownerOpd === opd && a.status !== 'DECOMMISSIONED').map((a) => ({ value: a.id, label: a.name }));
    },
  });
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await datacenter.POST('/api/v1/placements/declared', {
          body: {
            name: name.trim(),
            location,
            ...(applicationId ? { applicationId } : {}),
            ...(detail.trim() ? { locationDetail: detail.trim() } : {}),
            ...(isDinas ? { opd } : {}),
          },
        }),
      ),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!name.trim());
    if (name.trim()) mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('placement.declareTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('placement.name')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={missing ? tc('field.required') : fieldError(mutation.error, 'name')} />
          <Select label={t('placement.application')} clearable searchable data={applications.data ?? []} value={applicationId} onChange={setApplicationId} error={fieldError(mutation.error, 'applicationId')} />
          <Select
            label={t('placement.location')}
            required
            allowDeselect={false}
            data={LOCATIONS.map((l) => ({ value: l, label: t(`placement.locations.${l}`) }))}
            value={location}
            onChange={(l) => setLocation((l ?? 'OPD_PREMISES') as Location)}
            error={fieldError(mutation.error, 'location')}
          />
          <Textarea label={t('placement.locationDetail')} maxLength={500} autosize minRows={2} value={detail} onChange={(e) => setDetail(e.currentTarget.value)} error={fieldError(mutation.error, 'locationDetail')} />
          <ProblemAlert error={applications.error} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
