import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';

export type Opd = AppRegistrySchemas['OpdResponse'];
export interface OpdWithTag {
  opd: Opd;
  /** The ETag the server sent, sent back as If-Match so a concurrent change answers 412 instead of being lost. */
  etag: string;
}

function withTag(result: { data?: Opd; error?: unknown; response: Response }): OpdWithTag {
  const opd = must(result);
  return { opd, etag: result.response.headers.get('ETag') ?? `"${opd.version}"` };
}

export const opdKey = (code: string) => ['opds', 'one', code] as const;

export function useOpd(code: string) {
  return useQuery({
    queryKey: opdKey(code),
    queryFn: async () => withTag(await appRegistry.GET('/api/v1/opds/{code}', { params: { path: { code } } })),
  });
}

/** A write to the OPD with If-Match; the answer (the whole OPD and its new ETag) replaces the cached one. */
export function useOpdWrite<V>(code: string, write: (ifMatch: string, values: V) => Promise<{ data?: Opd; error?: unknown; response: Response }>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, values }: { etag: string; values: V }) => withTag(await write(etag, values)),
    onSuccess: (fresh) => {
      client.setQueryData(opdKey(code), fresh);
      void client.invalidateQueries({ queryKey: ['opds'], predicate: (q) => q.queryKey[1] !== 'one' || q.queryKey[2] !== code });
    },
  });
}
