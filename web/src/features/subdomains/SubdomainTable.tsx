import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { Role, hasAnyRole, type Caller } from '../../auth/roles';
import { VerifiedHistory } from '../../ui/VerifiedHistory';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatDateTime } from '../../ui/format';
import { ReasonStepModal } from '../../ui/ReasonStepModal';
import './i18n';

export type Subdomain = AppRegistrySchemas['SubdomainResponse'];
export type SubdomainAction = 'allocate' | 'refuse' | 'release';

/** Who may read a name's history (SubdomainController.history). */
const HISTORY_READERS = [Role.DINAS_ADMIN, Role.COORDINATOR, Role.AUDITOR] as const;

/** Query key prefix of every subdomain list, refreshed after any subdomain step. */
export const SUBDOMAINS_KEY = ['subdomains'] as const;

/**
 * What this caller may do with a name, as the server decides it: Dinas allocates or refuses a request; Dinas or an
 * operator of the holding OPD releases an allocated name.
 */
export function subdomainActions(s: Pick<Subdomain, 'status' | 'ownerOpd'>, caller: Caller | undefined): SubdomainAction[] {
  const dinas = !!caller?.roles.includes(Role.DINAS_ADMIN);
  const holder = !!caller?.roles.includes(Role.OPD_OPERATOR) && !!caller.opd && caller.opd === s.ownerOpd;
  if (s.status === 'REQUESTED') return dinas ? ['allocate', 'refuse'] : [];
  if (s.status === 'ALLOCATED') return dinas || holder ? ['release'] : [];
  return [];
}

const STATUS_COLOR: Record<Subdomain['status'], string> = {
  REQUESTED: 'blue',
  ALLOCATED: 'teal',
  REFUSED: 'red',
  RELEASED: 'gray',
};

/** A table of subdomains with the steps the caller may take on each (a reason where the server needs one). */
export function SubdomainTable({ items, showApplication = true }: { items: Subdomain[]; showApplication?: boolean }) {
  const { t } = useTranslation('subdomains');
  const { t: td } = useTranslation('domain');
  const caller = useCaller();
  const [acting, setActing] = useState<{ subdomain: Subdomain; action: SubdomainAction }>();
  const [done, setDone] = useState<string>();
  const [historyOf, setHistoryOf] = useState<string>();
  const historyReader = hasAnyRole(caller, ...HISTORY_READERS);

  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label={t('caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('col.fqdn')}</Table.Th>
              <Table.Th scope="col">{t('col.purpose')}</Table.Th>
              {showApplication && <Table.Th scope="col">{t('col.application')}</Table.Th>}
              <Table.Th scope="col">{t('col.ownerOpd')}</Table.Th>
              <Table.Th scope="col">{t('col.status')}</Table.Th>
              <Table.Th scope="col">{t('col.when')}</Table.Th>
              <Table.Th scope="col">{t('col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.fqdn}>
                <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
                  <Text ff="monospace" size="sm">
                    {s.fqdn}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('generation', { n: s.generation })}
                  </Text>
                </Table.Th>
                <Table.Td>{td(`subdomainPurpose.${s.purpose}`)}</Table.Td>
                {showApplication && (
                  <Table.Td>
                    {s.applicationId ? (
                      <Link to={`/aplikasi/${encodeURIComponent(s.applicationId)}?tab=subdomain`}>
                        {s.applicationId.slice(0, 8)}…
                      </Link>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                )}
                <Table.Td>{s.ownerOpd}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[s.status]} variant="light">
                    {td(`subdomainStatus.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {s.requestedAt && <Text size="xs">{t('requested', { by: s.requestedBy, at: formatDateTime(s.requestedAt) })}</Text>}
                    {s.allocatedAt && <Text size="xs">{t('allocated', { by: s.allocatedBy, at: formatDateTime(s.allocatedAt) })}</Text>}
                    {s.refusedAt && (
                      <Text size="xs">
                        {t('refused', { by: s.refusedBy, at: formatDateTime(s.refusedAt), reason: s.refusalReason ?? '—' })}
                      </Text>
                    )}
                    {s.releasedAt && (
                      <Text size="xs">
                        {t('released', { by: s.releasedBy, at: formatDateTime(s.releasedAt), reason: s.releaseReason ?? '—' })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {subdomainActions(s, caller).map((action) => (
                      <Button
                        key={action}
                        size="compact-xs"
                        variant="light"
                        color={action === 'allocate' ? 'teal' : 'red'}
                        aria-label={t(`action.${action}Of`, { fqdn: s.fqdn })}
                        onClick={() => {
                          setDone(undefined);
                          setActing({ subdomain: s, action });
                        }}
                      >
                        {t(`action.${action}`)}
                      </Button>
                    ))}
                    {historyReader && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={t('action.historyOf', { fqdn: s.fqdn })}
                        onClick={() => setHistoryOf(s.fqdn)}
                      >
                        {t('action.history')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {historyOf && <SubdomainHistoryModal fqdn={historyOf} onClose={() => setHistoryOf(undefined)} />}
      {acting && (
        <SubdomainActionModal
          subdomain={acting.subdomain}
          action={acting.action}
          onClose={() => setActing(undefined)}
          onDone={(result) => {
            setActing(undefined);
            setDone(t('action.done', { fqdn: result.fqdn, status: td(`subdomainStatus.${result.status}`) }));
          }}
        />
      )}
    </Stack>
  );
}

function SubdomainActionModal({
  subdomain,
  action,
  onClose,
  onDone,
}: {
  subdomain: Subdomain;
  action: SubdomainAction;
  onClose: () => void;
  onDone: (result: Subdomain) => void;
}) {
  const { t } = useTranslation('subdomains');
  const client = useQueryClient();
  const params = { path: { fqdn: subdomain.fqdn }, header: { 'If-Match': `"${subdomain.version}"` } };
  return (
    <ReasonStepModal
      title={t(`action.${action}Of`, { fqdn: subdomain.fqdn })}
      explanation={t(`action.explain.${action}`)}
      reasonLabel={t('action.reason')}
      needsReason={action !== 'allocate'}
      confirmLabel={t(`action.${action}`)}
      confirmColor={action === 'allocate' ? 'teal' : 'red'}
      send={async (reason): Promise<Subdomain> => {
        if (action === 'allocate') return must(await appRegistry.POST('/api/v1/subdomains/{fqdn}/allocate', { params }));
        const body = { reason };
        if (action === 'refuse') return must(await appRegistry.POST('/api/v1/subdomains/{fqdn}/refuse', { params, body }));
        return must(await appRegistry.POST('/api/v1/subdomains/{fqdn}/release', { params, body }));
      }}
      refresh={() => client.invalidateQueries({ queryKey: SUBDOMAINS_KEY })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

/** The tamper-evident history of one name across its generations (SEC1). */
function SubdomainHistoryModal({ fqdn, onClose }: { fqdn: string; onClose: () => void }) {
  const { t } = useTranslation('subdomains');
  const history = useQuery({
    queryKey: [...SUBDOMAINS_KEY, 'history', fqdn],
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/subdomains/{fqdn}/history', { params: { path: { fqdn } } })),
  });
  return (
    <Modal opened onClose={onClose} title={t('action.historyOf', { fqdn })} size="lg">
      {history.isPending && <Loading />}
      <ProblemAlert error={history.error} onReload={() => void history.refetch()} />
      {history.data && <VerifiedHistory history={history.data} />}
    </Modal>
  );
}
