import type { Application } from './queries';

export interface Need {
  key: string; // i18n key under "needs."
  values?: Record<string, string>;
}

/**
 * What an application still needs before its next step, derived from its data and the server's rules
 * (Application.submit: A11 service type, A12 function domains, A4 licence; deposit A8; activation A6). The server
 * still decides: this only points the operator at the next step. Required documents for a deposit depend on the
 * region's profile, which the API does not publish, so the deposit step names the obligation, not the files.
 */
export function needsOf(app: Application): Need[] {
  switch (app.status) {
    case 'DRAFT':
    case 'REJECTED': {
      const needs: Need[] = [];
      if (app.status === 'REJECTED') {
        needs.push({ key: 'revise' });
        if (app.rejection?.note) needs.push({ key: 'rejectionReason', values: { reason: app.rejection.note } });
      }
      const missing = submitGaps(app);
      needs.push(...missing);
      if (missing.length === 0) needs.push({ key: 'submit' });
      return needs;
    }
    case 'SUBMITTED':
      return [{ key: 'awaitingDinas' }];
    case 'RECOMMENDED':
      return [{ key: 'deposit' }];
    case 'DEPOSITED':
      return app.stage === 'IMPLEMENTATION' ? [{ key: 'activate' }] : [{ key: 'activate' }, { key: 'stage', values: { stage: app.stage ?? '' } }];
    default:
      return [];
  }
}

/** The fields Application.submit requires (422 A11, A12, A4 otherwise). */
export function submitGaps(app: Application): Need[] {
  const gaps: Need[] = [];
  if (!app.serviceType) gaps.push({ key: 'serviceType' });
  if (!app.functionDomains || app.functionDomains.length === 0) gaps.push({ key: 'functionDomains' });
  if (!app.licence?.kind) gaps.push({ key: 'licence' });
  return gaps;
}
