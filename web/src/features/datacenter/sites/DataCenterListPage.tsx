import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { datacenter, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { CapacityBar, type Capacity, type DataCenter } from '../shared';
import { DataCenterFormModal } from './DataCenterFormModal';
import '../i18n';

const SIZE = 20;

export const LINK_COLOR = { PLANNED: 'gray', CONNECTED: 'teal', DEGRADED: 'orange', DISCONNECTED: 'red' } as const;

/**
 * The region's data centers (D1, D9): each site as a card with its role, upstream links in words, and how much of
 * its allocatable vCPU, RAM and disk is taken (bars with the figures beside them). Dinas registers new sites.
 */
export default function DataCenterListPage() {
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const client = useQueryClient();
  const navigate = useNavigate();
  const mayRegister = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [page, setPage] = useState(0);
  const [registering, setRegistering] = useState(false);

  const sites = useQuery({
    queryKey: ['datacenter', 'sites', 'list', page],
    queryFn: async () => must(await datacenter.GET('/api/v1/data-centers', { params: { query: { page, size: SIZE, sort: ['code,asc'] } } })),
  });
  const capacity = useQuery({
    queryKey: ['datacenter', 'capacity', page],
    queryFn: async () => must(await datacenter.GET('/api/v1/capacity', { params: { query: { page: 0, size: 100 } } })),
  });
  const capacityOf = new Map<string, Capacity>((capacity.data?.items ?? []).map((c) => [c.dataCenter, c]));

  return (
    <Stack>
      <PageHeader
        title={t('sites.title')}
        subtitle={t('sites.subtitle')}
        actions={
          mayRegister && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRegistering(true)}>
              {t('sites.register')}
            </Button>
          )
        }
      />
      <ProblemAlert error={sites.error} onReload={() => void sites.refetch()} />
      <ProblemAlert error={capacity.error} onReload={() => void capacity.refetch()} />
      {sites.isPending ? (
        <Loading />
      ) : sites.data ? (
        sites.data.items.length === 0 ? (
          <Text c="dimmed" py="lg" ta="center">
            {t('sites.empty')}
          </Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('sites.caption')}>
              {sites.data.items.map((dc) => (
                <li key={dc.code}>
                  <SiteCard dc={dc} capacity={capacityOf.get(dc.code)} />
                </li>
              ))}
            </SimpleGrid>
            <PageControls {...sites.data} onChange={setPage} label={t('sites.pagination')} />
          </>
        )
      ) : null}
      {registering && (
        <DataCenterFormModal
          onClose={() => setRegistering(false)}
          onSaved={async (dc) => {
            setRegistering(false);
            await client.invalidateQueries({ queryKey: ['datacenter', 'sites'] });
            navigate(`/pusat-data/lokasi/${dc.code}`);
          }}
        />
      )}
    </Stack>
  );
}

function SiteCard({ dc, capacity }: { dc: DataCenter; capacity?: Capacity }) {
  const { t } = useTranslation('datacenter');
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`site-${dc.code}`} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={`site-${dc.code}`}>
            <Anchor component={Link} to={`/pusat-data/lokasi/${dc.code}`}>
              {dc.name}
            </Anchor>
          </Title>
          <Badge variant="light" color={dc.role === 'MAIN' ? 'blue' : 'grape'}>
            {t(`sites.roleValue.${dc.role}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {dc.code}
          {dc.address ? ` · ${dc.address}` : ''}
        </Text>
        {dc.links.length > 0 && (
          <Group gap="xs" wrap="wrap" role="group" aria-label={t('sites.links')}>
            {dc.links.map((l) => (
              <Badge key={l.upstream} variant="outline" color={LINK_COLOR[l.status]}>
                {t(`sites.upstream.${l.upstream}`)}: {t(`sites.linkStatus.${l.status}`)}
              </Badge>
            ))}
          </Group>
        )}
        {capacity && (
          <Stack gap="xs" role="group" aria-label={t('sites.capacity')}>
            <CapacityBar resource="vcpu" used={capacity.allocated.vcpu} total={capacity.allocatable.vcpu} />
            <CapacityBar resource="ramGib" used={capacity.allocated.ramGib} total={capacity.allocatable.ramGib} />
            <CapacityBar resource="diskGib" used={capacity.allocated.diskGib} total={capacity.allocatable.diskGib} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
