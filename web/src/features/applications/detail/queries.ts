import { useQuery, useQueryClient } from '@tanstack/react-query';
import { appRegistry, must } from '../../../api/client';

/** Query keys under one application, so a workflow step refreshes everything shown about it. */
export const applicationKeys = {
  all: (id: string) => ['application', id] as const,
  detail: (id: string) => ['application', id, 'detail'] as const,
  documents: (id: string) => ['application', id, 'documents'] as const,
  integrations: (id: string) => ['application', id, 'integrations'] as const,
  history: (id: string) => ['application', id, 'history'] as const,
};

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: async () => must(await appRegistry.GET('/api/v1/applications/{id}', { params: { path: { id } } })),
  });
}

export function useDocuments(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: applicationKeys.documents(id),
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/applications/{id}/documents', { params: { path: { id } } })),
  });
}

export function useIntegrations(id: string) {
  return useQuery({
    queryKey: applicationKeys.integrations(id),
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/applications/{id}/integrations', { params: { path: { id } } })),
  });
}

export function useHistory(id: string) {
  return useQuery({
    queryKey: applicationKeys.history(id),
    queryFn: async () => must(await appRegistry.GET('/api/v1/applications/{id}/history', { params: { path: { id } } })),
  });
}

/** Refetches everything about one application (after a step, or when the user reloads after a 409/412). */
export function useRefreshApplication(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: applicationKeys.all(id) });
}
