import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { AGENTS } from '../fixtures';
import SupervisionPage, { recentMonths } from './SupervisionPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const PREVIOUS = recentMonths(new Date())[1];

const dinkes = {
  opd: 'DINKES', name: 'Dinas Kesehatan', opened: 2, openedAtTier1: 2, escalated: 1, escalationRatePercent: 50,
  resolved: 2, slaMet: 1, slaMetPercent: 50, backlog: 1, backlogAverageAgeDays: 11.6, backlogOldestAgeDays: 11,
  csatCount: 1, csatAverage: 5,
};
const disdik = {
  opd: 'DISDIK', name: 'Dinas Pendidikan', opened: 0, openedAtTier1: 0, escalated: 0, escalationRatePercent: null,
  resolved: 0, slaMet: 0, slaMetPercent: null, backlog: 0, backlogAverageAgeDays: null, backlogOldestAgeDays: null,
  csatCount: 0, csatAverage: null,
};
function report(month: string, overrides: object = {}) {
  return {
    month, timeZone: 'Asia/Jakarta', from: '2026-09-30T17:00:00Z', to: '2026-10-31T17:00:00Z', asOf: '2026-10-31T17:00:00Z',
    complete: true, tiered: true, opd: null, opds: [dinkes, disdik], total: { ...dinkes, opd: 'TOTAL', name: 'Jumlah' },
    desks: [
      { desk: 'TIER1', received: 2, resolved: 1, slaMet: 1, slaMetPercent: 100, backlog: 1, backlogAverageAgeDays: 11.6, averageBusinessHoursHeld: 0.7 },
      { desk: 'TIER2', received: 1, resolved: 1, slaMet: 0, slaMetPercent: 0, backlog: 0, backlogAverageAgeDays: null, averageBusinessHoursHeld: 2 },
    ],
    ...overrides,
  };
}
const monthly = on('GET', '/api/v1/supervision/monthly', (url) => json(report(url.searchParams.get('month')!)));

it("shows each OPD's Tier 1 figures, the total and the desks of the previous month by default (S4)", async () => {
  const calls = mockFetch(monthly);
  renderScreen(<SupervisionPage />, { caller: CALLERS.dinas });
  expect(await screen.findByRole('heading', { level: 1, name: 'Supervisi layanan bantuan' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: /^Kinerja per OPD bulan/ });
  const row = within(table).getByText('DINKES').closest('tr')!;
  expect(within(row).getByText('1 dari 2 (50,0%)')).toBeInTheDocument();
  expect(within(row).getByText('rata-rata 11,6 hari, tertua 11 hari')).toBeInTheDocument();
  expect(within(row).getByText('5,0 (1 penilaian)')).toBeInTheDocument();
  expect(within(table).getByText('Jumlah')).toBeInTheDocument();
  const desks = screen.getByRole('table', { name: /^Kinerja per desk bulan/ });
  const tier2 = within(desks).getByText('Tier 2 (Dinas)').closest('tr')!;
  expect(within(tier2).getByText('0,0%')).toBeInTheDocument();
  expect(within(tier2).getByText('2,0')).toBeInTheDocument();
  expect(calls[0].url.searchParams.get('month')).toBe(PREVIOUS);
  expect(screen.getByRole('columnheader', { name: 'Eskalasi ke Tier 2' })).toBeInTheDocument();
});

it('asks for the month picked and downloads the CSV and the PDF of that month', async () => {
  const createObjectURL = vi.fn(() => 'blob:report');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const save = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {}); // jsdom cannot navigate
  const older = recentMonths(new Date())[3];
  const calls = mockFetch(
    monthly,
    on('GET', '/api/v1/supervision/monthly.csv', () => new Response('bulan,opd\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="supervisi.csv"' } })),
    on('GET', '/api/v1/supervision/monthly.pdf', () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })),
  );
  renderScreen(<SupervisionPage />, { caller: AGENTS.coordinator });
  await screen.findByRole('table', { name: /^Kinerja per OPD bulan/ });
  await user.selectOptions(screen.getByRole('combobox', { name: /Bulan/ }), older);
  await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/v1/supervision/monthly' && c.url.searchParams.get('month') === older)).toBe(true));
  await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
  await user.click(screen.getByRole('button', { name: 'Unduh laporan PDF' }));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(2));
  const csv = calls.find((c) => c.url.pathname === '/api/v1/supervision/monthly.csv')!;
  const pdf = calls.find((c) => c.url.pathname === '/api/v1/supervision/monthly.pdf')!;
  expect(csv.url.searchParams.get('month')).toBe(older);
  expect(pdf.url.searchParams.get('month')).toBe(older);
  expect(save).toHaveBeenCalledTimes(2);
  save.mockRestore();
});

it("gives an OPD's Tier 1 agent its own row and the CSV, without the PDF of every OPD", async () => {
  mockFetch(on('GET', '/api/v1/supervision/monthly', (url) =>
    json(report(url.searchParams.get('month')!, { opd: 'DINKES', opds: [dinkes], total: null, desks: [] }))));
  renderScreen(<SupervisionPage />, { caller: AGENTS.tier1Dinkes });
  expect(await screen.findByText('Anda melihat baris OPD DINKES saja.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Unduh CSV' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Unduh laporan PDF' })).not.toBeInTheDocument();
  expect(screen.queryByRole('table', { name: /^Kinerja per desk/ })).not.toBeInTheDocument();
  expect(screen.queryByText('Jumlah')).not.toBeInTheDocument();
});

it('follows a one-tier region: no escalation column, one service centre desk (S4, S2)', async () => {
  const one = {
    ...dinkes, openedAtTier1: null, escalated: null, escalationRatePercent: null,
  };
  mockFetch(on('GET', '/api/v1/supervision/monthly', (url) => json(report(url.searchParams.get('month')!, {
    tiered: false, opds: [one], total: { ...one, opd: 'TOTAL', name: 'Jumlah' },
    desks: [{ desk: 'SERVICE_CENTRE', received: 2, resolved: 2, slaMet: 1, slaMetPercent: 50, backlog: 1, backlogAverageAgeDays: 11.6, averageBusinessHoursHeld: 1.4 }],
  }))));
  renderScreen(<SupervisionPage />, { caller: CALLERS.dinas });
  expect(await screen.findByRole('heading', { name: 'Kinerja pusat layanan' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Kinerja layanan per OPD' })).toBeInTheDocument();
  expect(screen.queryByRole('columnheader', { name: 'Eskalasi ke Tier 2' })).not.toBeInTheDocument();
  expect(screen.getByText('Pusat layanan')).toBeInTheDocument();
});

it('says when the month is still running, and shows the problem when the server refuses a month', async () => {
  let refuse = false;
  mockFetch(on('GET', '/api/v1/supervision/monthly', (url) =>
    refuse
      ? problem(400, { title: 'Permintaan tidak valid', detail: 'Bulan belum dimulai', errors: [{ field: 'month', message: 'belum dimulai' }] })
      : json(report(url.searchParams.get('month')!, { complete: false, asOf: '2026-11-15T03:00:00Z' }))));
  renderScreen(<SupervisionPage />, { caller: CALLERS.dinas });
  expect(await screen.findByText(/^Bulan berjalan: angka sampai/)).toBeInTheDocument();
  refuse = true;
  await user.selectOptions(screen.getByRole('combobox', { name: /Bulan/ }), recentMonths(new Date())[0]);
  expect(await screen.findByText(/Bulan belum dimulai/)).toBeInTheDocument();
});
