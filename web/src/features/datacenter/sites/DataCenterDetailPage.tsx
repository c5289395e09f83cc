import { Anchor, Badge, Button, Card, Modal, Select, SimpleGrid, Stack, Table, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FactRows } from '../../../ui/FactRows';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ScreenPending } from '../../../ui/ScreenPending';
import { TableSection } from '../../../ui/TableSection';
import { CapacityBar, type Capacity, type DataCenter } from '../shared';
import { VerifiedHistory } from '../../../ui/VerifiedHistory';
import { DataCenterFormModal } from './DataCenterFormModal';
import { LINK_COLOR } from './DataCenterListPage';
import '../i18n';

type Link = DatacenterSchemas['LinkView'];
const RESOURCES = ['vcpu', 'ramGib', 'diskGib', 'rackUnits', 'powerKw'] as const;
const siteKey = (code: string) => ['datacenter', 'site', code] as const;

/**
 * One data center (D1, D9): installed, allocatable, allocated and free capacity per resource (bars with figures),
 * its links to the provincial and national data centers with their status (Dinas changes it), the DR targets kept
 * on the main site, and its history. Dinas edits the site.
 */
export default function DataCenterDetailPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const client = useQueryClient();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [tab, setTab] = useState<string | null>('overview');
  const [editing, setEditing] = useState(false);
  const [linkToChange, setLinkToChange] = useState<Link | null>(null);
  const [done, setDone] = useState<string>();

  const detail = useQuery({
    queryKey: [...siteKey(code), 'detail'],
    queryFn: async () => {
      const result = await datacenter.GET('/api/v1/data-centers/{code}', { params: { path: { code } } });
      return { dc: must(result), etag: result.response.headers.get('ETag') ?? undefined };
    },
  });
  const capacity = useQuery({
    queryKey: [...siteKey(code), 'capacity'],
    queryFn: async () => must(await datacenter.GET('/api/v1/data-centers/{code}/capacity', { params: { path: { code } } })),
  });
  const history = useQuery({
    queryKey: [...siteKey(code), 'history'],
    enabled: tab === 'history',
    queryFn: async () => must(await datacenter.GET('/api/v1/data-centers/{code}/history', { params: { path: { code } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: siteKey(code) });

  if (!detail.data) return <ScreenPending title={t('sites.title')} query={detail} />;
  const { dc, etag } = detail.data;

  return (
    <Stack>
      <PageHeader
        title={dc.name}
        subtitle={t('site.subtitle', { code: dc.code, role: t(`sites.roleValue.${dc.role}`) })}
        actions={
          <>
            <Anchor component={Link} to="/pusat-data/lokasi" size="sm">
              {t('sites.title')}
            </Anchor>
            {isDinas && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('site.edit')}
              </Button>
            )}
          </>
        }
      />
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('site.overview')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Card withBorder padding="md" component="section" aria-labelledby="site-facts">
                <Title order={2} size="h4" mb="sm" id="site-facts">
                  {t('site.overview')}
                </Title>
                <FactRows
                  rows={[
                    [t('sites.code'), dc.code],
                    [t('sites.role'), t(`sites.roleValue.${dc.role}`)],
                    [t('sites.address'), dc.address ?? '—'],
                    [t('site.overcommit'), `vCPU ×${formatNumber(dc.capacity.vcpuOvercommit)} · RAM ×${formatNumber(dc.capacity.ramOvercommit)}`],
                    [t('site.registeredBy'), `${formatDateTime(dc.registeredAt)} · ${dc.registeredBy}`],
                    [t('site.updatedBy'), `${formatDateTime(dc.updatedAt)} · ${dc.updatedBy}`],
                  ]}
                />
              </Card>
              <Card withBorder padding="md" component="section" aria-labelledby="site-usage">
                <Title order={2} size="h4" mb="sm" id="site-usage">
                  {t('sites.capacity')}
                </Title>
                {capacity.isPending ? (
                  <Loading />
                ) : capacity.error ? (
                  <ProblemAlert error={capacity.error} onReload={() => void capacity.refetch()} />
                ) : (
                  <Stack gap="xs">
                    {RESOURCES.map((r) => (
                      <CapacityBar key={r} resource={r} used={capacity.data.allocated[r]} total={capacity.data.allocatable[r]} />
                    ))}
                  </Stack>
                )}
              </Card>
            </SimpleGrid>
            {capacity.data && <CapacityTable capacity={capacity.data} />}
            <TableSection
              title={t('site.links')}
              caption={t('site.linksCaption')}
              columns={[t('sites.links'), t('site.linkName'), t('common.status'), t('site.bandwidth'), t('site.checkedAt'), ...(isDinas ? [t('common.actions')] : [])]}
              minWidth={720}
              empty={dc.links.length === 0 ? t('site.noLinks') : undefined}
            >
              {dc.links.map((l) => (
                <Table.Tr key={l.upstream}>
                  <Table.Td>{t(`sites.upstream.${l.upstream}`)}</Table.Td>
                  <Table.Td>
                    {l.name}
                    {l.note && (
                      <Text size="xs" c="dimmed">
                        {l.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={LINK_COLOR[l.status]}>
                      {t(`sites.linkStatus.${l.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{l.bandwidthMbps ? `${formatNumber(l.bandwidthMbps)} Mbps` : '—'}</Table.Td>
                  <Table.Td>{formatDateTime(l.checkedAt)}</Table.Td>
                  {isDinas && (
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setLinkToChange(l)} aria-label={t('site.changeStatus', { name: l.name })}>
                        {t('common.status')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </TableSection>
            <TableSection
              title={t('site.dr')}
              caption={t('site.drCaption')}
              columns={[t('site.drSystem'), t('site.drKind'), t('site.rpo'), t('site.rto'), t('site.replicaSite')]}
              minWidth={640}
              empty={dc.drTargets.length === 0 ? (dc.role === 'MAIN' ? t('site.noDr') : t('site.drOnlyMain')) : undefined}
            >
              {dc.drTargets.map((d) => (
                <Table.Tr key={`${d.systemKind}-${d.systemId}`}>
                  <Table.Td>{d.systemName ?? d.systemId}</Table.Td>
                  <Table.Td>{t(`site.systemKind.${d.systemKind}`)}</Table.Td>
                  <Table.Td>{t('site.minutes', { value: formatNumber(d.rpoMinutes) })}</Table.Td>
                  <Table.Td>{t('site.minutes', { value: formatNumber(d.rtoMinutes) })}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/pusat-data/lokasi/${d.replicaSite}`}>
                      {d.replicaSite}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {history.isPending ? (
            <Loading />
          ) : history.error ? (
            <ProblemAlert error={history.error} onReload={() => void history.refetch()} />
          ) : (
            <VerifiedHistory history={history.data} />
          )}
        </Tabs.Panel>
      </Tabs>
      {editing && (
        <DataCenterFormModal
          existing={dc}
          etag={etag}
          onClose={() => {
            setEditing(false);
            void refresh();
          }}
          onSaved={async () => {
            setEditing(false);
            await refresh();
            setDone(t('siteForm.saved'));
          }}
        />
      )}
      {linkToChange && (
        <LinkStatusModal
          dc={dc}
          etag={etag}
          link={linkToChange}
          onClose={() => setLinkToChange(null)}
          onDone={async () => {
            setLinkToChange(null);
            await refresh();
            setDone(t('common.done'));
          }}
        />
      )}
    </Stack>
  );
}

function CapacityTable({ capacity }: { capacity: Capacity }) {
  const { t } = useTranslation('datacenter');
  const value = (n: number | undefined) => (n === undefined ? '—' : formatNumber(n));
  return (
    <TableSection
      title={t('site.capacity')}
      caption={t('site.capacityCaption')}
      columns={[t('site.resource'), t('site.installed'), t('site.allocatable'), t('site.allocated'), t('site.free')]}
      minWidth={560}
    >
      {RESOURCES.map((r) => (
        <Table.Tr key={r}>
          <Table.Th scope="row">
            {t(`sites.resource.${r}`)} ({t(`sites.unit.${r}`)})
          </Table.Th>
          <Table.Td>{value(capacity.installed[r])}</Table.Td>
          <Table.Td>{value(capacity.allocatable[r])}</Table.Td>
          <Table.Td>{value(capacity.allocated[r])}</Table.Td>
          <Table.Td>{value(capacity.free[r])}</Table.Td>
        </Table.Tr>
      ))}
    </TableSection>
  );
}

/** POST /{code}/link-status: a recorded link's new status (same status: 409), with an optional note. */
function LinkStatusModal({ dc, etag, link, onClose, onDone }: { dc: DataCenter; etag?: string; link: Link; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenter');
  const [status, setStatus] = useState<Link['status']>(link.status);
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await datacenter.POST('/api/v1/data-centers/{code}/link-status', {
          params: { path: { code: dc.code }, header: etag ? { 'If-Match': etag } : undefined },
          body: { upstream: link.upstream, status, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('site.changeStatus', { name: link.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('site.newStatus')}
            required
            allowDeselect={false}
            data={(['PLANNED', 'CONNECTED', 'DEGRADED', 'DISCONNECTED'] as const).map((s) => ({ value: s, label: t(`sites.linkStatus.${s}`) }))}
            value={status}
            onChange={(v) => setStatus((v ?? link.status) as Link['status'])}
            error={fieldError(mutation.error, 'status')}
          />
          <Textarea label={t('common.note')} maxLength={1000} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldError(mutation.error, 'note')} />
          <ProblemAlert error={mutation.error} onReload={onClose} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
