import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import EvaluationDetailPage from './EvaluationDetailPage';
import { EVALUATOR, evaluation, evidenceDocument, framework, index, indicators, page, score } from './fixtures';
import type { Evaluation } from './queries';

vi.setConfig({ testTimeout: 20_000 });

const ID = '2026-permenpanrb-59-2020';
const BASE = `/api/v1/evaluations/${ID}`;

function stack(current: Evaluation, ...extra: Parameters<typeof mockFetch>) {
  return mockFetch(
    ...extra,
    on('GET', BASE, () => json(current, 200, { ETag: '"7"' })),
    on('GET', '/api/v1/evaluations/frameworks/permenpanrb-59-2020', () => json(framework)),
    on('GET', `${BASE}/indicators`, () => json(page(indicators))),
    on('GET', `${BASE}/evidence`, () => json(page([]))), // evidence from operations: OperationsEvidence.test.tsx
    on('GET', `${BASE}/index`, () => json(index)),
    on('GET', `${BASE}/history`, () => json({ intact: true, entries: [] })),
  );
}

function show(caller: { username: string; opd?: string; roles: readonly string[] }) {
  return renderScreen(<EvaluationDetailPage />, { caller, route: `/evaluasi/${ID}`, path: '/evaluasi/:id' });
}

it('groups the indicators by domain and aspect, with the level, its criteria text, explanation, evidence and who filled it (M1, M3)', async () => {
  stack(evaluation());
  show(CALLERS.dinas);

  expect(await screen.findByRole('heading', { level: 1, name: 'Evaluasi SPBE 2026' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { name: 'Domain 1. Kebijakan Internal SPBE (bobot 13,00)' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Indikator aspek 1. Kebijakan Internal terkait Tata Kelola SPBE' });
  const row = within(table).getByText('Tingkat Kematangan Kebijakan Internal Arsitektur SPBE').closest('tr')!;
  expect(within(row).getByText('Tingkat 3')).toBeInTheDocument();
  expect(within(row).getByText('Terdefinisi: c')).toBeInTheDocument();
  expect(within(row).getByText('Perwal arsitektur SPBE sudah ditetapkan.')).toBeInTheDocument();
  expect(within(row).getByText('1 dokumen bukti')).toBeInTheDocument(); // uploaded: listed under "Dokumen bukti"
  expect(within(row).queryByText('1 bukti kedaluwarsa')).not.toBeInTheDocument();
  expect(within(row).getByRole('link', { name: 'https://jdih.example.go.id/perwal-12' })).toHaveAttribute('rel', 'noopener noreferrer');
  expect(within(row).getByText(/admin\.dinas/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Aspek 7. Layanan Administrasi Pemerintahan Berbasis Elektronik (bobot 27,50)' })).toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Tahapan evaluasi' }).querySelector('[aria-current="step"]')).toHaveTextContent('Penilaian mandiri');
});

it("lets Dinas propose only its own unit's indicators in self-assessment and sends level, explanation and evidence (M3)", async () => {
  const calls = stack(
    evaluation(),
    on('PUT', `${BASE}/indicators/32/proposal`, () => json(indicators[2])),
    on('GET', `${BASE}/indicators/32/evidence-documents`, () => json(page([evidenceDocument({ id: 'aaaaaaaaaaaaaaaaaaaaaaaa', title: 'SOP e-Planning' })]))),
  );
  show(CALLERS.dinas);

  expect(await screen.findByRole('button', { name: 'Usulkan tingkat 32' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Usulkan tingkat 1' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Usulkan tingkat 2' })).not.toBeInTheDocument(); // Bappeda's
  expect(screen.queryByRole('button', { name: /Sesuaikan tingkat/ })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Lanjut ke Penilaian dokumen' })).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Usulkan tingkat 32' }));
  const dialog = await screen.findByRole('dialog', { name: 'Usulan tingkat indikator 32' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan usulan' }));
  expect(within(dialog).getAllByText('Wajib diisi')).toHaveLength(2);
  expect(calls.some((c) => c.method === 'PUT')).toBe(false);

  await userEvent.click(within(dialog).getByRole('radio', { name: 'Tingkat 4' }));
  await userEvent.click(within(dialog).getByRole('textbox', { name: 'Penjelasan' }));
  await userEvent.paste('e-Planning dipakai semua OPD');
  // M1: evidence is picked from the indicator's uploads; only https:// links may be typed.
  await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Pakai "SOP e-Planning" sebagai bukti usulan' }));
  await userEvent.click(within(dialog).getByRole('textbox', { name: /Tautan dokumen terbit/ }));
  await userEvent.paste('doc-1\n \nhttps://x.example/y');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan usulan' }));
  expect(await within(dialog).findByText(/Hanya tautan yang diawali https:\/\//)).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  await userEvent.clear(within(dialog).getByRole('textbox', { name: /Tautan dokumen terbit/ }));
  await userEvent.paste('https://x.example/y');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan usulan' }));

  await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.body).toEqual({ level: 4, explanation: 'e-Planning dipakai semua OPD', evidenceDocumentIds: ['aaaaaaaaaaaaaaaaaaaaaaaa', 'https://x.example/y'] });
  expect(await screen.findByText('Usulan indikator 32 disimpan.')).toBeInTheDocument();
});

it("shows the server's field message next to the field when a proposal is refused with 400", async () => {
  stack(
    evaluation(),
    on('PUT', `${BASE}/indicators/32/proposal`, () =>
      problem(400, { title: 'Bad Request', errors: [{ field: 'explanation', message: 'explanation terlalu panjang' }] }),
    ),
  );
  show(CALLERS.dinas);
  await userEvent.click(await screen.findByRole('button', { name: 'Usulkan tingkat 32' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('radio', { name: 'Tingkat 2' }));
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Penjelasan' }), 'x');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan usulan' }));
  expect(await within(dialog).findByText('explanation terlalu panjang')).toBeInTheDocument();
});

it('lets an evaluator adjust with a comment and move document review on with If-Match; no proposals then (M1)', async () => {
  const calls = stack(
    evaluation({ stage: 'PENILAIAN_DOKUMEN', assessed: 3 }),
    on('POST', `${BASE}/indicators/1/adjust`, () => json(indicators[0])),
    on('POST', `${BASE}/advance`, () => json(evaluation({ stage: 'INTERVIU' }), 200, { ETag: '"8"' })),
  );
  show(EVALUATOR);

  await userEvent.click(await screen.findByRole('button', { name: 'Sesuaikan tingkat 1' }));
  const dialog = await screen.findByRole('dialog', { name: 'Penyesuaian tingkat indikator 1' });
  await userEvent.click(within(dialog).getByRole('radio', { name: 'Tingkat 2' }));
  await userEvent.click(within(dialog).getByRole('textbox', { name: 'Komentar penyesuaian' }));
  await userEvent.paste('Bukti belum berlaku');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan penyesuaian' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith('/adjust'))).toBe(true));
  expect(calls.find((c) => c.url.pathname.endsWith('/adjust'))!.body).toEqual({ level: 2, comment: 'Bukti belum berlaku' });
  expect(screen.queryByRole('button', { name: /Usulkan tingkat/ })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Lanjut ke Interviu' }));
  const step = await screen.findByRole('dialog', { name: 'Lanjut ke Interviu' });
  await userEvent.click(within(step).getByRole('button', { name: 'Lanjut ke Interviu' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith('/advance'))).toBe(true));
  const advance = calls.find((c) => c.url.pathname.endsWith('/advance'))!;
  expect(advance.body).toEqual({ to: 'INTERVIU' });
  expect(advance.headers.get('If-Match')).toBe('"7"');
});

it('offers the evaluator the visit or finalising after the interview, and shows a stale-version 412 with a reload', async () => {
  const calls = stack(
    evaluation({ stage: 'INTERVIU', assessed: 3 }),
    on('POST', `${BASE}/finalise`, () => problem(412, { title: 'Precondition Failed', detail: 'Versi sudah berubah.' })),
  );
  show(EVALUATOR);
  expect(await screen.findByRole('button', { name: 'Lanjut ke Visitasi' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Finalkan dan kunci' }));
  const dialog = await screen.findByRole('dialog', { name: 'Finalkan dan kunci' });
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Catatan (opsional)' }), 'Tanpa visitasi');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Finalkan dan kunci' }));
  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveAttribute('data-problem-status', '412');
  expect(within(alert).getByRole('button', { name: /Muat ulang/i })).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname.endsWith('/finalise'))!.body).toEqual({ note: 'Tanpa visitasi' });
});

it('shows a final evaluation as locked, with its index and predicate, and no step or level button for anyone', async () => {
  stack(evaluation({ stage: 'FINAL', assessed: 3, finalIndex: 2.61, finalPredicate: 'Baik', finalisedBy: 'evaluator', finalisedAt: '2026-01-20T01:00:00Z' }));
  show(EVALUATOR);
  expect(await screen.findByText('Evaluasi sudah final dan terkunci: tidak ada lagi perubahan.')).toBeInTheDocument();
  expect(screen.getByText('2,61')).toBeInTheDocument();
  await screen.findByRole('table', { name: /Indikator aspek 1\./ });
  expect(screen.queryByRole('button', { name: /Sesuaikan|Lanjut|Finalkan|Usulkan/ })).not.toBeInTheDocument();
});

it('warns that a provisional framework is provisional', async () => {
  stack(evaluation({ frameworkStatus: 'PROVISIONAL', frameworkName: 'Indeks Pemdi 2026' }));
  show(CALLERS.dinas);
  expect(await screen.findByText(/Kerangka sementara: teks peraturannya belum diperiksa/)).toBeInTheDocument();
});

it('shows the index per domain and aspect with predicates, marking partial scores', async () => {
  stack(evaluation());
  show(CALLERS.auditor);
  await userEvent.click(await screen.findByRole('tab', { name: 'Indeks' }));
  expect(await screen.findByTestId('overall-index')).toHaveTextContent('3,00');
  const table = screen.getByRole('table', { name: 'Indeks per domain dan aspek' });
  const domain = within(table).getByRole('rowheader', { name: 'Domain 1. Kebijakan Internal SPBE' }).closest('tr')!;
  expect(within(domain).getByText('Baik')).toBeInTheDocument();
  expect(within(domain).getByText('(sementara: 1 dari 2 indikator)')).toBeInTheDocument();
  expect(screen.getByText('4,20 – 5,00')).toBeInTheDocument();
});

it('simulates level changes with what-if and shows every index move without writing anything (M1)', async () => {
  const calls = stack(
    evaluation(),
    on('POST', `${BASE}/what-if`, () =>
      json({
        evaluationId: ID,
        changes: [{ indicator: '32', level: 5 }],
        movements: [
          { scope: 'OVERALL', no: '-', name: 'Indeks', before: score(3, 'Baik', 1), after: score(4.35, 'Memuaskan', 2), delta: 1.35, predicateChanged: true },
          { scope: 'DOMAIN', no: '1', name: 'Kebijakan Internal SPBE', before: score(3, 'Baik'), after: score(3, 'Baik'), delta: 0, predicateChanged: false },
        ],
      }),
    ),
  );
  show(CALLERS.auditor);
  await userEvent.click(await screen.findByRole('tab', { name: 'Simulasi' }));
  await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Indikator' }), '32');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tingkat baru' }), '5');
  await userEvent.click(screen.getByRole('button', { name: 'Tambah perubahan' }));
  await userEvent.click(screen.getByRole('button', { name: 'Hitung simulasi' }));

  const table = await screen.findByRole('table', { name: 'Pergerakan indeks hasil simulasi' });
  const overall = within(table).getByRole('rowheader', { name: 'Indeks SPBE' }).closest('tr')!;
  expect(within(overall).getByText('+1,35')).toBeInTheDocument();
  expect(within(overall).getByText('predikat berubah')).toBeInTheDocument();
  expect(screen.getByText('Simulasi selesai; tidak ada yang disimpan.')).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname.endsWith('/what-if'))!.body).toEqual({ changes: [{ indicator: '32', level: 5 }] });
  expect(calls.filter((c) => c.method !== 'GET' && !c.url.pathname.endsWith('/what-if'))).toHaveLength(0);
});

it('says when there is no earlier year to compare with (404), and lists the previous year otherwise', async () => {
  stack(
    evaluation(),
    on('GET', '/api/v1/evaluations', () => json(page([]))),
    on('GET', `${BASE}/comparison`, () => problem(404, { title: 'Not Found' })),
  );
  show(CALLERS.auditor);
  await userEvent.click(await screen.findByRole('tab', { name: 'Perbandingan tahun lalu' }));
  expect(await screen.findByText('Belum ada evaluasi tahun sebelumnya di bawah kerangka yang sama.')).toBeInTheDocument();
});

it('compares with the previous year under the same framework', async () => {
  stack(
    evaluation(),
    on('GET', '/api/v1/evaluations', () => json(page([evaluation({ id: '2025-permenpanrb-59-2020', year: 2025, stage: 'FINAL' })]))),
    on('GET', `${BASE}/comparison`, () =>
      json({
        evaluationId: ID,
        year: 2026,
        previousEvaluationId: '2025-permenpanrb-59-2020',
        previousYear: 2025,
        sameFramework: true,
        movements: [{ scope: 'OVERALL', no: '-', name: 'Indeks', before: score(2.61, 'Baik'), after: score(2.5, 'Cukup'), delta: -0.11, predicateChanged: true }],
      }),
    ),
  );
  show(CALLERS.auditor);
  await userEvent.click(await screen.findByRole('tab', { name: 'Perbandingan tahun lalu' }));
  const table = await screen.findByRole('table', { name: 'Perbandingan 2026 dengan 2025' });
  expect(within(table).getByText('−0,11')).toBeInTheDocument();
  expect(within(table).getByText('(turun)')).toBeInTheDocument();
});

it('shows each OPD its indicators and score (M4), and hides the history from operators', async () => {
  stack(
    evaluation(),
    on('GET', `${BASE}/opds`, () =>
      json([{ evaluationId: ID, opd: 'DINKES', units: ['DINAS'], score: score(3, 'Baik', 1, 1), indicators: [indicators[0]] }]),
    ),
  );
  show(CALLERS.dinkes);
  await userEvent.click(await screen.findByRole('tab', { name: 'Per OPD' }));
  const table = await screen.findByRole('table', { name: 'Nilai per OPD' });
  expect(within(table).getByRole('link', { name: 'DINKES' })).toBeInTheDocument();
  expect(within(table).getByText('Baik')).toBeInTheDocument();
  expect(screen.queryByRole('tab', { name: 'Riwayat' })).not.toBeInTheDocument();
});

it('downloads the index as CSV with the caller’s token (a plain link could not send it)', async () => {
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = stack(
    evaluation(),
    on('GET', `${BASE}/index.csv`, () => new Response('scope,no,name,value\n', { status: 200, headers: { 'Content-Type': 'text/csv' } })),
  );
  show(CALLERS.auditor);
  await userEvent.click(await screen.findByRole('button', { name: 'Unduh indeks (CSV)' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname === `${BASE}/index.csv`)).toBe(true));
  expect(calls.find((c) => c.url.pathname === `${BASE}/index.csv`)!.headers.get('Authorization')).toMatch(/^Bearer /);
  await waitFor(() => expect(click).toHaveBeenCalled());
  click.mockRestore();
});

it('flags expired evidence on the indicator and lets an evaluator open its documents (M1, flagged not blocked)', async () => {
  const flagged = indicators.map((i) => (i.no === '1' ? { ...i, expiredEvidenceDocumentIds: ['doc-perwal-arsitektur'] } : i));
  mockFetch(
    on('GET', BASE, () => json(evaluation({ stage: 'PENILAIAN_DOKUMEN', assessed: 3 }), 200, { ETag: '"7"' })),
    on('GET', '/api/v1/evaluations/frameworks/permenpanrb-59-2020', () => json(framework)),
    on('GET', `${BASE}/indicators`, () => json(page(flagged))),
    on('GET', `${BASE}/evidence`, () => json(page([]))),
    on('GET', `${BASE}/index`, () => json(index)),
    on('GET', `${BASE}/indicators/1/evidence-documents`, () => json(page([evidenceDocument({ id: 'doc-perwal-arsitektur', expired: true, validUntil: '2025-12-31' })]))),
  );
  show(EVALUATOR);
  const table = await screen.findByRole('table', { name: 'Indikator aspek 1. Kebijakan Internal terkait Tata Kelola SPBE' });
  const row = within(table).getByText('Tingkat Kematangan Kebijakan Internal Arsitektur SPBE').closest('tr')!;
  expect(within(row).getByText('1 bukti kedaluwarsa')).toBeInTheDocument();
  await userEvent.click(within(row).getByRole('button', { name: 'Dokumen bukti indikator 1' }));
  const dialog = await screen.findByRole('dialog', { name: 'Dokumen bukti indikator 1' });
  expect(await within(dialog).findByText('kedaluwarsa')).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Unduh perwal-arsitektur.pdf' })).toBeInTheDocument();
  expect(within(dialog).queryByRole('form', { name: 'Unggah dokumen bukti' })).not.toBeInTheDocument();
});
