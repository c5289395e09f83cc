import { Role, type Caller } from '../../auth/roles';
import type { ServicedeskSchemas } from '../../api/client';

export type Ticket = ServicedeskSchemas['TicketResponse'];
export type TicketSummary = ServicedeskSchemas['TicketSummary'];
export type TicketType = Ticket['type'];
export type TicketStatus = Ticket['status'];
export type Category = Ticket['category'];
export type Level = Ticket['impact'];
export type Priority = Ticket['priority'];
export type Tier = Ticket['tier'];
export type Clock = ServicedeskSchemas['ClockView'];
export type Article = ServicedeskSchemas['ArticleResponse'];

/** The service's enumerations (servicedesk-service OpenAPI), in the order the screens list them. */
export const TYPES: TicketType[] = ['KELUHAN', 'GANGGUAN', 'MASALAH', 'PERMINTAAN', 'PERUBAHAN'];
export const CATEGORIES: Category[] = ['APLIKASI', 'JARINGAN', 'INFRASTRUKTUR', 'PERANGKAT', 'AKUN_DAN_AKSES', 'DATA', 'KEAMANAN', 'LAINNYA'];
export const LEVELS: Level[] = ['TINGGI', 'SEDANG', 'RENDAH'];
export const PRIORITIES: Priority[] = ['KRITIS', 'TINGGI', 'SEDANG', 'RENDAH'];
export const TIERS: Tier[] = ['TIER1', 'TIER2', 'SERVICE_CENTRE'];
export const STATUSES: TicketStatus[] = [
  'NEW',
  'ASSIGNED',
  'WAITING_FOR_REQUESTER',
  'KNOWN_ERROR',
  'ANALYSIS',
  'APPROVAL',
  'DEVELOPMENT',
  'IMPLEMENTATION',
  'EVALUATION',
  'RESOLVED',
  'CLOSED',
];

/**
 * The README's impact × urgency matrix, shown as a hint while a ticket is written; the server decides (and a
 * security incident, category KEAMANAN, is always KRITIS: S8).
 */
export function priorityOf(impact: Level, urgency: Level, category?: Category): Priority {
  if (category === 'KEAMANAN') return 'KRITIS';
  const score = LEVELS.indexOf(impact) + LEVELS.indexOf(urgency); // 0 = both TINGGI … 4 = both RENDAH
  return (['KRITIS', 'TINGGI', 'SEDANG', 'RENDAH', 'RENDAH'] as Priority[])[score];
}

/** TicketType.next() on the server: where each status may go, per type. */
function next(type: TicketType, from: TicketStatus): TicketStatus[] {
  switch (type) {
    case 'MASALAH':
      return ({ NEW: ['ASSIGNED'], ASSIGNED: ['KNOWN_ERROR', 'RESOLVED'], KNOWN_ERROR: ['RESOLVED'], RESOLVED: ['CLOSED', 'ASSIGNED'] } as Partial<
        Record<TicketStatus, TicketStatus[]>
      >)[from] ?? [];
    case 'PERUBAHAN':
      return ({
        NEW: ['ASSIGNED'],
        ASSIGNED: ['ANALYSIS'],
        ANALYSIS: ['APPROVAL'],
        APPROVAL: ['DEVELOPMENT', 'CLOSED'],
        DEVELOPMENT: ['IMPLEMENTATION'],
        IMPLEMENTATION: ['EVALUATION'],
        EVALUATION: ['CLOSED'],
      } as Partial<Record<TicketStatus, TicketStatus[]>>)[from] ?? [];
    default:
      return ({
        NEW: ['ASSIGNED'],
        ASSIGNED: ['WAITING_FOR_REQUESTER', 'RESOLVED'],
        WAITING_FOR_REQUESTER: ['ASSIGNED'],
        RESOLVED: ['CLOSED', 'ASSIGNED'],
        CLOSED: ['ASSIGNED'],
      } as Partial<Record<TicketStatus, TicketStatus[]>>)[from] ?? [];
  }
}

/** TicketType.escalableFrom(): while work on a Tier 1 ticket is open (S3). */
function escalableFrom(type: TicketType): TicketStatus[] {
  if (type === 'MASALAH') return ['NEW', 'ASSIGNED', 'KNOWN_ERROR'];
  if (type === 'PERUBAHAN') return ['NEW', 'ASSIGNED'];
  return ['NEW', 'ASSIGNED', 'WAITING_FOR_REQUESTER'];
}

export const isDone = (status: TicketStatus) => status === 'RESOLVED' || status === 'CLOSED';

/** TicketAccess.works: an agent of the desk that holds the ticket now (Tier 1 of its OPD, or Tier 2). */
export function works(caller: Caller | undefined, ticket: Pick<Ticket, 'tier' | 'requesterOpd'>): boolean {
  if (!caller) return false;
  return ticket.tier === 'TIER1'
    ? caller.roles.includes(Role.TIER1_AGENT) && caller.opd === ticket.requesterOpd
    : caller.roles.includes(Role.TIER2_AGENT);
}

/** TicketAccess.speaksForRequester: the OPD's staff, or Dinas acting for any OPD. */
export function speaksForRequester(caller: Caller | undefined, ticket: Pick<Ticket, 'requesterOpd'>): boolean {
  if (!caller) return false;
  if (caller.roles.includes(Role.DINAS_ADMIN)) return true;
  return caller.roles.includes(Role.OPD_OPERATOR) && caller.opd === ticket.requesterOpd;
}

/** The workflow steps the detail page offers, in the order they appear. */
export const TICKET_ACTIONS = [
  'take',
  'assign',
  'requestInformation',
  'resume',
  'rootCause',
  'reprioritize',
  'escalate',
  'resolve',
  'close',
  'reopen',
  'rate',
  'knowledge',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/**
 * The steps this caller may take on this ticket now, mirroring TicketWorkflow (who) and TicketType (in which
 * status). A courtesy only: the server decides, and its 403/409/422 are shown when it disagrees. A change
 * (PERUBAHAN) moves through its S6 stages on the change screen after it has been taken.
 */
export function allowedActions(ticket: Ticket, caller: Caller | undefined): TicketAction[] {
  const agent = works(caller, ticket);
  const requesterSide = speaksForRequester(caller, ticket);
  const { type, status } = ticket;
  const change = type === 'PERUBAHAN';
  const moves = next(type, status);
  const allowed: Record<TicketAction, boolean> = {
    take: agent && !isDone(status) && (status === 'NEW' || ticket.assignee !== caller?.username) && (!change || status === 'NEW'),
    assign: agent && !isDone(status) && (!change || status === 'NEW' || status === 'ASSIGNED'),
    requestInformation: agent && moves.includes('WAITING_FOR_REQUESTER'),
    resume: (agent || requesterSide) && status === 'WAITING_FOR_REQUESTER',
    rootCause: agent && type === 'MASALAH' && status === 'ASSIGNED',
    reprioritize: agent && !isDone(status),
    escalate: agent && ticket.tier === 'TIER1' && escalableFrom(type).includes(status),
    resolve: agent && !change && moves.includes('RESOLVED'),
    close: (agent || requesterSide) && !change && status === 'RESOLVED',
    reopen: (agent || requesterSide) && !change && !!ticket.resolution && moves.includes('ASSIGNED'),
    rate: status === 'CLOSED' && !ticket.satisfaction && !!caller && caller.username === ticket.requester,
    knowledge:
      !change &&
      isDone(status) &&
      (agent || (!!caller && (caller.roles.includes(Role.TIER2_AGENT) || caller.roles.includes(Role.DINAS_ADMIN)))),
  };
  return TICKET_ACTIONS.filter((a) => allowed[a]);
}

/** Who may write a comment or attach a file now: the working desk or the requester's side, before closure. */
export function mayContribute(ticket: Ticket, caller: Caller | undefined): boolean {
  return ticket.status !== 'CLOSED' && (works(caller, ticket) || speaksForRequester(caller, ticket));
}

/** The clocks a requester is promised (the OLA clocks measure the desks, not the promise). */
const SERVICE_CLOCKS: Clock['clock'][] = ['TIME_TO_OWN', 'FIRST_RESPONSE', 'RESOLUTION'];

export type SlaState = 'breached' | 'warning' | 'paused' | 'onTrack' | 'met' | 'none';

/**
 * One word for a ticket's service clocks: breached if any breached; else warning when a running clock passed its
 * warning instant; paused while the ticket waits; on track while one runs; met when all stopped in time. `due` is
 * the earliest due instant of a clock still running or paused.
 */
export function slaSummary(clocks: Clock[], now: Date = new Date()): { state: SlaState; due?: string } {
  const service = clocks.filter((c) => SERVICE_CLOCKS.includes(c.clock));
  const open = service.filter((c) => c.status === 'RUNNING' || c.status === 'PAUSED' || (c.status === 'BREACHED' && !c.stoppedAt));
  const due = open
    .map((c) => c.dueAt)
    .filter((d): d is string => !!d)
    .sort()[0];
  if (service.some((c) => c.status === 'BREACHED')) return { state: 'breached', due };
  if (open.some((c) => c.status === 'RUNNING' && c.warnAt && new Date(c.warnAt) <= now)) return { state: 'warning', due };
  if (open.some((c) => c.status === 'PAUSED')) return { state: 'paused', due };
  if (open.length > 0) return { state: 'onTrack', due };
  if (service.some((c) => c.status === 'MET')) return { state: 'met' };
  return { state: 'none' };
}

/** The server's one-word SLA of a queue row (computed like `slaSummary`, by the same engine as `…/sla`). */
const ROW_SLA_STATE: Record<TicketSummary['slaState'], SlaState> = {
  BREACHED: 'breached',
  WARNING: 'warning',
  PAUSED: 'paused',
  ON_TRACK: 'onTrack',
  MET: 'met',
  NONE: 'none',
};

/** A list row's SLA as the queue shows it: the server sends it with the row, so no request per row. */
export function rowSlaSummary(row: Pick<TicketSummary, 'slaState' | 'nextDueAt'>): { state: SlaState; due?: string } {
  return { state: ROW_SLA_STATE[row.slaState] ?? 'none', due: row.nextDueAt ?? undefined };
}

export const SLA_COLOR: Record<SlaState, string> = {
  breached: 'red',
  warning: 'orange',
  paused: 'gray',
  onTrack: 'teal',
  met: 'teal',
  none: 'gray',
};

export const PRIORITY_COLOR: Record<Priority, string> = { KRITIS: 'red', TINGGI: 'orange', SEDANG: 'yellow', RENDAH: 'gray' };

/** "12 j 30 m" style business durations from seconds. */
export function formatSeconds(seconds: number | undefined | null, units: { d: string; h: string; m: string }): string {
  if (seconds == null) return '—';
  const total = Math.max(0, Math.round(seconds / 60));
  const d = Math.floor(total / (60 * 24));
  const h = Math.floor((total % (60 * 24)) / 60);
  const m = total % 60;
  const parts = [d ? `${d} ${units.d}` : '', h ? `${h} ${units.h}` : '', m || (!d && !h) ? `${m} ${units.m}` : ''];
  return parts.filter(Boolean).join(' ');
}

/** A short reference shown to people (the id is a UUID): its first eight characters. */
export const shortId = (id: string) => id.slice(0, 8).toUpperCase();
