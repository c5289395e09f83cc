import { useQuery, useQueryClient } from '@tanstack/react-query';
import { monev, must, type MonevSchemas } from '../../api/client';
import i18n from '../../i18n';

export type Evaluation = MonevSchemas['EvaluationResponse'];
export type Stage = Evaluation['stage'];
export type Indicator = MonevSchemas['IndicatorResponse'];
export type Framework = MonevSchemas['FrameworkResponse'];
export type ScoreView = MonevSchemas['ScoreView'];
export type Movement = MonevSchemas['Movement'];
export type Unit = Indicator['unit'];

export const STAGES: Stage[] = ['PENILAIAN_MANDIRI', 'PENILAIAN_DOKUMEN', 'INTERVIU', 'VISITASI', 'FINAL'];
export const UNITS: Unit[] = ['DINAS', 'BAGIAN_ORGANISASI', 'BAPPEDA'];
/** The evaluator adjusts levels in these stages (README: document review, interview, visit). */
export const ADJUSTING_STAGES: Stage[] = ['PENILAIAN_DOKUMEN', 'INTERVIU', 'VISITASI'];

/** Query keys under one evaluation, so a step refreshes everything shown about it. */
export const evaluationKeys = {
  all: (id: string) => ['evaluation', id] as const,
  detail: (id: string) => ['evaluation', id, 'detail'] as const,
  indicators: (id: string) => ['evaluation', id, 'indicators'] as const,
  index: (id: string) => ['evaluation', id, 'index'] as const,
  comparison: (id: string) => ['evaluation', id, 'comparison'] as const,
  opds: (id: string) => ['evaluation', id, 'opds'] as const,
  history: (id: string) => ['evaluation', id, 'history'] as const,
};

export interface EvaluationWithTag {
  evaluation: Evaluation;
  /** The ETag the server sent, sent back as If-Match so a concurrent step answers 412 instead of being lost. */
  etag?: string;
}

export function useEvaluation(id: string) {
  return useQuery({
    queryKey: evaluationKeys.detail(id),
    queryFn: async (): Promise<EvaluationWithTag> => {
      const result = await monev.GET('/api/v1/evaluations/{id}', { params: { path: { id } } });
      return { evaluation: must(result), etag: result.response.headers.get('ETag') ?? undefined };
    },
  });
}

export function useFramework(frameworkId: string | undefined) {
  return useQuery({
    enabled: !!frameworkId,
    queryKey: ['framework', frameworkId],
    staleTime: 10 * 60_000, // an imported framework never changes
    queryFn: async () =>
      must(await monev.GET('/api/v1/evaluations/frameworks/{frameworkId}', { params: { path: { frameworkId: frameworkId! } } })),
  });
}

/** Every indicator the caller may see (the service pages them; 200 is its page maximum and 47 the national count). */
export function useIndicators(id: string) {
  return useQuery({
    queryKey: evaluationKeys.indicators(id),
    queryFn: async () => {
      const first = must(await monev.GET('/api/v1/evaluations/{id}/indicators', { params: { path: { id }, query: { page: 0, size: 200 } } }));
      const items = [...first.items];
      for (let page = 1; page < first.totalPages; page++) {
        const next = must(await monev.GET('/api/v1/evaluations/{id}/indicators', { params: { path: { id }, query: { page, size: 200 } } }));
        items.push(...next.items);
      }
      return items;
    },
  });
}

export function useIndex(id: string) {
  return useQuery({
    queryKey: evaluationKeys.index(id),
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/{id}/index', { params: { path: { id } } })),
  });
}

/** Refetches everything about one evaluation (after a step, or when the user reloads after a 409/412). */
export function useRefreshEvaluation(id: string) {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: evaluationKeys.all(id) }), client.invalidateQueries({ queryKey: ['evaluations'] })]);
}

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');

/** An index or weight as the framework publishes it: two decimals in the user's language ("3,19"). */
export function formatIndex(value: number | null | undefined, decimals = 2): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A signed change ("+0,25", "−0,10", "0,00"). */
export function formatDelta(value: number | null | undefined): string {
  if (value == null) return '—';
  const text = formatIndex(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** The next stage an advance moves to (the visit is optional: finalising from the interview skips it). */
export function nextStage(stage: Stage): Stage | undefined {
  switch (stage) {
    case 'PENILAIAN_MANDIRI':
      return 'PENILAIAN_DOKUMEN';
    case 'PENILAIAN_DOKUMEN':
      return 'INTERVIU';
    case 'INTERVIU':
      return 'VISITASI';
    default:
      return undefined;
  }
}

/** Text lines to a list of ids/links: trimmed, blanks dropped, duplicates once. */
export function linesToList(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))];
}
