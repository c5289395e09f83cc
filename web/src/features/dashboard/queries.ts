import { useQueries, useQuery } from '@tanstack/react-query';
import { appRegistry, audit, must, type AppRegistrySchemas } from '../../api/client';

export type Application = AppRegistrySchemas['ApplicationResponse'];
export type ApplicationStatus = Application['status'];
export const STATUSES: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'RECOMMENDED', 'REJECTED', 'DEPOSITED', 'ACTIVE', 'DECOMMISSIONED'];

/**
 * Applications per status in the caller's scope: one size=1 page per status, read for its totalItems (seven small
 * calls; the list endpoint already scopes to the caller, so the counts are what the caller may see).
 */
export function useStatusCounts() {
  return useQueries({
    queries: STATUSES.map((status) => ({
      queryKey: ['applications', 'count', status],
      queryFn: async () =>
        must(await appRegistry.GET('/api/v1/applications', { params: { query: { status, size: 1 } } })).totalItems,
    })),
    combine: (results) => ({
      counts: STATUSES.map((status, i) => ({ status, count: results[i].data ?? 0 })),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error,
    }),
  });
}

export function useApplications(status: ApplicationStatus | undefined, size: number, sort?: string) {
  return useQuery({
    queryKey: ['applications', 'dashboard', status ?? 'all', size, sort ?? ''],
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/applications', { params: { query: { status, size, sort: sort ? [sort] : undefined } } })),
  });
}

/** Whole days since an instant (for "waiting N days"); the server sets no limit, so none is claimed here. */
export function daysSince(iso: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!iso) return undefined;
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}

export function useRequestedSubdomains(enabled: boolean) {
  return useQuery({
    queryKey: ['subdomains', 'REQUESTED'],
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/subdomains', { params: { query: { status: 'REQUESTED', size: 20 } } })),
    enabled,
  });
}

/** The year's audit plan, earliest due first (the first page holds every past-due item unless there are > 200). */
export function useAuditPlan(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['audit-plan', 'dashboard', year],
    queryFn: async () =>
      must(await audit.GET('/api/v1/audit-plan', { params: { query: { year, size: 200, sort: ['dueDate,asc'] } } })),
    enabled,
  });
}

/** Integration proposals awaiting an answer from `opd`, read per application (there is no cross-application list). */
export function usePendingIntegrations(applications: Application[], opd: string | undefined) {
  return useQueries({
    queries: applications.map((app) => ({
      queryKey: ['applications', app.id, 'integrations', 'PROPOSED'],
      queryFn: async () =>
        must(
          await appRegistry.GET('/api/v1/applications/{id}/integrations', {
            params: { path: { id: app.id }, query: { status: 'PROPOSED' } },
          }),
        ),
      enabled: !!opd,
    })),
    combine: (results) => ({
      proposals: results.flatMap((r, i) =>
        r.data
          ? [...r.data.provides, ...r.data.consumes]
              .filter((e) => e.status === 'PROPOSED' && e.awaitingOpd === opd)
              .map((entry) => ({ application: applications[i], entry }))
          : [],
      ),
      isPending: results.some((r) => r.isPending && r.fetchStatus !== 'idle'),
      error: results.find((r) => r.error)?.error,
    }),
  });
}
