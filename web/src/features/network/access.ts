import { hasAnyRole, Role, type Caller } from '../../auth/roles';

/** Roles that read every OPD's network records (the service scopes everyone else to their own OPD). */
export function isRegionWide(caller: Caller | undefined): boolean {
  return hasAnyRole(caller, Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.EVALUATOR, Role.TIER2_AGENT);
}

export function isDinas(caller: Caller | undefined): boolean {
  return hasAnyRole(caller, Role.DINAS_ADMIN);
}
