import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as AppRegistryPaths } from './generated/app-registry-service';
import type { paths as AuditPaths } from './generated/audit-service';
import type { paths as DatacenterPaths } from './generated/datacenter-service';
import type { paths as MonevPaths } from './generated/monev-service';
import type { paths as NetworkPaths } from './generated/network-service';
import type { paths as ServicedeskPaths } from './generated/servicedesk-service';
import { problemFrom } from './problem';
import { currentAccessToken } from '../auth/token';
import i18n from '../i18n';

/**
 * Same-origin calls to the gateway: the caller's token (when signed in) and language ride on every request, and
 * every non-2xx answer is thrown as an ApiProblem, so screens handle one error shape.
 */
const authAndProblems: Middleware = {
  onRequest({ request }) {
    const token = currentAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'id');
    return request;
  },
  async onResponse({ request, response }) {
    if (!response.ok) {
      if (response.status === 401 && request.headers.has('Authorization')) sessionExpired();
      throw await problemFrom(response);
    }
    return response;
  },
};

/** Event the SessionGuard listens to: a signed-in call was refused as unauthenticated (the session ended). */
export const SESSION_EXPIRED = 'spbe:session-expired';

function sessionExpired(): void {
  window.dispatchEvent(new CustomEvent(SESSION_EXPIRED));
}

function client<Paths extends {}>() {
  // fetch is looked up per call, not captured at load: tests stub the global after this module is imported.
  const c = createClient<Paths>({ baseUrl: window.location.origin, fetch: (request) => globalThis.fetch(request) });
  c.use(authAndProblems);
  return c;
}

export const appRegistry = client<AppRegistryPaths>();
export const audit = client<AuditPaths>();
export const datacenter = client<DatacenterPaths>();
export const network = client<NetworkPaths>();
export const servicedesk = client<ServicedeskPaths>();
export const monev = client<MonevPaths>();

/** A raw same-origin request with the same token and problem handling (downloads, multipart uploads). */
export async function gatewayFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = currentAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'id');
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) {
    if (response.status === 401 && token) sessionExpired();
    throw await problemFrom(response);
  }
  return response;
}

/** Unwraps openapi-fetch's result: errors were already thrown by the middleware, so data is present. */
export function must<T>(result: { data?: T; error?: unknown }): T {
  if (result.error !== undefined) throw result.error;
  return result.data as T;
}

export type { AppRegistryPaths, AuditPaths, DatacenterPaths, MonevPaths, NetworkPaths, ServicedeskPaths };
export type AppRegistrySchemas = import('./generated/app-registry-service').components['schemas'];
export type AuditSchemas = import('./generated/audit-service').components['schemas'];
export type DatacenterSchemas = import('./generated/datacenter-service').components['schemas'];
export type NetworkSchemas = import('./generated/network-service').components['schemas'];
export type ServicedeskSchemas = import('./generated/servicedesk-service').components['schemas'];
export type MonevSchemas = import('./generated/monev-service').components['schemas'];
