import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import EvaluationListPage from './EvaluationListPage';
import { evaluation, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const year = new Date().getFullYear();
const FRAMEWORKS = [
  { id: 'permenpanrb-59-2020', name: 'PermenPANRB 59/2020', regulation: 'PermenPANRB 59/2020', status: 'OFFICIAL', domains: 4, aspects: 8, indicators: 47, totalWeight: 100, decimals: 2 },
  { id: 'pemdi-2026', name: 'Indeks Pemdi 2026', regulation: 'PermenPANRB 8/2026', status: 'PROVISIONAL', domains: 7, aspects: 7, indicators: 20, totalWeight: 100, decimals: 2 },
];
const OPDS = page([
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi, Informatika dan Statistik' },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah' },
  { code: 'SETDA-ORGANISASI', name: 'Bagian Organisasi' },
]);
const LIST = [
  evaluation({ id: `${year}-permenpanrb-59-2020`, year }),
  evaluation({ id: `${year - 1}-permenpanrb-59-2020`, year: year - 1, stage: 'FINAL', assessed: 47, indicators: 47, finalIndex: 2.61, finalPredicate: 'Baik', published: true, publishedBy: 'sekda' }),
  evaluation({ id: `${year}-pemdi-2026`, year, frameworkId: 'pemdi-2026', frameworkName: 'Indeks Pemdi 2026', frameworkStatus: 'PROVISIONAL', indicators: 20, assessed: 0 }),
];

it('lists the evaluations with stage, progress, index and predicate, marks a provisional framework, and filters by year', async () => {
  const calls = mockFetch(on('GET', '/api/v1/evaluations', (url) => json(page(url.searchParams.get('year') ? [] : LIST))));
  renderScreen(<EvaluationListPage />, { caller: CALLERS.auditor });

  const table = await screen.findByRole('table', { name: 'Daftar evaluasi SPBE' });
  const finalRow = within(table).getByRole('link', { name: String(year - 1) }).closest('tr')!;
  expect(within(finalRow).getByText('Final (terkunci)')).toBeInTheDocument();
  expect(within(finalRow).getByText('Dipublikasikan')).toBeInTheDocument();
  expect(within(within(table).getByText('Indeks Pemdi 2026').closest('tr')!).queryByText('Dipublikasikan')).not.toBeInTheDocument();
  expect(within(finalRow).getByText('2,61')).toBeInTheDocument();
  expect(within(finalRow).getByText('Baik')).toBeInTheDocument();
  expect(within(finalRow).getByText('47 dari 47')).toBeInTheDocument();
  const pemdi = within(table).getByText('Indeks Pemdi 2026').closest('tr')!;
  expect(within(pemdi).getByText('Sementara')).toBeInTheDocument();
  expect(within(pemdi).getByText('belum final')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Buka evaluasi tahun ini' })).not.toBeInTheDocument();
  expect(calls[0].url.searchParams.get('sort')).toBe('year,desc');

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tahun' }), '2019');
  expect(await screen.findByText('Belum ada evaluasi untuk tahun 2019.')).toBeInTheDocument();
  expect(calls.at(-1)!.url.searchParams.get('year')).toBe('2019');
});

it('lets Dinas open an evaluation under a framework, naming the OPD of each unit, and warns on a provisional framework (M1, M3)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/evaluations', () => json(page([]))),
    on('GET', '/api/v1/evaluations/frameworks', () => json(page(FRAMEWORKS))),
    on('GET', '/api/v1/opds', () => json(OPDS)),
    on('POST', '/api/v1/evaluations', () => json(evaluation({ id: `${year}-pemdi-2026` }), 201)),
  );
  const { router } = renderScreen(<EvaluationListPage />, { caller: CALLERS.dinas });

  await userEvent.click(await screen.findByRole('button', { name: 'Buka evaluasi tahun ini' }));
  const dialog = await screen.findByRole('dialog', { name: 'Buka evaluasi' });
  const framework = within(dialog).getByRole('combobox', { name: /Kerangka evaluasi/ });
  await waitFor(() => expect(framework).toHaveValue('permenpanrb-59-2020'));
  expect(within(dialog).queryByText(/Kerangka sementara/)).not.toBeInTheDocument();
  await userEvent.selectOptions(framework, 'pemdi-2026');
  expect(within(dialog).getByText(/Kerangka sementara: teks peraturannya belum diperiksa/)).toBeInTheDocument();
  await waitFor(() => expect(within(dialog).getAllByRole('option', { name: /BAPPEDA/ }).length).toBeGreaterThan(0));
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'OPD untuk unit Bappeda' }), 'BAPPEDA');
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'OPD untuk unit Bagian Organisasi' }), 'SETDA-ORGANISASI');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Buka evaluasi' }));

  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    year,
    frameworkId: 'pemdi-2026',
    units: { BAPPEDA: 'BAPPEDA', BAGIAN_ORGANISASI: 'SETDA-ORGANISASI' },
  });
  await waitFor(() => expect(router.state.location.pathname).toBe(`/evaluasi/${year}-pemdi-2026`));
});

it('shows a refused opening (422 M3) as a banner naming the rule', async () => {
  mockFetch(
    on('GET', '/api/v1/evaluations', () => json(page([]))),
    on('GET', '/api/v1/evaluations/frameworks', () => json(page(FRAMEWORKS))),
    on('GET', '/api/v1/opds', () => json(OPDS)),
    on('POST', '/api/v1/evaluations', () =>
      problem(422, { title: 'Unprocessable', obligation: 'M3', detail: 'Unit BAPPEDA mengoordinasikan indikator 3 tetapi tidak diberi OPD (units.BAPPEDA).' }),
    ),
  );
  renderScreen(<EvaluationListPage />, { caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('button', { name: 'Buka evaluasi tahun ini' }));
  const dialog = await screen.findByRole('dialog', { name: 'Buka evaluasi' });
  await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Kerangka evaluasi/ })).toHaveValue('permenpanrb-59-2020'));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Buka evaluasi' }));
  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveAttribute('data-problem-status', '422');
  expect(within(alert).getByText(/tidak diberi OPD/)).toBeInTheDocument();
  expect(within(alert).getByText(/M3/)).toBeInTheDocument();
});
