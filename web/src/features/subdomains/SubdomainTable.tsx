import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { Role, hasAnyRole, type Caller } from '../../auth/roles';
import { VerifiedHistory } from '../applications/detail/HistoryTab';
import { Loading } from '../../ui/Loading';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { formatDateTime } from '../../ui/format';
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
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: SUBDOMAINS_KEY });
  const mutation = useMutation({
    mutationFn: async (): Promise<Subdomain> => {
      const params = { path: { fqdn: subdomain.fqdn }, header: { 'If-Match': `"${subdomain.version}"` } };
      if (action === 'allocate') return must(await appRegistry.POST('/api/v1/subdomains/{fqdn}/allocate', { params }));
      const body = { reason: reason.trim() };
      if (action === 'refuse') return must(await appRegistry.POST('/api/v1/subdomains/{fqdn}/refuse', { params, body }));
      return must(await appRegistry.POST('/api/v1/subdomains/{fqdn}/release', { params, body }));
    },
    onSuccess: async (result) => {
      await refresh();
      onDone(result);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = action !== 'allocate' && !reason.trim();
    setMissing(blank);
    if (!blank) mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t(`action.${action}Of`, { fqdn: subdomain.fqdn })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`action.explain.${action}`)}</Text>
          {action !== 'allocate' && (
            <Textarea
              label={t('action.reason')}
              required
              value={reason}
              maxLength={1000}
              autosize
              minRows={2}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={missing ? tc('field.required') : fieldError(mutation.error, 'reason')}
            />
          )}
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} color={action === 'allocate' ? 'teal' : 'red'}>
              {t(`action.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
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
