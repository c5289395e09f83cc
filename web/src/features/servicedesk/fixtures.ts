import type { Clock, Ticket, TicketSummary } from './model';

/** Demo callers of the dev realm that src/test/render.tsx does not name (the desk's agents). */
export const AGENTS = {
  tier1Dinkes: { username: 'tier1.dinkes', opd: 'DINKES', roles: ['TIER1_AGENT'] },
  tier1Disdik: { username: 'tier1.disdik', opd: 'DISDIK', roles: ['TIER1_AGENT'] },
  tier2: { username: 'tier2.dinas', opd: 'DISKOMINFO', roles: ['TIER2_AGENT'] },
  coordinator: { username: 'sekda', roles: ['COORDINATOR'] },
} as const;

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: '6f1c2a3b-0000-4000-8000-000000000001',
    type: 'GANGGUAN',
    category: 'APLIKASI',
    title: 'SIMPUS tidak dapat dibuka di Puskesmas I Denpasar Barat',
    description: 'Sejak pukul 08.00 halaman masuk SIMPUS menampilkan galat 502.',
    impact: 'TINGGI',
    urgency: 'SEDANG',
    priority: 'TINGGI',
    requesterOpd: 'DINKES',
    requester: 'operator.dinkes',
    channel: 'SPA',
    affectedApplication: { id: 'app-1', name: 'SIMPUS', ownerOpd: 'DINKES' },
    openedAt: '2026-11-30T01:00:00Z',
    status: 'NEW',
    tier: 'TIER1',
    updatedAt: '2026-11-30T01:00:00Z',
    escalations: [],
    evidenceChecklist: [],
    attachments: [],
    ...overrides,
  };
}

/** A list row: the ticket with the SLA summary the list answer carries. */
export function row(overrides: Partial<Ticket & TicketSummary> = {}): Ticket & TicketSummary {
  return { ...ticket(), slaState: 'ON_TRACK', nextDueAt: '2026-12-01T02:00:00Z', ...overrides };
}

export function clock(overrides: Partial<Clock> = {}): Clock {
  return {
    clock: 'RESOLUTION',
    status: 'RUNNING',
    targetSeconds: 28_800,
    policyVersion: 1,
    elapsedSeconds: 3_600,
    pausedSeconds: 0,
    startedAt: '2026-11-30T01:00:00Z',
    dueAt: '2026-12-01T02:00:00Z',
    warnAt: '2099-12-01T00:00:00Z',
    ...overrides,
  };
}

export function page<T>(items: T[], size = 20) {
  return { items, page: 0, size, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}
