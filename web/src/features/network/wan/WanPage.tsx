import { ActionIcon, Badge, Button, Group, NativeSelect, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconDownload, IconHistory, IconPencil, IconPlugConnectedX, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { downloadFile } from '../../../ui/downloadFile';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TableSection } from '../../../ui/TableSection';
import { isDinas } from '../access';
import { DiagramImage } from '../components/DiagramImage';
import { HistoryModal } from '../components/HistoryPanel';
import { formatDate } from '../../../ui/format';
import { DecommissionModal } from './DecommissionModal';
import { SiteFormModal, WanLinkFormModal } from './WanForms';
import '../i18n';

type LinkStatus = NetworkSchemas['WanLinkResponse']['status'];
type Site = NetworkSchemas['SiteResponse'];
type WanLink = NetworkSchemas['WanLinkResponse'];
const PAGE_SIZE = 20;

/** The intra-government WAN (N1, N2): OPD sites with their upstream interconnections, the circuits between sites, and the WAN topology the API draws. */
export default function WanPage() {
  const { t } = useTranslation('network');
  const [sitePage, setSitePage] = useState(0);
  const [linkPage, setLinkPage] = useState(0);
  const [status, setStatus] = useState<LinkStatus | undefined>('ACTIVE');
  const dinas = isDinas(useCaller());
  const client = useQueryClient();
  const [editingSite, setEditingSite] = useState<Site | 'new'>();
  const [editingLink, setEditingLink] = useState<WanLink | 'new'>();
  const [decommissioning, setDecommissioning] = useState<WanLink>();
  const [historyOf, setHistoryOf] = useState<{ kind: 'site'; item: Site } | { kind: 'link'; item: WanLink }>();
  // every site, for the circuit form's ends (the table above pages)
  const allSites = useQuery({
    queryKey: ['network-sites', 'all'],
    queryFn: async () => must(await network.GET('/api/v1/sites', { params: { query: { size: 100, sort: ['opdCode,asc'] } } })).items,
    enabled: dinas && editingLink !== undefined,
  });
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['network-sites'] }),
      client.invalidateQueries({ queryKey: ['network-wan-links'] }),
      client.invalidateQueries({ queryKey: ['network-diagram', '/api/v1/topology/wan'] }),
    ]);

  const sites = useQuery({
    queryKey: ['network-sites', sitePage],
    queryFn: async () => must(await network.GET('/api/v1/sites', { params: { query: { page: sitePage, size: PAGE_SIZE, sort: ['opdCode,asc'] } } })),
    placeholderData: keepPreviousData,
  });
  const links = useQuery({
    queryKey: ['network-wan-links', status, linkPage],
    queryFn: async () =>
      must(await network.GET('/api/v1/wan-links', { params: { query: { status, page: linkPage, size: PAGE_SIZE, sort: ['provider,asc'] } } })),
    placeholderData: keepPreviousData,
  });
  // the circuits with the list's status filter, for the provider or the finance office (N2)
  const csv = useMutation({
    mutationFn: () => downloadFile(`/api/v1/wan-links/export.csv${status ? `?status=${status}` : ''}`, 'sirkuit-wan.csv'),
  });
  // the sites with their interconnections (N1), scoped by the server like the list
  const sitesCsv = useMutation({ mutationFn: () => downloadFile('/api/v1/sites/export.csv', 'lokasi-jaringan.csv') });
  const siteName = (id: string) => sites.data?.items.find((s) => s.id === id)?.name;
  const end = (e: NetworkSchemas['TerminationResponse']) =>
    `${siteName(e.siteId) ?? e.opd}${e.interfaceName ? ` · ${e.interfaceName}` : ''}`;

  return (
    <Stack>
      <PageHeader title={t('wan.title')} subtitle={t('wan.subtitle')} />
      <Tabs defaultValue="sites" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sites">{t('wan.tabs.sites')}</Tabs.Tab>
          <Tabs.Tab value="links">{t('wan.tabs.links')}</Tabs.Tab>
          <Tabs.Tab value="topology">{t('wan.tabs.topology')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="sites" pt="md">
          <Group mb="md">
            {dinas && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditingSite('new')}>
                {t('wanForms.addSite')}
              </Button>
            )}
            <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} loading={sitesCsv.isPending} onClick={() => sitesCsv.mutate()}>
              {t('wan.sitesCsv')}
            </Button>
          </Group>
          <ProblemAlert error={sitesCsv.error} />
          <ProblemAlert error={sites.error} />
          {sites.isPending ? (
            <Loading />
          ) : sites.data ? (
            <>
              <TableSection
                title={t('wan.tabs.sites')}
                caption={t('wan.sitesCaption')}
                columns={[...(['site', 'opd', 'parent', 'address', 'uplinks'] as const).map((c) => t(`wan.columns.${c}`)), t('wanForms.actions')]}
                minWidth={820}
                empty={sites.data.items.length === 0 ? t('wan.noSites') : undefined}
              >
                {sites.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td>{s.opd}</Table.Td>
                    <Table.Td>{s.parentOpd ?? '—'}</Table.Td>
                    <Table.Td>{s.address ?? '—'}</Table.Td>
                    <Table.Td>
                      {s.uplinks.length === 0
                        ? '—'
                        : s.uplinks.map((u, i) => (
                            <Text key={i} size="sm">
                              {t(`network.${u.network}`)}
                              {u.provider ? ` · ${u.provider}` : ''}
                              {u.bandwidthMbps ? ` · ${u.bandwidthMbps} Mbps` : ''}
                            </Text>
                          ))}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {dinas && (
                          <ActionIcon variant="subtle" aria-label={t('wanForms.editSite', { name: s.name })} onClick={() => setEditingSite(s)}>
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                        )}
                        <ActionIcon variant="subtle" aria-label={t('wanForms.siteHistory', { name: s.name })} onClick={() => setHistoryOf({ kind: 'site', item: s })}>
                          <IconHistory size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </TableSection>
              <PageControls
                pageOf={sites.data}
                onChange={setSitePage}
                label={t('wan.sitePages')}
              />
            </>
          ) : null}
        </Tabs.Panel>

        <Tabs.Panel value="links" pt="md">
          <Stack>
            <Group>
              {dinas && (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditingLink('new')}>
                  {t('wanForms.addLink')}
                </Button>
              )}
              <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending} onClick={() => csv.mutate()}>
                {t('wan.csv')}
              </Button>
            </Group>
            <ProblemAlert error={csv.error} />
            <NativeSelect
              label={t('wan.statusFilter')}
              data={[
                { value: '', label: t('wan.allStatuses') },
                { value: 'ACTIVE', label: t('linkStatus.ACTIVE') },
                { value: 'DECOMMISSIONED', label: t('linkStatus.DECOMMISSIONED') },
              ]}
              value={status ?? ''}
              onChange={(e) => {
                setStatus((e.currentTarget.value || undefined) as LinkStatus | undefined);
                setLinkPage(0);
              }}
              w={220}
            />
            <ProblemAlert error={links.error} />
            {links.isPending ? (
              <Loading />
            ) : links.data ? (
              <>
                <TableSection
                  title={t('wan.tabs.links')}
                  caption={t('wan.linksCaption')}
                  columns={[...(['provider', 'circuit', 'medium', 'bandwidth', 'ends', 'sla', 'status'] as const).map((c) => t(`wan.columns.${c}`)), t('wanForms.actions')]}
                  minWidth={960}
                  empty={links.data.items.length === 0 ? t('wan.noLinks') : undefined}
                >
                  {links.data.items.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>{l.provider}</Table.Td>
                      <Table.Td style={{ fontFamily: 'monospace' }}>{l.circuitId}</Table.Td>
                      <Table.Td>{t(`medium.${l.medium}`)}</Table.Td>
                      <Table.Td>{t('wan.mbps', { down: l.bandwidthDownMbps, up: l.bandwidthUpMbps ?? l.bandwidthDownMbps })}</Table.Td>
                      <Table.Td>
                        {end(l.aEnd)} → {end(l.bEnd)}
                      </Table.Td>
                      <Table.Td>{l.sla?.availabilityPercent != null ? `${l.sla.availabilityPercent}%` : '—'}</Table.Td>
                      <Table.Td>
                        <Badge color={l.status === 'ACTIVE' ? 'green' : 'gray'} variant="light">
                          {t(`linkStatus.${l.status}`)}
                        </Badge>
                        {l.status === 'DECOMMISSIONED' && (
                          <Text size="xs" c="dimmed">
                            {t('decommission.since', { date: formatDate(l.decommissionedOn ?? l.decommissionedAt) })}
                            {l.decommissionReason ? ` · ${l.decommissionReason}` : ''}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {dinas && l.status === 'ACTIVE' && (
                            <>
                              <ActionIcon variant="subtle" aria-label={t('wanForms.editLink', { circuit: l.circuitId })} onClick={() => setEditingLink(l)}>
                                <IconPencil size={16} aria-hidden />
                              </ActionIcon>
                              <ActionIcon variant="subtle" color="red" aria-label={t('decommission.action', { circuit: l.circuitId })} onClick={() => setDecommissioning(l)}>
                                <IconPlugConnectedX size={16} aria-hidden />
                              </ActionIcon>
                            </>
                          )}
                          <ActionIcon variant="subtle" aria-label={t('wanForms.linkHistory', { circuit: l.circuitId })} onClick={() => setHistoryOf({ kind: 'link', item: l })}>
                            <IconHistory size={16} aria-hidden />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </TableSection>
                <PageControls
                  pageOf={links.data}
                  onChange={setLinkPage}
                  label={t('wan.linkPages')}
                />
              </>
            ) : null}
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="topology" pt="md">
          <DiagramImage
            title={t('wan.tabs.topology')}
            path="/api/v1/topology/wan"
            name={t('wan.title')}
            fileName="topologi-wan.svg"
            offline
            textAlternative={t('wan.topologyText', { sites: sites.data?.totalItems ?? 0, links: links.data?.totalItems ?? 0 })}
          />
        </Tabs.Panel>
      </Tabs>

      {editingSite && <SiteFormModal site={editingSite === 'new' ? undefined : editingSite} onClose={() => setEditingSite(undefined)} onSaved={refresh} />}
      {editingLink && (
        <WanLinkFormModal link={editingLink === 'new' ? undefined : editingLink} sites={allSites.data ?? []} onClose={() => setEditingLink(undefined)} onSaved={refresh} />
      )}
      {decommissioning && <DecommissionModal link={decommissioning} onClose={() => setDecommissioning(undefined)} onDone={refresh} />}
      {historyOf && (
        <HistoryModal
          title={historyOf.kind === 'site' ? t('wanForms.siteHistory', { name: historyOf.item.name }) : t('wanForms.linkHistory', { circuit: historyOf.item.circuitId })}
          queryKey={[historyOf.kind === 'site' ? 'network-site' : 'network-wan-link', historyOf.item.id]}
          load={async () =>
            historyOf.kind === 'site'
              ? must(await network.GET('/api/v1/sites/{id}/history', { params: { path: { id: historyOf.item.id } } }))
              : must(await network.GET('/api/v1/wan-links/{id}/history', { params: { path: { id: historyOf.item.id } } }))
          }
          onClose={() => setHistoryOf(undefined)}
        />
      )}
    </Stack>
  );
}
