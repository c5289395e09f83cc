import { allowedActions, formatSeconds, priorityOf, rowSlaSummary, slaSummary } from './model';
import { AGENTS, clock, ticket } from './fixtures';
import { callerFromToken } from '../../auth/roles';
import { fakeToken, CALLERS } from '../../test/render';

const as = (c: { username: string; opd?: string; roles: readonly string[] }) => callerFromToken(fakeToken({ ...c, roles: [...c.roles] }))!;

it("gives the README's impact × urgency matrix, and KRITIS for any security incident (S8)", () => {
  expect(priorityOf('TINGGI', 'TINGGI')).toBe('KRITIS');
  expect(priorityOf('TINGGI', 'SEDANG')).toBe('TINGGI');
  expect(priorityOf('SEDANG', 'TINGGI')).toBe('TINGGI');
  expect(priorityOf('TINGGI', 'RENDAH')).toBe('SEDANG');
  expect(priorityOf('SEDANG', 'SEDANG')).toBe('SEDANG');
  expect(priorityOf('RENDAH', 'TINGGI')).toBe('SEDANG');
  expect(priorityOf('SEDANG', 'RENDAH')).toBe('RENDAH');
  expect(priorityOf('RENDAH', 'RENDAH')).toBe('RENDAH');
  expect(priorityOf('RENDAH', 'RENDAH', 'KEAMANAN')).toBe('KRITIS');
});

it("offers the OPD's Tier 1 the steps of a new ticket, the requester none of the desk's (S2, S3)", () => {
  expect(allowedActions(ticket(), as(AGENTS.tier1Dinkes))).toEqual(['take', 'assign', 'reprioritize', 'escalate']);
  expect(allowedActions(ticket(), as(CALLERS.dinkes))).toEqual([]);
  // another OPD's Tier 1 does not work it
  expect(allowedActions(ticket(), as(AGENTS.tier1Disdik))).toEqual([]);
  // Tier 2 does not act on a ticket still at Tier 1
  expect(allowedActions(ticket(), as(AGENTS.tier2))).toEqual([]);
});

it('leaves an escalated ticket to Tier 2 only; Tier 1 still reads it (S3)', () => {
  const escalated = ticket({ tier: 'TIER2', status: 'NEW' });
  expect(allowedActions(escalated, as(AGENTS.tier1Dinkes))).toEqual([]);
  expect(allowedActions(escalated, as(AGENTS.tier2))).toEqual(['take', 'assign', 'reprioritize']);
});

it('follows each status: waiting resumes, resolved closes or reopens, closed is rated by its requester (S5)', () => {
  const mine = as(AGENTS.tier1Dinkes);
  expect(allowedActions(ticket({ status: 'ASSIGNED', assignee: 'tier1.dinkes' }), mine)).toEqual([
    'assign',
    'requestInformation',
    'reprioritize',
    'escalate',
    'resolve',
  ]);
  expect(allowedActions(ticket({ status: 'WAITING_FOR_REQUESTER', assignee: 'tier1.dinkes' }), as(CALLERS.dinkes))).toEqual(['resume']);
  const resolution = { note: 'Layanan dimulai ulang.', by: 'tier1.dinkes', at: '2026-11-30T03:00:00Z' };
  expect(allowedActions(ticket({ status: 'RESOLVED', resolution }), as(CALLERS.dinkes))).toEqual(['close', 'reopen']);
  expect(allowedActions(ticket({ status: 'CLOSED', resolution }), as(CALLERS.dinkes))).toEqual(['reopen', 'rate']);
  expect(
    allowedActions(ticket({ status: 'CLOSED', resolution, satisfaction: { score: 5, by: 'operator.dinkes', at: '2026-11-30T04:00:00Z' } }), as(CALLERS.dinkes)),
  ).toEqual(['reopen']);
  // a problem never waits on its requester and has a root-cause step
  expect(allowedActions(ticket({ type: 'MASALAH', status: 'ASSIGNED', assignee: 'tier1.dinkes' }), mine)).toContain('rootCause');
  expect(allowedActions(ticket({ type: 'MASALAH', status: 'ASSIGNED', assignee: 'tier1.dinkes' }), mine)).not.toContain('requestInformation');
});

it('sums the service clocks in one word with the earliest due time (S5)', () => {
  const now = new Date('2026-11-30T05:00:00Z');
  expect(slaSummary([clock(), clock({ clock: 'TIME_TO_OWN', dueAt: '2026-11-30T06:00:00Z' })], now)).toEqual({
    state: 'onTrack',
    due: '2026-11-30T06:00:00Z',
  });
  expect(slaSummary([clock({ warnAt: '2026-11-30T04:00:00Z' })], now).state).toBe('warning');
  expect(slaSummary([clock({ status: 'PAUSED' })], now).state).toBe('paused');
  expect(slaSummary([clock({ clock: 'TIME_TO_OWN', status: 'BREACHED', breachedAt: '2026-11-30T02:00:00Z', stoppedAt: '2026-11-30T03:00:00Z' }), clock()], now).state).toBe(
    'breached',
  );
  // an OLA clock measures a desk, not the promise to the requester
  expect(slaSummary([clock({ clock: 'OLA_TIER1', status: 'BREACHED' }), clock({ status: 'MET', dueAt: undefined })], now)).toEqual({ state: 'met' });
  expect(formatSeconds(93_600 + 1_800, { d: 'h', h: 'j', m: 'm' })).toBe('1 h 2 j 30 m');
});

it("reads a queue row's server-computed SLA into the same words as the clocks (S5)", () => {
  expect(rowSlaSummary({ slaState: 'ON_TRACK', nextDueAt: '2026-11-30T06:00:00Z' })).toEqual({ state: 'onTrack', due: '2026-11-30T06:00:00Z' });
  expect(rowSlaSummary({ slaState: 'PAUSED', nextDueAt: null })).toEqual({ state: 'paused', due: undefined });
  expect(rowSlaSummary({ slaState: 'WARNING' }).state).toBe('warning');
  expect(rowSlaSummary({ slaState: 'BREACHED' }).state).toBe('breached');
});
