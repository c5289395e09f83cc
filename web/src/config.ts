/** Runtime configuration the gateway serves at /app-config.json, so one build runs in every region. */
export interface AppConfig {
  oidc: { authority: string; clientId: string };
  version?: string;
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/app-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`app-config.json: HTTP ${response.status}`);
  }
  const config = (await response.json()) as AppConfig;
  if (!config?.oidc?.authority || !config.oidc.clientId) {
    throw new Error('app-config.json: oidc.authority and oidc.clientId are required');
  }
  return config;
}
