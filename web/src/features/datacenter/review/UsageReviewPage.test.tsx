import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import UsageReviewPage from './UsageReviewPage';

vi.setConfig({ testTimeout: 30_000 });

function usage(opd: string | null, opdName: string | null, vcpu: number, uptimePercent: number | null) {
  return {
    opd,
    opdName,
    vps: { active: 2, requested: 3, decommissioned: 1, vcpu, ramGib: 16, diskGib: 400 },
    colocation: { reservations: 0, rackUnits: 0, powerKw: 0 },
    uptime: {
      monitors: 1,
      probes: 100000,
      failures: 70,
      maintenanceProbes: 0,
      countedProbes: 100000,
      uptimePercent,
      monitorsMeetingSlo: 1,
      monitorsMissingSlo: 0,
      monitorsWithoutData: 0,
    },
    backups: { systems: 2, compliant: 1, overdue: 1, failing: 0, runsSucceeded: 300, runsFailed: 2, restoreTestsPassed: 1, restoreTestsFailed: 0 },
  };
}

const allocation = (vcpu: number) => ({ vcpu, ramGib: 64, diskGib: 2000, rackUnits: 42, powerKw: 10 });

it('shows the yearly review per OPD with totals and capacity for Dinas, three decimals rounded down (D5)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/usage-reviews', () =>
      json({
        year: new Date().getFullYear(),
        generatedAt: '2026-11-30T05:00:00Z',
        regionWide: true,
        opds: [usage('DINKES', 'Dinas Kesehatan', 8, 99.93), usage('DISDIK', 'Dinas Pendidikan', 4, null)],
        totals: usage(null, null, 12, 99.93),
        dataCenters: [{ code: 'PD-UTAMA', name: 'Pusat Data Utama', allocatable: allocation(128), allocated: allocation(12), free: allocation(116) }],
      }),
    ),
  );
  renderScreen(<UsageReviewPage />, { caller: CALLERS.dinas });
  expect(await screen.findByRole('heading', { level: 1, name: 'Tinjauan Tahunan Pusat Data' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: /Penggunaan pusat data per OPD/ });
  const dinkes = within(table).getByRole('rowheader', { name: 'Dinas Kesehatan (DINKES)' }).closest('tr')!;
  expect(within(dinkes).getByText('99,930%')).toBeInTheDocument();
  expect(within(dinkes).getByText('1 dari 2')).toBeInTheDocument();
  expect(within(dinkes).getByText('1 lulus, 0 gagal')).toBeInTheDocument();
  const disdik = within(table).getByRole('rowheader', { name: 'Dinas Pendidikan (DISDIK)' }).closest('tr')!;
  expect(within(disdik).getByText('tanpa data')).toBeInTheDocument();
  const totals = within(table).getByRole('rowheader', { name: 'Jumlah seluruh OPD' }).closest('tr')!;
  expect(within(totals).getByText('12')).toBeInTheDocument();
  const sites = screen.getByRole('table', { name: /Kapasitas teralokasi/ });
  expect(within(sites).getByText('12 dari 128')).toBeInTheDocument();
  expect(screen.queryByText(/bagian OPD Anda saja/)).not.toBeInTheDocument();
  const asked = calls.find((c) => c.url.pathname === '/api/v1/usage-reviews')!;
  expect(asked.url.searchParams.get('year')).toBe(String(new Date().getFullYear()));
});

it('tells an OPD operator it sees its own section only and asks for the chosen year', async () => {
  const year = new Date().getFullYear();
  const calls = mockFetch(
    on('GET', '/api/v1/usage-reviews', () =>
      json({ year, generatedAt: '2026-11-30T05:00:00Z', regionWide: false, opds: [usage('DINKES', 'Dinas Kesehatan', 8, 99.5)], dataCenters: [] }),
    ),
  );
  renderScreen(<UsageReviewPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText(/bagian OPD Anda saja/)).toBeInTheDocument();
  expect(screen.queryByRole('table', { name: /Kapasitas teralokasi/ })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('combobox', { name: 'Tahun' }));
  await userEvent.click(await screen.findByRole('option', { name: String(year - 1), hidden: true }));
  await waitFor(() => expect(calls.some((c) => c.url.searchParams.get('year') === String(year - 1))).toBe(true));
});

it('downloads the PDF with the token and shows a refused download as a problem', async () => {
  const createObjectURL = vi.fn(() => 'blob:pdf');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const year = new Date().getFullYear();
  const calls = mockFetch(
    on('GET', '/api/v1/usage-reviews', () => json({ year, generatedAt: '2026-11-30T05:00:00Z', regionWide: false, opds: [], dataCenters: [] })),
    on('GET', '/api/v1/usage-reviews/report.pdf', () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })),
    on('GET', '/api/v1/usage-reviews/export.csv', () => problem(403)),
  );
  renderScreen(<UsageReviewPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText('Belum ada OPD yang tercatat.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Unduh PDF' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalled());
  const pdf = calls.find((c) => c.url.pathname === '/api/v1/usage-reviews/report.pdf')!;
  expect(pdf.url.searchParams.get('year')).toBe(String(year));
  expect(pdf.headers.get('Authorization')).toMatch(/^Bearer /);
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  await waitFor(async () => expect((await screen.findAllByRole('alert')).some((a) => a.textContent?.includes('Anda tidak berwenang'))).toBe(true));
});

it('shows a failed load as a problem with a reload', async () => {
  mockFetch(on('GET', '/api/v1/usage-reviews', () => problem(500)));
  renderScreen(<UsageReviewPage />, { caller: CALLERS.dinas });
  expect(await screen.findByRole('alert')).toBeInTheDocument();
});

it('lets Dinas freeze a closed year’s review and then shows when and by whom it was frozen (D5)', async () => {
  const lastYear = new Date().getFullYear() - 1;
  let frozen = false;
  const review = () => ({
    year: lastYear,
    generatedAt: '2026-11-30T05:00:00Z',
    regionWide: true,
    opds: [usage('DINKES', 'Dinas Kesehatan', 8, 99.93)],
    totals: usage(null, null, 8, 99.93),
    dataCenters: [],
    ...(frozen ? { frozenAt: '2026-11-30T05:00:00Z', frozenBy: 'admin.dinas' } : {}),
  });
  const calls = mockFetch(
    on('GET', '/api/v1/usage-reviews', () => json(review())),
    on('POST', `/api/v1/usage-reviews/${lastYear}/snapshot`, () => {
      frozen = true;
      return json(review(), 201);
    }),
  );
  renderScreen(<UsageReviewPage />, { caller: CALLERS.dinas });
  await screen.findByRole('table', { name: /Penggunaan pusat data per OPD/ });
  // the current year is not closed: no freeze offered
  expect(screen.queryByRole('button', { name: /Bekukan tinjauan/ })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('combobox', { name: 'Tahun' }));
  await userEvent.click(await screen.findByRole('option', { name: String(lastYear), hidden: true }));
  expect(await screen.findByText('Tinjauan ini dihitung dari data hari ini dan masih dapat berubah.')).toBeInTheDocument();
  await userEvent.click(await screen.findByRole('button', { name: `Bekukan tinjauan ${lastYear}` }));
  const dialog = await screen.findByRole('dialog', { name: `Bekukan tinjauan tahun ${lastYear}?` });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Bekukan' }));
  expect(await screen.findByTestId('review-frozen')).toHaveTextContent(`Tinjauan tahun ${lastYear} dibekukan pada`);
  expect(screen.getByTestId('review-frozen')).toHaveTextContent('oleh admin.dinas');
  expect(screen.queryByRole('button', { name: /Bekukan tinjauan/ })).not.toBeInTheDocument();
  expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
});

it('offers no freeze to an OPD operator, even for a closed year', async () => {
  const lastYear = new Date().getFullYear() - 1;
  mockFetch(
    on('GET', '/api/v1/usage-reviews', (url) =>
      json({ year: Number(url.searchParams.get('year')), generatedAt: '2026-11-30T05:00:00Z', regionWide: false, opds: [usage('DINKES', 'Dinas Kesehatan', 8, null)], dataCenters: [] }),
    ),
  );
  renderScreen(<UsageReviewPage />, { caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: /Penggunaan pusat data per OPD/ });
  await userEvent.click(screen.getByRole('combobox', { name: 'Tahun' }));
  await userEvent.click(await screen.findByRole('option', { name: String(lastYear), hidden: true }));
  await waitFor(() => expect(screen.getByRole('table', { name: new RegExp(String(lastYear)) })).toBeInTheDocument());
  expect(screen.queryByRole('button', { name: /Bekukan tinjauan/ })).not.toBeInTheDocument();
});
