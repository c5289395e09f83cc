import { useQuery, useQueryClient } from '@tanstack/react-query';
import { appRegistry, must, servicedesk } from '../../api/client';

/** A resource with the ETag its GET answered, to send back as If-Match on the next write. */
export interface Tagged<T> {
  value: T;
  etag?: string;
}

/** One ticket and its ETag. */
export function useTicket(id: string) {
  return useQuery({
    queryKey: ['servicedesk', 'ticket', id],
    queryFn: async () => {
      const result = await servicedesk.GET('/api/v1/tickets/{id}', { params: { path: { id } } });
      return { value: must(result), etag: result.response.headers.get('ETag') ?? undefined };
    },
  });
}

/** The ticket's SLA clocks and timeline (S5), derived by the server from the ticket's facts. */
export function useTicketSla(id: string, enabled = true) {
  return useQuery({
    queryKey: ['servicedesk', 'ticket', id, 'sla'],
    enabled,
    staleTime: 30_000,
    queryFn: async () => must(await servicedesk.GET('/api/v1/tickets/{id}/sla', { params: { path: { id } } })),
  });
}

/** Refreshes everything shown about one ticket (after a step, a comment or an upload). */
export function useRefreshTicket(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['servicedesk', 'ticket', id] }),
      client.invalidateQueries({ queryKey: ['servicedesk', 'tickets'] }),
    ]);
}

/** Active OPDs as select options ("CODE — name"), from the directory app-registry keeps. */
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

/** "If-Match" when the ETag is known (the ticket steps take it optionally; knowledge articles require it). */
export function ifMatch(etag: string | undefined): { 'If-Match'?: string } {
  return etag ? { 'If-Match': etag } : {};
}
