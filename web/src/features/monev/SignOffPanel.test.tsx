import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import EvaluationDetailPage from './EvaluationDetailPage';
import { COORDINATOR, EVALUATOR, evaluation, framework, index, indicators, page } from './fixtures';
import type { Evaluation } from './queries';

vi.setConfig({ testTimeout: 20_000 });

const ID = '2026-permenpanrb-59-2020';
const BASE = `/api/v1/evaluations/${ID}`;
const FINAL = { stage: 'FINAL', finalIndex: 3, finalPredicate: 'Baik', finalisedBy: 'evaluator', finalisedAt: '2026-06-30T01:00:00Z' } as const;

function stack(current: Evaluation, ...extra: Parameters<typeof mockFetch>) {
  return mockFetch(
    ...extra,
    on('GET', BASE, () => json(current, 200, { ETag: '"9"' })),
    on('GET', '/api/v1/evaluations/frameworks/permenpanrb-59-2020', () => json(framework)),
    on('GET', `${BASE}/indicators`, () => json(page(indicators))),
    on('GET', `${BASE}/index`, () => json(index)),
    on('GET', `${BASE}/history`, () => json({ intact: true, entries: [] })),
  );
}

function show(caller: { username: string; opd?: string; roles: readonly string[] }) {
  return renderScreen(<EvaluationDetailPage />, { caller, route: `/evaluasi/${ID}`, path: '/evaluasi/:id' });
}

it('lets the coordinator approve a final result with If-Match and shows it published (G2)', async () => {
  const calls = stack(
    evaluation(FINAL),
    on('POST', `${BASE}/approve`, () =>
      json(evaluation({ ...FINAL, published: true, publishedBy: 'sekda', publishedFor: 'Tim Koordinasi SPBE', publishedAt: '2026-07-01T01:00:00Z' })),
    ),
  );
  show(COORDINATOR);

  expect(await screen.findByText('Hasil final menunggu pengesahan koordinator badan tata kelola SPBE.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Sahkan dan publikasikan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Sahkan dan publikasikan' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Sahkan dan publikasikan' }));

  await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.pathname === `${BASE}/approve`)).toBe(true));
  const approve = calls.find((c) => c.url.pathname === `${BASE}/approve`)!;
  expect(approve.headers.get('If-Match')).toBe('"9"');
  expect(await screen.findByText('Hasil evaluasi disahkan dan dipublikasikan.')).toBeInTheDocument();
});

it('requires a reason before a return is sent, then sends it and names the reopened stage (G2)', async () => {
  const calls = stack(
    evaluation(FINAL),
    on('POST', `${BASE}/return`, () => json(evaluation({ stage: 'INTERVIU', returnReason: 'Bukti kurang', returnedBy: 'sekda' }))),
  );
  show(COORDINATOR);

  await userEvent.click(await screen.findByRole('button', { name: 'Kembalikan ke evaluator' }));
  const dialog = await screen.findByRole('dialog', { name: 'Kembalikan ke evaluator' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan ke evaluator' }));
  expect(within(dialog).getByText('Wajib diisi')).toBeInTheDocument();
  expect(calls.some((c) => c.url.pathname === `${BASE}/return`)).toBe(false);

  await userEvent.click(within(dialog).getByRole('textbox', { name: /Alasan pengembalian/ }));
  await userEvent.paste('  Indikator 23: bukti Perwali Satu Data belum ada  ');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan ke evaluator' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname === `${BASE}/return`)).toBe(true));
  expect(calls.find((c) => c.url.pathname === `${BASE}/return`)!.body).toEqual({ reason: 'Indikator 23: bukti Perwali Satu Data belum ada' });
  expect(await screen.findByText('Evaluasi dikembalikan ke tahap Interviu.')).toBeInTheDocument();
});

it("shows the server's 409 when the result was published meanwhile", async () => {
  stack(evaluation(FINAL), on('POST', `${BASE}/approve`, () => problem(409, { title: 'Conflict', detail: 'Evaluasi sudah disahkan dan dipublikasikan.' })));
  show(COORDINATOR);
  await userEvent.click(await screen.findByRole('button', { name: 'Sahkan dan publikasikan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Sahkan dan publikasikan' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Sahkan dan publikasikan' }));
  expect(await within(dialog).findByText(/sudah disahkan dan dipublikasikan/)).toBeInTheDocument();
});

it('offers no sign-off to evaluators or Dinas, and shows who approved once published (G2)', async () => {
  stack(evaluation({ ...FINAL, published: true, publishedBy: 'sekda', publishedFor: 'Tim Koordinasi SPBE', publishedAt: '2026-07-01T01:00:00Z' }));
  show(EVALUATOR);
  expect(await screen.findByText('Dipublikasikan')).toBeInTheDocument();
  expect(screen.getByText(/Disahkan oleh sekda atas nama Tim Koordinasi SPBE/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Sahkan dan publikasikan' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Kembalikan ke evaluator' })).not.toBeInTheDocument();
});

it('names the approver by full name when the service captured one from the token (G2, M2)', async () => {
  stack(
    evaluation({
      ...FINAL,
      published: true,
      publishedBy: 'sekda',
      publishedByName: 'Ir. Audy Pangemanan',
      publishedFor: 'Tim Koordinasi SPBE',
      publishedAt: '2026-07-01T01:00:00Z',
    }),
  );
  show(EVALUATOR);
  expect(await screen.findByText(/Disahkan oleh Ir\. Audy Pangemanan atas nama Tim Koordinasi SPBE/)).toBeInTheDocument();
  expect(screen.queryByText(/Disahkan oleh sekda/)).not.toBeInTheDocument();
});

it('shows the last return to the evaluators while they work on it again', async () => {
  stack(evaluation({ stage: 'INTERVIU', returnReason: 'Bukti kurang', returnedBy: 'sekda', returnedAt: '2026-07-01T01:00:00Z' }));
  show(EVALUATOR);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Dikembalikan oleh koordinator');
  expect(alert).toHaveTextContent(/Dikembalikan oleh sekda, .*: Bukti kurang/);
});

it('downloads the report PDF with the token for region-wide roles and hides it from operators (M2)', async () => {
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = stack(
    evaluation(FINAL),
    on('GET', `${BASE}/report.pdf`, () => new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } })),
  );
  const view = show(CALLERS.dinas);
  await userEvent.click(await screen.findByRole('button', { name: 'Unduh laporan (PDF)' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname === `${BASE}/report.pdf`)).toBe(true));
  expect(calls.find((c) => c.url.pathname === `${BASE}/report.pdf`)!.headers.get('Authorization')).toMatch(/^Bearer /);
  await waitFor(() => expect(click).toHaveBeenCalled());
  click.mockRestore();
  view.unmount();

  stack(evaluation(FINAL));
  show(CALLERS.dinkes);
  expect(await screen.findByRole('heading', { level: 1, name: 'Evaluasi SPBE 2026' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Unduh laporan (PDF)' })).not.toBeInTheDocument();
});
