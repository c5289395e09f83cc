import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { audit, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { FactRows } from '../../ui/FactRows';
import { formatDate, formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { LinkedTabs } from '../../ui/LinkedTabs';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ReasonStepModal } from '../../ui/ReasonStepModal';
import { ScreenPending } from '../../ui/ScreenPending';
import { VerifiedHistory } from '../../ui/VerifiedHistory';
import { StepButtons } from '../../ui/StepButtons';
import { AuditReportDownload } from './AuditReportDownload';
import { EvidenceSection } from './EvidenceSection';
import { ServiceEvidenceSection } from './ServiceEvidenceSection';
import { EngagementFindings } from './findings';
import { TeamSection } from './TeamSection';
import { readsWorkpapers, WorkpaperSection } from './WorkpaperSection';
import { auditActions, auditKeys, AuditStatusBadge, ifMatch, useAudit, type Audit, type AuditAction } from './shared';
import './i18n';

/**
 * /audit/penugasan/:id — one engagement: its facts and AU2 scope, the steps open to the caller (Dinas or the lead
 * auditor; If-Match with the version shown), team (AU3), findings (AU7), evidence requests and SEC1 history.
 */
export default function EngagementDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('audit');
  const query = useAudit(id);
  const caller = useCaller();

  if (query.isPending || query.error) return <ScreenPending title={t('detail.title')} query={query} />;
  const { data: engagement, etag } = query.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={engagement.title}
        subtitle={[t(`kind.${engagement.kind}`), engagement.objectName, engagement.auditedOpd].filter(Boolean).join(' · ')}
      />
      <Card withBorder padding="sm">
        <Group gap="xs" mb={6}>
          <Text size="sm" fw={600}>
            {t('detail.workflow')}
          </Text>
          <AuditStatusBadge status={engagement.status} />
        </Group>
        <AuditWorkflow engagement={engagement} etag={etag} />
        <AuditReportDownload engagement={engagement} />
      </Card>
      <LinkedTabs
        label={t('detail.tabs.label')}
        tabs={[
          { value: 'ringkasan', label: t('detail.tabs.summary'), panel: <Summary engagement={engagement} /> },
          { value: 'tim', label: t('detail.tabs.team'), panel: <TeamSection engagement={engagement} etag={etag} /> },
          { value: 'temuan', label: t('detail.tabs.findings'), panel: <EngagementFindings engagement={engagement} /> },
          { value: 'bukti', label: t('detail.tabs.evidence'), panel: <EvidenceSection engagement={engagement} /> },
          { value: 'bukti-layanan', label: t('detail.tabs.serviceEvidence'), panel: <ServiceEvidenceSection engagement={engagement} /> },
          ...(readsWorkpapers(caller, engagement)
            ? [{ value: 'kertas-kerja', label: t('detail.tabs.workpapers'), panel: <WorkpaperSection engagement={engagement} /> }]
            : []),
          { value: 'riwayat', label: t('detail.tabs.history'), panel: <AuditHistory id={engagement.id} /> },
        ]}
      />
    </Stack>
  );
}

function Summary({ engagement: e }: { engagement: Audit }) {
  const { t } = useTranslation('audit');
  const rows: [string, React.ReactNode][] = [
    [t('detail.facts.kind'), t(`kind.${e.kind}`)],
    [t('detail.facts.object'), e.objectId ? <Anchor component={Link} to={`/aplikasi/${encodeURIComponent(e.objectId)}`}>{e.objectName ?? e.objectId}</Anchor> : (e.objectName ?? '—')],
    [t('detail.facts.auditedOpd'), e.auditedOpd],
    [t('detail.facts.planned'), t('detail.period', { from: formatDate(e.plannedStart), to: formatDate(e.plannedEnd) })],
    [t('detail.facts.scope'), e.scope.length ? e.scope.map((s) => t(`scope.${s}`)).join(', ') : '—'],
  ];
  if (e.otherScope) rows.push([t('detail.facts.otherScope'), e.otherScope]);
  rows.push([t('detail.facts.planItem'), e.planItemId ?? t('detail.facts.adHoc')]);
  if (e.previousAuditId)
    rows.push([t('detail.facts.previous'), <Anchor component={Link} to={`/audit/penugasan/${encodeURIComponent(e.previousAuditId)}`}>{e.previousAuditId}</Anchor>]);
  if (e.startedOn) rows.push([t('detail.facts.started'), formatDate(e.startedOn)]);
  if (e.completedOn) rows.push([t('detail.facts.completed'), formatDate(e.completedOn)]);
  if (e.cancelReason) rows.push([t('detail.facts.cancelReason'), e.cancelReason]);
  rows.push([t('detail.facts.createdBy'), `${e.createdBy}, ${formatDateTime(e.createdAt)}`]);
  return (
    <Card withBorder padding="md">
      <FactRows rows={rows} />
    </Card>
  );
}

const STEP_PATH = {
  start: '/api/v1/audits/{id}/start',
  report: '/api/v1/audits/{id}/report',
  complete: '/api/v1/audits/{id}/complete',
} as const;

/** The engagement's steps for this caller, each confirmed in a dialog (cancel needs a reason). */
function AuditWorkflow({ engagement, etag }: { engagement: Audit; etag?: string }) {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Exclude<AuditAction, 'continue'> | null>(null);
  const [done, setDone] = useState('');
  const actions = auditActions(engagement, caller);
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: auditKeys.all(engagement.id) });
    await client.invalidateQueries({ queryKey: ['audit-engagements'] });
  };
  const path = { params: { path: { id: engagement.id }, header: ifMatch(etag) } };

  async function send(action: Exclude<AuditAction, 'continue'>, reason: string) {
    if (action === 'cancel')
      return must(await audit.POST('/api/v1/audits/{id}/cancel', { ...path, body: { reason } }));
    return must(await audit.POST(STEP_PATH[action], path));
  }

  return (
    <Stack gap="xs">
      <StepButtons
        label={t('detail.workflow')}
        steps={actions.map((action) => ({
          key: action,
          label: t(`detail.action.${action}`),
          variant: action === 'cancel' || action === 'continue' ? 'light' : 'filled',
          color: action === 'cancel' ? 'red' : undefined,
          onClick: () => {
            setDone('');
            if (action === 'continue') navigate(`/audit/penugasan/baru?previousAuditId=${encodeURIComponent(engagement.id)}`);
            else setOpen(action);
          },
        }))}
        none={t('detail.noActions')}
        done={done}
      />
      {open && (
        <ReasonStepModal
          title={t(`detail.action.${open}`)}
          explanation={t(`detail.explain.${open}`)}
          reasonLabel={t('common.reason')}
          needsReason={open === 'cancel'}
          confirmLabel={t(`detail.action.${open}`)}
          confirmColor={open === 'cancel' ? 'red' : 'blue'}
          send={(reason) => send(open, reason)}
          refresh={refresh}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setDone(t('detail.done'));
          }}
        />
      )}
    </Stack>
  );
}

function AuditHistory({ id }: { id: string }) {
  const history = useQuery({
    queryKey: auditKeys.history(id),
    queryFn: async () => must(await audit.GET('/api/v1/audits/{id}/history', { params: { path: { id } } })),
  });
  if (history.isPending) return <Loading />;
  if (history.error) return <ProblemAlert error={history.error} onReload={() => void history.refetch()} />;
  return <VerifiedHistory history={history.data} />;
}
