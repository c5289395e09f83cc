/** Realm roles as the platform names them (platform starter: Roles). Used only to shape the UI; the server decides. */
export const Role = {
  DINAS_ADMIN: 'DINAS_ADMIN',
  OPD_OPERATOR: 'OPD_OPERATOR',
  TIER1_AGENT: 'TIER1_AGENT',
  TIER2_AGENT: 'TIER2_AGENT',
  AUDITOR: 'AUDITOR',
  EVALUATOR: 'EVALUATOR',
  COORDINATOR: 'COORDINATOR',
} as const;

export type RoleName = (typeof Role)[keyof typeof Role];

export interface Caller {
  username: string;
  name: string;
  opd?: string;
  roles: string[];
}

/** The caller as the access token describes it (realm_access.roles, the opd claim). */
export function callerFromToken(token: string | undefined, profile: Record<string, unknown> = {}): Caller | undefined {
  if (!token) return undefined;
  const payload = decodeJwtPayload(token);
  if (!payload) return undefined;
  const realm = payload.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(realm?.roles) ? realm.roles.filter((r): r is string => typeof r === 'string') : [];
  const known = Object.values(Role) as string[];
  const username = String(payload.preferred_username ?? profile.preferred_username ?? payload.sub ?? '');
  const name = String(profile.name ?? payload.name ?? username);
  const opd = typeof payload.opd === 'string' && payload.opd ? payload.opd : undefined;
  return { username, name, opd, roles: roles.filter((r) => known.includes(r)) };
}

export function hasAnyRole(caller: Caller | undefined, ...roles: RoleName[]): boolean {
  return !!caller && roles.some((r) => caller.roles.includes(r));
}

function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
