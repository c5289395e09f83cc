/**
 * The access token the API client sends. The OIDC provider keeps it here as it signs in and renews silently; a
 * module-level holder lets the fetch middleware read it without React.
 */
let accessToken: string | undefined;

export function setAccessToken(token: string | undefined): void {
  accessToken = token;
}

export function currentAccessToken(): string | undefined {
  return accessToken;
}
