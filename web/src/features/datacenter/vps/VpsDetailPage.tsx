import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { datacenter, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FactRows } from '../../../ui/FactRows';
import { formatDate, formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ScreenPending } from '../../../ui/ScreenPending';
import { daysUntil, VpsStatusBadge, type Vps } from '../shared';
import { VerifiedHistory } from '../../../ui/VerifiedHistory';
import { StepButtons } from '../../../ui/StepButtons';
import { VpsActionModal } from './VpsActionModal';
import { allowedVpsActions, type VpsAction } from './vpsActions';
import '../i18n';

const vpsKey = (id: string) => ['datacenter', 'vps', id] as const;

/**
 * One VPS request (D4): what was asked, the machine once provisioned (host, IP, who received the credentials —
 * never the credentials), each step with who and when, the expiry, the workflow buttons this caller may press now,
 * and the tamper-evident history (SEC1).
 */
export default function VpsDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('datacenter');
  const caller = useCaller();
  const client = useQueryClient();
  const location = useLocation();
  const [open, setOpen] = useState<VpsAction | null>(null);
  const [done, setDone] = useState<string | undefined>(
    (location.state as { created?: boolean } | null)?.created ? t('vpsForm.created') : undefined,
  );
  const [tab, setTab] = useState<string | null>('summary');

  const detail = useQuery({
    queryKey: [...vpsKey(id), 'detail'],
    queryFn: async () => {
      const result = await datacenter.GET('/api/v1/vps-requests/{id}', { params: { path: { id } } });
      return { vps: must(result), etag: result.response.headers.get('ETag') ?? undefined };
    },
  });
  const history = useQuery({
    queryKey: [...vpsKey(id), 'history'],
    enabled: tab === 'history',
    queryFn: async () => must(await datacenter.GET('/api/v1/vps-requests/{id}/history', { params: { path: { id } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: vpsKey(id) });

  if (!detail.data) return <ScreenPending title={t('vpsList.title')} query={detail} />;
  const { vps, etag } = detail.data;
  const actions = allowedVpsActions(vps, caller);

  return (
    <Stack>
      <PageHeader
        title={t('vpsDetail.title', { application: vps.applicationName })}
        subtitle={t('vpsDetail.subtitle', { opd: vps.opd, status: t(`vpsStatus.${vps.status}`) })}
        actions={
          <Anchor component={Link} to="/pusat-data/vps" size="sm">
            {t('vpsList.title')}
          </Anchor>
        }
      />
      <ProblemAlert error={detail.error} onReload={() => void detail.refetch()} />

      <Card withBorder padding="md" component="section" aria-labelledby="vps-workflow">
        <Stack gap="xs">
          <Title order={2} size="h4" id="vps-workflow">
            {t('vpsDetail.workflow')}
          </Title>
          <StepButtons
            label={t('vpsDetail.workflowLabel')}
            steps={actions.map((action) => {
              const danger = action === 'reject' || action === 'rejectResize' || action === 'decommission';
              return {
                key: action,
                label: t(`vpsAction.${action}`),
                variant: danger ? 'light' : 'filled',
                color: danger ? 'red' : undefined,
                onClick: () => {
                  setDone(undefined);
                  setOpen(action);
                },
              };
            })}
            none={t('vpsDetail.noActions')}
            done={done}
          />
        </Stack>
      </Card>

      {vps.rejection && (
        <Alert color="red" title={t('vpsDetail.rejectionReason')}>
          <Text size="sm">{vps.rejection.note ?? '—'}</Text>
          <Text size="xs" c="dimmed">
            {t('vpsDetail.stepValue', { at: formatDateTime(vps.rejection.at), by: vps.rejection.by })}
          </Text>
        </Alert>
      )}
      {vps.pendingResize && (
        <Alert color="orange" title={t('vpsDetail.pendingResize')}>
          <Text size="sm">
            {t('vpsDetail.pendingResizeValue', {
              vcpu: vps.pendingResize.vcpu,
              ram: vps.pendingResize.ramGib,
              disk: vps.pendingResize.diskGib,
              by: vps.pendingResize.requestedBy,
              at: formatDateTime(vps.pendingResize.requestedAt),
            })}
          </Text>
          <Text size="sm">{vps.pendingResize.reason}</Text>
        </Alert>
      )}

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="summary">{t('vpsDetail.request')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md">
          <Summary vps={vps} />
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

      {open && (
        <VpsActionModal
          action={open}
          vps={vps}
          etag={etag}
          refresh={refresh}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setDone(t('common.done'));
          }}
        />
      )}
    </Stack>
  );
}

function Summary({ vps }: { vps: Vps }) {
  const { t } = useTranslation('datacenter');
  const days = vps.expiresOn ? daysUntil(vps.expiresOn) : undefined;
  const step = (s?: { at: string; by: string } | null) => (s ? t('vpsDetail.stepValue', { at: formatDateTime(s.at), by: s.by }) : '—');
  const p = vps.provisioning;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder padding="md" component="section" aria-labelledby="vps-request">
        <Title order={2} size="h4" mb="sm" id="vps-request">
          {t('vpsDetail.request')}
        </Title>
        <FactRows
          rows={[
            [t('vpsDetail.status'), <VpsStatusBadge key="s" status={vps.status} />],
            [t('vpsDetail.application'), vps.applicationName],
            [t('vpsDetail.opd'), vps.opd],
            [t('vpsDetail.resources'), t('vpsList.resourcesValue', { vcpu: vps.vcpu, ram: vps.ramGib, disk: vps.diskGib })],
            [t('vpsDetail.osImage'), vps.osImage],
            [t('vpsDetail.term'), t('vpsDetail.termValue', { months: vps.termMonths })],
            [t('vpsDetail.purpose'), vps.purpose],
          ]}
        />
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="vps-machine">
        <Title order={2} size="h4" mb="sm" id="vps-machine">
          {t('vpsDetail.machine')}
        </Title>
        <Stack gap="sm">
          <FactRows
            rows={[
              [t('vpsDetail.dataCenter'), vps.dataCenter ?? '—'],
              [
                t('vpsDetail.expiresOn'),
                vps.expiresOn
                  ? `${formatDate(vps.expiresOn)} (${days! >= 0 ? t('vpsDetail.expiresIn', { days }) : t('vpsDetail.expiredAgo', { days: -days! })})`
                  : '—',
              ],
              ...(p
                ? ([
                    [t('vpsDetail.hostname'), p.hostname],
                    [t('vpsDetail.ipAddress'), p.ipAddress],
                    [
                      t('vpsDetail.handover'),
                      t('vpsDetail.handoverValue', {
                        method: t(`handover.${p.handoverMethod}`),
                        to: p.handedTo,
                        by: p.handedBy,
                        at: formatDateTime(p.handedAt),
                      }),
                    ],
                  ] as [string, string][])
                : []),
            ]}
          />
          {p ? (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconLock size={16} aria-hidden />
              <Text size="xs" c="dimmed">
                {t('vpsDetail.noSecret')}
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('vpsDetail.notProvisioned')}
            </Text>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="vps-steps">
        <Title order={2} size="h4" mb="sm" id="vps-steps">
          {t('vpsDetail.steps')}
        </Title>
        <FactRows
          rows={[
            [t('vpsDetail.submitted'), step(vps.submission)],
            [t('vpsDetail.approved'), step(vps.approval)],
            ...(vps.rejection ? ([[t('vpsDetail.rejected'), step(vps.rejection)]] as [string, string][]) : []),
            [t('vpsAction.provision'), p ? t('vpsDetail.stepValue', { at: formatDateTime(p.provisionedAt), by: p.provisionedBy }) : '—'],
            [t('vpsDetail.activated'), step(vps.activation)],
            [t('vpsDetail.decommissioned'), step(vps.decommissioning)],
          ]}
        />
      </Card>
    </SimpleGrid>
  );
}
