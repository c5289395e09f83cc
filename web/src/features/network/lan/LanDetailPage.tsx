import { ActionIcon, Alert, Badge, Button, Card, Group, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { TableSection } from '../../../ui/TableSection';
import { downloadFile } from '../../../ui/downloadFile';
import { formatDate, formatDateTime } from '../../../ui/format';
import { isRegionWide } from '../access';
import { DiagramImage } from '../components/DiagramImage';
import { HistoryPanel } from '../components/HistoryPanel';
import { ifMatch } from '../i18n';
import { DeviceFormModal } from './DeviceFormModal';
import { PrefixFormModal } from './PrefixFormModal';
import { CableModal, VlanModal } from './VlanCableModals';

type Lan = NetworkSchemas['LanResponse'];
type Device = NetworkSchemas['DeviceResponse'];

/**
 * One OPD's LAN inventory (N3, N4, N9) as tabs: devices, VLANs, prefixes and addresses, cables, the topology the API
 * draws, and the BYOD acknowledgement. Who may change it follows the OPD's Mandiri TIK status; the LAN says so for
 * the caller (mayEdit, mayEditSpecial), and every write carries the LAN's revision as If-Match.
 */
export default function LanDetailPage() {
  const { opd = '' } = useParams();
  const { t } = useTranslation('network');
  const caller = useCaller();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Device | 'new'>();
  const [addingPrefix, setAddingPrefix] = useState(false);
  const [addingVlan, setAddingVlan] = useState(false);
  const [addingCable, setAddingCable] = useState(false);
  // what the confirmation removes: its title (also the button's name), what it names, and the DELETE to send
  const [removing, setRemoving] = useState<Removal>();

  const lan = useQuery({
    queryKey: ['network-lan', opd],
    queryFn: async () => must(await network.GET('/api/v1/lans/{opd}', { params: { path: { opd } } })),
  });
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['network-lan', opd] }),
      client.invalidateQueries({ queryKey: ['network-diagram', `/api/v1/topology/lans/${encodeURIComponent(opd)}`] }),
    ]);
  const csv = useMutation({
    mutationFn: () => downloadFile(`/api/v1/lan-devices/export.csv?opd=${encodeURIComponent(opd)}`, `perangkat-lan-${opd}.csv`),
  });

  if (lan.isPending) return <Loading />;
  if (!lan.data)
    return (
      <Stack>
        <PageHeader title={t('lan.title', { name: opd })} />
        <ProblemAlert error={lan.error} onReload={() => void lan.refetch()} />
      </Stack>
    );
  const data = lan.data;
  const steward = t(`steward.${data.steward}`);
  const mayEditDevice = (d: Device) => data.mayEdit || (data.mayEditSpecial && d.kind === 'SPECIAL');
  const deviceName = (id: string) => data.devices.find((d) => d.id === id)?.name ?? id;
  const removeCable = (c: (typeof data.cables)[number]): Removal => {
    const ends = { a: `${deviceName(c.a.deviceId)} ${c.a.interfaceName}`, b: `${deviceName(c.b.deviceId)} ${c.b.interfaceName}` };
    return {
      title: t('lan.removeCable', ends),
      explanation: `${ends.a} — ${ends.b}`,
      send: async (header) => must(await network.DELETE('/api/v1/lans/{opd}/cables/{cableId}', { params: { path: { opd, cableId: c.id }, header } })),
    };
  };

  return (
    <Stack>
      <PageHeader
        title={t('lan.title', { name: data.opdName })}
        subtitle={t('lan.subtitle', { steward, revision: data.revision })}
        actions={
          <>
            {isRegionWide(caller) && (
              <Button component={Link} to="/jaringan/lan" variant="default">
                {t('lan.back')}
              </Button>
            )}
            <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending} onClick={() => csv.mutate()}>
              {t('lan.csv')}
            </Button>
          </>
        }
      />
      <ProblemAlert error={csv.error} />
      {!data.mayEdit && !data.mayEditSpecial && hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR) && (
        <Alert color="gray">{t('lan.readOnly', { steward })}</Alert>
      )}
      {!data.mayEdit && data.mayEditSpecial && <Alert color="blue">{t('lan.specialOnly', { steward })}</Alert>}

      <Tabs defaultValue="devices" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="devices">{t('lan.tabs.devices')}</Tabs.Tab>
          <Tabs.Tab value="vlans">{t('lan.tabs.vlans')}</Tabs.Tab>
          <Tabs.Tab value="ip">{t('lan.tabs.ip')}</Tabs.Tab>
          <Tabs.Tab value="cables">{t('lan.tabs.cables')}</Tabs.Tab>
          <Tabs.Tab value="topology">{t('lan.tabs.topology')}</Tabs.Tab>
          <Tabs.Tab value="byod">{t('lan.tabs.byod')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('history.tab')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="devices" pt="md">
          <Stack>
            {(data.mayEdit || data.mayEditSpecial) && (
              <Group>
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
                  {t('lan.addDevice')}
                </Button>
              </Group>
            )}
            <TableSection
              title={t('lan.tabs.devices')}
              caption={t('lan.devicesCaption')}
              columns={(['name', 'kind', 'vendorModel', 'interfaces', 'eol', 'actions'] as const).map((c) => t(`lan.columns.${c}`))}
              minWidth={820}
              empty={data.devices.length === 0 ? t('lan.noDevices') : undefined}
            >
              {data.devices.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {d.name}
                    </Text>
                    <Group gap={4}>
                      {d.security && (
                        <Badge size="xs" color="red" variant="light">
                          {t('lan.securityBadge')}
                        </Badge>
                      )}
                      {d.internetFacing && (
                        <Badge size="xs" color="orange" variant="light">
                          {t('lan.internetBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`kind.${d.kind}`)}</Table.Td>
                  <Table.Td>{[d.vendor, d.model].filter(Boolean).join(' ') || '—'}</Table.Td>
                  <Table.Td>{d.interfaces.map((i) => i.name).join(', ') || '—'}</Table.Td>
                  <Table.Td>
                    {formatDate(d.hardwareEndOfLife)} / {formatDate(d.softwareEndOfLife)}
                  </Table.Td>
                  <Table.Td>
                    {mayEditDevice(d) && (
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={`${t('lan.editDevice')} ${d.name}`} onClick={() => setEditing(d)}>
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                        <RemoveButton
                          onRemove={setRemoving}
                          removal={{
                            title: t('lan.removeDevice', { name: d.name }),
                            explanation: d.name,
                            send: async (header) =>
                              must(await network.DELETE('/api/v1/lans/{opd}/devices/{deviceId}', { params: { path: { opd, deviceId: d.id }, header } })),
                          }}
                        />
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="vlans" pt="md">
          {data.mayEdit && (
            <Group mb="md">
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAddingVlan(true)}>
                {t('lan.addVlan')}
              </Button>
            </Group>
          )}
          <TableSection
            title={t('lan.tabs.vlans')}
            caption={t('lan.vlansCaption')}
            columns={[t('lan.columns.vid'), t('lan.columns.name'), t('lan.columns.description'), t('lan.columns.actions')]}
            minWidth={480}
            empty={data.vlans.length === 0 ? t('lan.noVlans') : undefined}
          >
            {data.vlans.map((v) => (
              <Table.Tr key={v.vid}>
                <Table.Td>{v.vid}</Table.Td>
                <Table.Td>{v.name}</Table.Td>
                <Table.Td>{v.description ?? '—'}</Table.Td>
                <Table.Td>
                  {data.mayEdit && (
                    <RemoveButton
                      onRemove={setRemoving}
                      removal={{
                        title: t('lan.removeVlan', { vid: v.vid, name: v.name }),
                        explanation: t('lan.removeVlanExplanation', { vid: v.vid, name: v.name }),
                        send: async (header) =>
                          must(await network.DELETE('/api/v1/lans/{opd}/vlans/{vid}', { params: { path: { opd, vid: v.vid }, header } })),
                      }}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </TableSection>
        </Tabs.Panel>

        <Tabs.Panel value="ip" pt="md">
          <Stack>
            {data.mayEdit && (
              <Group>
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAddingPrefix(true)}>
                  {t('lan.addPrefix')}
                </Button>
              </Group>
            )}
            <TableSection
              title={t('lan.prefixesTitle')}
              caption={t('lan.prefixesCaption')}
              columns={[t('lan.columns.cidr'), t('lan.columns.vlan'), t('lan.columns.description'), t('lan.columns.addedAt'), t('lan.columns.actions')]}
              minWidth={560}
              empty={data.prefixes.length === 0 ? t('lan.noPrefixes') : undefined}
            >
              {data.prefixes.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td style={{ fontFamily: 'monospace' }}>{p.cidr}</Table.Td>
                  <Table.Td>{p.vlan ?? '—'}</Table.Td>
                  <Table.Td>{p.description ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(p.addedAt)}</Table.Td>
                  <Table.Td>
                    {data.mayEdit && (
                      <RemoveButton
                        onRemove={setRemoving}
                        removal={{
                          title: t('lan.removePrefix', { cidr: p.cidr }),
                          explanation: p.cidr,
                          send: async (header) =>
                            must(await network.DELETE('/api/v1/lans/{opd}/prefixes/{prefixId}', { params: { path: { opd, prefixId: p.id }, header } })),
                        }}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
            <TableSection
              title={t('lan.addressesTitle')}
              caption={t('lan.addressesCaption')}
              columns={[t('lan.columns.address'), t('lan.columns.prefix'), t('lan.columns.assignedTo'), t('lan.columns.description'), t('lan.columns.actions')]}
              minWidth={560}
              empty={data.addresses.length === 0 ? t('lan.noAddresses') : undefined}
            >
              {data.addresses.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td style={{ fontFamily: 'monospace' }}>{a.address}</Table.Td>
                  <Table.Td style={{ fontFamily: 'monospace' }}>{a.prefix}</Table.Td>
                  <Table.Td>{a.assignedTo ? `${deviceName(a.assignedTo.deviceId)} · ${a.assignedTo.interfaceName}` : '—'}</Table.Td>
                  <Table.Td>{a.description ?? '—'}</Table.Td>
                  <Table.Td>
                    {(data.mayEdit || data.mayEditSpecial) && (
                      <RemoveButton
                        onRemove={setRemoving}
                        removal={{
                          title: t('lan.removeAddress', { address: a.address }),
                          explanation: a.address,
                          send: async (header) =>
                            must(await network.DELETE('/api/v1/lans/{opd}/addresses/{addressId}', { params: { path: { opd, addressId: a.id }, header } })),
                        }}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="cables" pt="md">
          {(data.mayEdit || data.mayEditSpecial) && (
            <Group mb="md">
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAddingCable(true)}>
                {t('lan.addCable')}
              </Button>
            </Group>
          )}
          <TableSection
            title={t('lan.tabs.cables')}
            caption={t('lan.cablesCaption')}
            columns={[t('lan.columns.a'), t('lan.columns.b'), t('lan.columns.medium'), t('lan.columns.label'), t('lan.columns.actions')]}
            minWidth={560}
            empty={data.cables.length === 0 ? t('lan.noCables') : undefined}
          >
            {data.cables.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {deviceName(c.a.deviceId)} · {c.a.interfaceName}
                </Table.Td>
                <Table.Td>
                  {deviceName(c.b.deviceId)} · {c.b.interfaceName}
                </Table.Td>
                <Table.Td>{t(`cableMedium.${c.medium}`)}</Table.Td>
                <Table.Td>{c.label ?? '—'}</Table.Td>
                <Table.Td>
                  {(data.mayEdit || data.mayEditSpecial) && (
                    <RemoveButton
                      onRemove={setRemoving}
                      removal={removeCable(c)}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </TableSection>
        </Tabs.Panel>

        <Tabs.Panel value="topology" pt="md">
          <DiagramImage
            title={t('lan.tabs.topology')}
            path={`/api/v1/topology/lans/${encodeURIComponent(opd)}`}
            name={data.opdName}
            fileName={`topologi-lan-${opd}.svg`}
            offline
            textAlternative={
              <>
                {t('lan.topologyText', { devices: data.devices.length, cables: data.cables.length, vlans: data.vlans.length })}{' '}
                {data.cables
                  .map((c) => `${deviceName(c.a.deviceId)} ${c.a.interfaceName} — ${deviceName(c.b.deviceId)} ${c.b.interfaceName}`)
                  .join('; ')}
              </>
            }
          />
        </Tabs.Panel>

        <Tabs.Panel value="history" pt="md">
          <HistoryPanel
            queryKey={['network-lan', opd]}
            load={async () => must(await network.GET('/api/v1/lans/{opd}/history', { params: { path: { opd } } }))}
          />
        </Tabs.Panel>

        <Tabs.Panel value="byod" pt="md">
          <ByodCard lan={data} mayAcknowledge={hasAnyRole(caller, Role.OPD_OPERATOR) && caller?.opd === data.opd} refresh={refresh} />
        </Tabs.Panel>
      </Tabs>

      {editing && (
        <DeviceFormModal lan={data} device={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} onSaved={refresh} />
      )}
      {addingPrefix && <PrefixFormModal lan={data} onClose={() => setAddingPrefix(false)} onSaved={refresh} />}
      {addingVlan && <VlanModal lan={data} onClose={() => setAddingVlan(false)} onSaved={refresh} />}
      {addingCable && <CableModal lan={data} onClose={() => setAddingCable(false)} onSaved={refresh} />}
      {removing && (
        <ReasonStepModal
          title={removing.title}
          explanation={removing.explanation}
          reasonLabel=""
          needsReason={false}
          confirmLabel={t('lan.remove')}
          confirmColor="red"
          send={() => removing.send({ 'If-Match': ifMatch(data.revision) })}
          refresh={refresh}
          onClose={() => setRemoving(undefined)}
          onDone={() => setRemoving(undefined)}
        />
      )}
    </Stack>
  );
}

/** The OPD's acknowledgement of the BYOD policy (N9): shown to all, given by the OPD's own operator. */
function ByodCard({ lan, mayAcknowledge, refresh }: { lan: Lan; mayAcknowledge: boolean; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: async () =>
      must(
        await network.POST('/api/v1/lans/{opd}/byod-acknowledgement', {
          params: { path: { opd: lan.opd }, header: { 'If-Match': ifMatch(lan.revision) } },
          body: { policyReference: reference.trim() },
        }),
      ),
    onSuccess: () => refresh(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reference.trim());
    if (reference.trim()) save.mutate();
  };
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('lan.byodTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {lan.byod
          ? t('lan.byodGiven', { by: lan.byod.acknowledgedBy, at: formatDateTime(lan.byod.acknowledgedAt), ref: lan.byod.policyReference })
          : t('lan.byodMissing')}
      </Text>
      {mayAcknowledge && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('lan.byodReference')}
              required
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={missing ? tc('field.required') : fieldError(save.error, 'policyReference')}
              w={280}
            />
            <Button type="submit" loading={save.isPending}>
              {t('lan.byodSubmit')}
            </Button>
          </Group>
          <ProblemAlert error={save.error} onReload={() => void refresh()} />
        </form>
      )}
    </Card>
  );
}

/** Removing one row's item: the confirmation's title and text, and the DELETE it sends with the LAN's If-Match. */
type Removal = { title: string; explanation: string; send: (header: { 'If-Match': string }) => Promise<unknown> };

/** The red bin of a table row, named after what it removes; it opens the confirmation. */
function RemoveButton({ removal, onRemove }: { removal: Removal; onRemove: (removal: Removal) => void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={removal.title} onClick={() => onRemove(removal)}>
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  );
}
