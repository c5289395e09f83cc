import { useQuery } from '@tanstack/react-query';
import { appRegistry, must } from '../../api/client';

/** Active OPDs as select options ("CODE — name"), for the OPD filter and the owner/user OPD fields. */
export function useOpdOptions(enabled = true) {
  return useQuery({
    queryKey: ['opds', 'active-options'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const page = must(await appRegistry.GET('/api/v1/opds', { params: { query: { active: true, size: 200, sort: ['name'] } } }));
      return page.items.map((opd) => ({ value: opd.code, label: `${opd.code} — ${opd.name}` }));
    },
  });
}
