import { useQuery } from '@tanstack/react-query';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';

export type RegulationProfile = AppRegistrySchemas['RegulationProfile'];

export const regulationProfileKey = ['regulation-profile'] as const;

/**
 * The region's regulation profile (which application classes, required documents and Mandiri TIK criteria the
 * regulation allows). It changes only when the services restart with another profile, so it is read once per
 * session. Forms use it to offer only what the server will accept; when it cannot be read they fall back to
 * every option and the server still decides (422 naming the article).
 */
export function useRegulationProfile() {
  return useQuery({
    queryKey: regulationProfileKey,
    queryFn: async () => must(await appRegistry.GET('/api/v1/regulation-profile')),
    staleTime: 60 * 60_000,
    gcTime: Infinity,
  });
}

/** The options the profile allows, in the order given; every option while the profile is unknown. */
export function allowedBy<T extends string>(all: readonly T[], allowed: readonly string[] | undefined): T[] {
  if (!allowed || allowed.length === 0) return [...all];
  const kept = all.filter((option) => allowed.includes(option));
  return kept.length > 0 ? kept : [...all];
}
