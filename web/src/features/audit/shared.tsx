import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appRegistry, audit, must, type AuditSchemas } from '../../api/client';
import { Role, type Caller } from '../../auth/roles';
import './i18n';

export type Audit = AuditSchemas['AuditResponse'];
export type AuditStatus = Audit['status'];
export type AuditKind = Audit['kind'];
export type ScopeArea = Audit['scope'][number];
export type Finding = AuditSchemas['FindingResponse'];
export type FindingStatus = Finding['status'];
export type Severity = Finding['severity'];
export type Evidence = AuditSchemas['EvidenceResponse'];
export type Auditor = AuditSchemas['AuditorResponse'];
export type Certificate = AuditSchemas['ElectronicCertificateResponse'];

export const KINDS: AuditKind[] = ['INFRASTRUKTUR', 'APLIKASI', 'KEAMANAN'];
export const AUDIT_STATUSES: AuditStatus[] = ['PLANNED', 'IN_PROGRESS', 'REPORTING', 'COMPLETED', 'CANCELLED'];
export const SCOPES: ScopeArea[] = ['GOVERNANCE_AND_MANAGEMENT', 'FUNCTIONALITY', 'PERFORMANCE', 'OTHER'];
export const SEVERITIES: Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
export const FINDING_STATUSES: FindingStatus[] = ['IDENTIFIED', 'CONFIRMED', 'IN_REMEDIATION', 'RESOLVED', 'VERIFIED', 'ACCEPTED_RISK'];
export const OPD_PATTERN = /^[A-Z][A-Z0-9_-]{1,29}$/;

/** Query keys under one audit, so a step refreshes everything shown about it. */
export const auditKeys = {
  all: (id: string) => ['audit-engagement', id] as const,
  detail: (id: string) => ['audit-engagement', id, 'detail'] as const,
  findings: (id: string) => ['audit-engagement', id, 'findings'] as const,
  evidence: (id: string) => ['audit-engagement', id, 'evidence'] as const,
  history: (id: string) => ['audit-engagement', id, 'history'] as const,
};

/** openapi-fetch's result with the entity tag the server sent (If-Match of the next step). */
export function withEtag<T>(result: { data?: T; error?: unknown; response: Response }): { data: T; etag?: string } {
  return { data: must(result), etag: result.response.headers.get('ETag') ?? undefined };
}

/** The If-Match header when the version shown is known (the server checks it: 412 when stale). */
export function ifMatch(etag: string | undefined): { 'If-Match'?: string } {
  return etag ? { 'If-Match': etag } : {};
}

export function useAudit(id: string) {
  return useQuery({
    queryKey: auditKeys.detail(id),
    queryFn: async () => withEtag(await audit.GET('/api/v1/audits/{id}', { params: { path: { id } } })),
  });
}

/** Active OPDs as select options ("CODE — name"). */
export function useOpdOptions(enabled = true) {
  return useQuery({
    queryKey: ['opds', 'active-options'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const page = must(await appRegistry.GET('/api/v1/opds', { params: { query: { active: true, size: 200, sort: ['name'] } } }));
      return page.items.map((opd) => ({ value: opd.code, label: `${opd.code} — ${opd.name}` }));
    },
  });
}

const has = (caller: Caller | undefined, role: string) => !!caller?.roles.includes(role);
export const isDinas = (caller?: Caller) => has(caller, Role.DINAS_ADMIN);

/** The caller is the lead of this audit's team (matched by the auditor's platform account). */
export function isLead(caller: Caller | undefined, engagement: Pick<Audit, 'team'>): boolean {
  return has(caller, Role.AUDITOR) && engagement.team.some((m) => m.lead && !!m.username && m.username === caller?.username);
}

/** The caller sits on this audit's team (lead or member). */
export function isOnTeam(caller: Caller | undefined, engagement: Pick<Audit, 'team'>): boolean {
  return has(caller, Role.AUDITOR) && engagement.team.some((m) => !!m.username && m.username === caller?.username);
}

/** An audit still being worked: its evidence, findings and working papers may change until it is completed or cancelled. */
export function isOpenAudit(engagement: Pick<Audit, 'status'>): boolean {
  return engagement.status !== 'COMPLETED' && engagement.status !== 'CANCELLED';
}

export type AuditAction = 'start' | 'report' | 'complete' | 'cancel' | 'continue';

/** EngagementController's steps this caller may take now (a courtesy; the server decides). */
export function auditActions(engagement: Audit, caller: Caller | undefined): AuditAction[] {
  const runner = isDinas(caller) || isLead(caller, engagement);
  const s = engagement.status;
  const actions: AuditAction[] = [];
  if (runner && s === 'PLANNED') actions.push('start');
  if (runner && s === 'IN_PROGRESS') actions.push('report');
  if (runner && s === 'REPORTING') actions.push('complete');
  if (isDinas(caller) && (s === 'PLANNED' || s === 'IN_PROGRESS' || s === 'REPORTING')) actions.push('cancel');
  if (isDinas(caller) && s === 'COMPLETED') actions.push('continue');
  return actions;
}

export type FindingAction = 'confirm' | 'startRemediation' | 'resolve' | 'reopen' | 'verify' | 'acceptRisk';

/** The follow-up steps FindingController offers in this status to this caller (auditor side / owner side). */
export function findingActions(finding: Finding, caller: Caller | undefined, auditorOfIt: boolean): FindingAction[] {
  const dinas = isDinas(caller);
  const owner = has(caller, Role.OPD_OPERATOR) && !!caller?.opd && caller.opd === finding.ownerOpd;
  const auditor = has(caller, Role.AUDITOR) && auditorOfIt;
  const s = finding.status;
  const actions: FindingAction[] = [];
  if (s === 'IDENTIFIED' && (dinas || auditor || owner)) actions.push('confirm');
  if (s === 'CONFIRMED' && (dinas || owner)) actions.push('startRemediation');
  if (s === 'IN_REMEDIATION' && (dinas || owner)) actions.push('resolve');
  if (s === 'RESOLVED' && (dinas || auditor)) actions.push('verify', 'reopen');
  if ((s === 'CONFIRMED' || s === 'IN_REMEDIATION') && (dinas || owner)) actions.push('acceptRisk');
  return actions;
}

export const FINDING_PATH: Record<FindingAction, string> = {
  confirm: 'confirm',
  startRemediation: 'start-remediation',
  resolve: 'resolve',
  reopen: 'reopen',
  verify: 'verify',
  acceptRisk: 'accept-risk',
};

/** Steps whose body is a required reason (ReasonRequest) rather than an optional note. */
export const NEEDS_REASON: FindingAction[] = ['reopen', 'acceptRisk'];

const AUDIT_COLOR: Record<AuditStatus, string> = {
  PLANNED: 'blue',
  IN_PROGRESS: 'yellow',
  REPORTING: 'violet',
  COMPLETED: 'green',
  CANCELLED: 'gray',
};
const FINDING_COLOR: Record<FindingStatus, string> = {
  IDENTIFIED: 'orange',
  CONFIRMED: 'red',
  IN_REMEDIATION: 'yellow',
  RESOLVED: 'blue',
  VERIFIED: 'green',
  ACCEPTED_RISK: 'gray',
};
const SEVERITY_COLOR: Record<Severity, string> = { LOW: 'gray', MEDIUM: 'yellow', HIGH: 'orange', CRITICAL: 'red' };

/** Badges: the label carries the meaning, the colour only helps scanning. */
export function AuditStatusBadge({ status }: { status: AuditStatus }) {
  const { t } = useTranslation('audit');
  return (
    <Badge color={AUDIT_COLOR[status]} variant="light" data-status={status}>
      {t(`engagementStatus.${status}`)}
    </Badge>
  );
}

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useTranslation('audit');
  return (
    <Badge color={FINDING_COLOR[status]} variant="light" data-status={status}>
      {t(`findingStatus.${status}`)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation('audit');
  return (
    <Badge color={SEVERITY_COLOR[severity]} variant={severity === 'CRITICAL' ? 'filled' : 'light'}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}

/** YYYY-MM-DD of today plus `days` in the browser's time zone. */
export function dayIso(days = 0, now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whole days from today to an ISO date or instant (negative when past). */
export function daysUntil(iso: string, now: Date = new Date()): number {
  const target = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.floor((target.getTime() - start.getTime()) / 86_400_000);
}

export const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);
