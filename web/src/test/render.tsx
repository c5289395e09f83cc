import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { User } from 'oidc-client-ts';
import { setAccessToken } from '../auth/token';

/** A token as Keycloak would issue it (unsigned: the SPA never verifies tokens, the gateway does). */
export function fakeToken(payload: { username: string; opd?: string; roles: string[] }): string {
  const encode = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'RS256' })}.${encode({
    preferred_username: payload.username,
    opd: payload.opd,
    realm_access: { roles: payload.roles },
    exp: Math.floor(Date.now() / 1000) + 3600,
  })}.signature`;
}

export const CALLERS = {
  dinas: { username: 'admin.dinas', opd: 'DISKOMINFO', roles: ['DINAS_ADMIN'] },
  dinkes: { username: 'operator.dinkes', opd: 'DINKES', roles: ['OPD_OPERATOR'] },
  disdik: { username: 'operator.disdik', opd: 'DISDIK', roles: ['OPD_OPERATOR'] },
  auditor: { username: 'auditor', roles: ['AUDITOR'] },
} as const;

/**
 * Renders a screen as the real application would (Mantine, a fresh query cache, the router at `route`, signed in
 * as `caller` or anonymous). API calls go to the global fetch: stub it per test (vi.stubGlobal or mockFetch below).
 */
export function renderScreen(
  element: ReactElement,
  options: { route?: string; path?: string; caller?: { username: string; opd?: string; roles: readonly string[] }; extraRoutes?: RouteObject[] } = {},
) {
  const token = options.caller ? fakeToken({ ...options.caller, roles: [...options.caller.roles] }) : undefined;
  setAccessToken(token);
  const user = token
    ? ({ access_token: token, expired: false, profile: { name: options.caller!.username }, state: undefined } as unknown as User)
    : null;
  const auth = {
    user,
    isAuthenticated: !!user,
    isLoading: false,
    activeNavigator: undefined,
    error: undefined,
    signinRedirect: vi.fn(async () => {}),
    signoutRedirect: vi.fn(async () => {}),
  } as unknown as AuthContextProps;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [{ path: options.path ?? '*', element }, ...(options.extraRoutes ?? [])],
    { initialEntries: [options.route ?? '/'] },
  );
  const result = render(
    <MantineProvider>
      <AuthContext.Provider value={auth}>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AuthContext.Provider>
    </MantineProvider>,
  );
  return { ...result, router, auth, client };
}

type Handler = (url: URL, init: { method: string; body?: unknown }) => Response | Promise<Response> | undefined;

/**
 * Stubs fetch with a list of handlers (first answer wins); an unhandled request fails the test loudly. Returns the
 * calls made, to assert what the screen sent.
 */
export function mockFetch(...handlers: Handler[]) {
  const calls: { method: string; url: URL; body?: unknown; headers: Headers }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), "http://localhost"), init as RequestInit);
    const url = new URL(request.url, 'http://localhost');
    const bodyText = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.clone().text();
    let body: unknown = bodyText;
    try {
      body = bodyText ? JSON.parse(bodyText) : undefined;
    } catch {
      // multipart or text
    }
    calls.push({ method: request.method, url, body, headers: request.headers });
    for (const handler of handlers) {
      const answer = await handler(url, { method: request.method, body });
      if (answer) return answer;
    }
    throw new Error(`unexpected request ${request.method} ${url.pathname}${url.search}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(status: number, body: object = {}): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** GET/POST… at a path (exact, or a RegExp on pathname). */
export function on(method: string, path: string | RegExp, answer: (url: URL, body: unknown) => Response): Handler {
  return (url, init) => {
    const matches = typeof path === 'string' ? url.pathname === path : path.test(url.pathname);
    return matches && (init.method ?? 'GET') === method ? answer(url, init.body) : undefined;
  };
}
