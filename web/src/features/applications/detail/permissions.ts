import { Role, type Caller } from '../../../auth/roles';
import type { AppRegistrySchemas } from '../../../api/client';

export type Application = AppRegistrySchemas['ApplicationResponse'];
export type ApplicationStatus = Application['status'];

/** The workflow steps the detail page offers, in the order they appear. */
export const WORKFLOW_ACTIONS = [
  'edit',
  'submit',
  'closedSource',
  'recommend',
  'reject',
  'deposit',
  'activate',
  'stage',
  'testResult',
  'conformance',
  'sharedUse',
  'decommission',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** ApplicationStatus.next() on the server: where each status may go. */
const NEXT: Record<ApplicationStatus, ApplicationStatus[]> = {
  DRAFT: ['SUBMITTED', 'DECOMMISSIONED'],
  REJECTED: ['SUBMITTED', 'DECOMMISSIONED'],
  SUBMITTED: ['RECOMMENDED', 'REJECTED'],
  RECOMMENDED: ['DEPOSITED', 'DECOMMISSIONED'],
  DEPOSITED: ['ACTIVE', 'DECOMMISSIONED'],
  ACTIVE: ['DECOMMISSIONED'],
  DECOMMISSIONED: [],
};

const isDinas = (caller?: Caller) => !!caller?.roles.includes(Role.DINAS_ADMIN);

/** ApplicationAccess.mayEdit: Dinas, or an operator of the owner OPD. */
export function mayEdit(caller: Caller | undefined, app: Pick<Application, 'ownerOpd'>): boolean {
  return (
    isDinas(caller) || (!!caller?.roles.includes(Role.OPD_OPERATOR) && !!caller.opd && caller.opd === app.ownerOpd)
  );
}

/**
 * The steps this caller may take on this application now, mirroring ApplicationWorkflow (who) and Application (in
 * which status). A courtesy only: the server decides, and its 403/409/422 are shown when it disagrees.
 */
export function allowedActions(app: Application, caller: Caller | undefined): WorkflowAction[] {
  const editor = mayEdit(caller, app);
  const dinas = isDinas(caller);
  const coordinator = !!caller?.roles.includes(Role.COORDINATOR);
  const live = app.status !== 'DECOMMISSIONED';
  const next = NEXT[app.status] ?? [];
  const closedSource = app.licence?.kind === 'CLOSED_SOURCE';
  const allowed: Record<WorkflowAction, boolean> = {
    edit: editor && live,
    submit: editor && next.includes('SUBMITTED'),
    closedSource: dinas && live && closedSource,
    recommend: dinas && next.includes('RECOMMENDED'),
    reject: dinas && next.includes('REJECTED'),
    deposit: editor && next.includes('DEPOSITED'),
    activate: dinas && next.includes('ACTIVE'),
    // Forward only for the OPD: nothing is past IMPLEMENTATION; Dinas may still move it back (A5).
    stage: editor && live && (dinas || app.stage !== 'IMPLEMENTATION'),
    testResult: editor && live,
    conformance: dinas && (app.status === 'DEPOSITED' || app.status === 'ACTIVE'),
    sharedUse: coordinator && live && app.userOpds.length >= 2 && !app.sharedUseApproval,
    decommission: editor && next.includes('DECOMMISSIONED'),
  };
  return WORKFLOW_ACTIONS.filter((action) => allowed[action]);
}

/** Reviewed fields are frozen from submission on (ApplicationStatus.reviewedFieldsFrozen). */
export function reviewedFieldsFrozen(status: ApplicationStatus): boolean {
  return status !== 'DRAFT' && status !== 'REJECTED';
}

/** The entity tag the server gives this version (ETags.of), sent back as If-Match. */
export function etagOf(version: number | undefined): string {
  return `"${version ?? 0}"`;
}
