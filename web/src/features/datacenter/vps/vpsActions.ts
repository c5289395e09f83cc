import { Role, type Caller } from '../../../auth/roles';
import type { Vps } from '../shared';

/** The workflow steps of a VPS, in the order their buttons appear. */
export const VPS_ACTIONS = [
  'approve',
  'reject',
  'provision',
  'activate',
  'renew',
  'requestResize',
  'approveResize',
  'rejectResize',
  'decommission',
] as const;
export type VpsAction = (typeof VPS_ACTIONS)[number];

/** The path segment of each step under /api/v1/vps-requests/{id}/. */
export const ACTION_PATH: Record<VpsAction, string> = {
  approve: 'approve',
  reject: 'reject',
  provision: 'provision',
  activate: 'activate',
  renew: 'renew',
  requestResize: 'request-resize',
  approveResize: 'approve-resize',
  rejectResize: 'reject-resize',
  decommission: 'decommission',
};

/**
 * The steps this caller may take on this VPS now, mirroring VpsWorkflowController (who) and the VPS life cycle
 * (when). A courtesy only: the server decides, and its 403/409/412/422 are shown when it disagrees.
 */
export function allowedVpsActions(vps: Pick<Vps, 'status' | 'opd' | 'pendingResize'>, caller: Caller | undefined): VpsAction[] {
  const dinas = !!caller?.roles.includes(Role.DINAS_ADMIN);
  const owner = dinas || (!!caller?.roles.includes(Role.OPD_OPERATOR) && !!caller.opd && caller.opd === vps.opd);
  const s = vps.status;
  const allowed: Record<VpsAction, boolean> = {
    approve: dinas && s === 'SUBMITTED',
    reject: dinas && s === 'SUBMITTED',
    provision: dinas && s === 'APPROVED',
    activate: owner && s === 'PROVISIONED',
    renew: owner && s === 'ACTIVE',
    requestResize: owner && (s === 'PROVISIONED' || s === 'ACTIVE') && !vps.pendingResize,
    approveResize: dinas && (s === 'PROVISIONED' || s === 'ACTIVE') && !!vps.pendingResize,
    rejectResize: dinas && (s === 'PROVISIONED' || s === 'ACTIVE') && !!vps.pendingResize,
    decommission: owner && (s === 'APPROVED' || s === 'PROVISIONED' || s === 'ACTIVE'),
  };
  return VPS_ACTIONS.filter((a) => allowed[a]);
}
