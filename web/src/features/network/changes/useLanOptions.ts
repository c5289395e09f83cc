import { useQuery } from '@tanstack/react-query';
import { network, must } from '../../../api/client';

/** The OPDs whose LANs a region-wide caller may pick (code and name), from the LAN overview. */
export function useLanOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['network-lan-options'],
    queryFn: async () => must(await network.GET('/api/v1/lans', { params: { query: { size: 100, sort: ['code,asc'] } } })).items,
    enabled,
    staleTime: 60_000,
  });
}
