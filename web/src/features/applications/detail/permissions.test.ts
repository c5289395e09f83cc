import { CALLERS } from '../../../test/render';
import { anApplication } from './fixtures';
import { allowedActions } from './permissions';

const caller = (c: { username: string; opd?: string; roles: readonly string[] }) => ({
  username: c.username,
  name: c.username,
  opd: c.opd,
  roles: [...c.roles],
});

describe('allowedActions follows the server’s workflow rules', () => {
  it('the owner OPD operator submits a draft, and may not recommend it', () => {
    const actions = allowedActions(anApplication({ status: 'DRAFT' }), caller(CALLERS.dinkes));
    expect(actions).toEqual(['edit', 'submit', 'stage', 'testResult', 'decommission']);
  });

  it('an operator of another OPD gets nothing', () => {
    expect(allowedActions(anApplication({ status: 'DRAFT' }), caller(CALLERS.disdik))).toEqual([]);
  });

  it('Dinas recommends or rejects a submitted application; nobody submits it again or decommissions it', () => {
    const actions = allowedActions(anApplication({ status: 'SUBMITTED' }), caller(CALLERS.dinas));
    expect(actions).toEqual(['edit', 'recommend', 'reject', 'stage', 'testResult']);
  });

  it('an auditor reads but takes no step in any status', () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'RECOMMENDED', 'DEPOSITED', 'ACTIVE'] as const) {
      expect(allowedActions(anApplication({ status }), caller(CALLERS.auditor))).toEqual([]);
    }
  });

  it('closed source offers Dinas the consideration (A4)', () => {
    const app = anApplication({ status: 'SUBMITTED', licence: { kind: 'CLOSED_SOURCE' } });
    expect(allowedActions(app, caller(CALLERS.dinas))).toContain('closedSource');
    expect(allowedActions(app, caller(CALLERS.dinkes))).not.toContain('closedSource');
  });

  it('the owner deposits a recommended application; only Dinas activates a deposited one and reviews it (A8, A6, A9)', () => {
    expect(allowedActions(anApplication({ status: 'RECOMMENDED' }), caller(CALLERS.dinkes))).toContain('deposit');
    const deposited = anApplication({ status: 'DEPOSITED' });
    expect(allowedActions(deposited, caller(CALLERS.dinkes))).not.toContain('activate');
    expect(allowedActions(deposited, caller(CALLERS.dinas))).toEqual(
      expect.arrayContaining(['activate', 'conformance', 'decommission']),
    );
  });

  it('only the coordination team approves shared use, and only for several user OPDs (A11)', () => {
    const coordinator = { username: 'koordinator', name: 'k', roles: ['COORDINATOR'] };
    expect(allowedActions(anApplication({ userOpds: ['DINKES', 'DISDIK'] }), coordinator)).toEqual(['sharedUse']);
    expect(allowedActions(anApplication({ userOpds: ['DINKES'] }), coordinator)).toEqual([]);
    expect(allowedActions(anApplication({ userOpds: ['DINKES', 'DISDIK'] }), caller(CALLERS.dinas))).not.toContain(
      'sharedUse',
    );
  });

  it('the OPD cannot move the stage past IMPLEMENTATION; Dinas may move it back (A5)', () => {
    const app = anApplication({ status: 'ACTIVE', stage: 'IMPLEMENTATION' });
    expect(allowedActions(app, caller(CALLERS.dinkes))).not.toContain('stage');
    expect(allowedActions(app, caller(CALLERS.dinas))).toContain('stage');
  });

  it('a decommissioned application takes no step at all', () => {
    expect(allowedActions(anApplication({ status: 'DECOMMISSIONED' }), caller(CALLERS.dinas))).toEqual([]);
  });
});
