import { WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { AuthProvider, useAuth, type AuthContextProps } from 'react-oidc-context';
import i18n from '../i18n';
import { SessionGuard } from './SessionGuard';
import { useEffect, useMemo, type ReactNode } from 'react';
import type { AppConfig } from '../config';
import { setAccessToken } from './token';
import { callerFromToken, type Caller } from './roles';

export const CALLBACK_PATH = '/auth/callback';

/**
 * Authorization code + PKCE (S256) against the realm's public client. Tokens live in sessionStorage (gone with the
 * tab), are renewed silently before they expire (refresh token grant), and sign-out ends the Keycloak session too.
 */
export function oidcSettings(config: AppConfig, origin = window.location.origin): UserManagerSettings {
  return {
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

export function SpbeAuthProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const settings = useMemo(() => oidcSettings(config), [config]);
  return (
    <AuthProvider
      {...settings}
      onSigninCallback={(user) => {
        // Back to the page that asked for sign-in, without the code in the address bar.
        const returnTo = (user?.state as { returnTo?: string } | undefined)?.returnTo;
        window.history.replaceState({}, document.title, safeReturnPath(returnTo));
      }}
    >
      <TokenBridge />
      <SessionGuard />
      {children}
    </AuthProvider>
  );
}

/** Only a same-origin path is a place to return to (no open redirect through the state). */
export function safeReturnPath(path: string | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith(CALLBACK_PATH)) return '/';
  return path;
}

function TokenBridge() {
  const auth = useAuth();
  const token = auth.user && !auth.user.expired ? auth.user.access_token : undefined;
  setAccessToken(token);
  useEffect(() => setAccessToken(token), [token]);
  return null;
}

/** The signed-in caller (roles and OPD from the access token), or undefined. */
export function useCaller(): Caller | undefined {
  const auth = useAuth();
  const token = auth.user && !auth.user.expired ? auth.user.access_token : undefined;
  return useMemo(
    () => callerFromToken(token, (auth.user?.profile ?? {}) as Record<string, unknown>),
    [token, auth.user?.profile],
  );
}

/** Sends the browser to Keycloak's sign-in, in the language the user chose here, to come back to `returnTo`. */
export function signIn(auth: AuthContextProps, returnTo: string): Promise<void> {
  return auth.signinRedirect({ state: { returnTo }, ui_locales: i18n.language === 'en' ? 'en' : 'id' });
}
