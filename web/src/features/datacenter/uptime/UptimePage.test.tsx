import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import type { Monitor } from '../shared';
import { page } from '../vps/fixtures';
import UptimePage from './UptimePage';

vi.setConfig({ testTimeout: 30_000 });

function monitor(overrides: Partial<Monitor> = {}): Monitor {
  return {
    id: 'm-1',
    opd: 'DINKES',
    name: 'SIMPUS',
    target: 'https://simpus.denpasarkota.go.id/',
    protocol: 'HTTPS',
    intervalSeconds: 60,
    failureThreshold: 3,
    sloPercent: 99.5,
    active: true,
    state: 'UP',
    lastProbeAt: '2026-11-30T01:00:00Z',
    lastResult: { up: true, latencyMillis: 42, httpStatus: 200 },
    consecutiveFailures: 0,
    maintenance: [],
    createdBy: 'operator.dinkes',
    createdAt: '2026-11-01T00:00:00Z',
    version: 1,
    ...overrides,
  };
}

const opds = on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }])));

it('shows each monitor’s state in words and lists the open outages first (D3)', async () => {
  mockFetch(
    opds,
    on('GET', '/api/v1/monitors', () =>
      json(
        page([
          monitor(),
          monitor({
            id: 'm-2',
            name: 'SIKDA',
            state: 'DOWN',
            lastResult: { up: false, latencyMillis: 3000, error: 'connect timed out' },
            openOutage: { id: 'o-1', since: '2026-11-30T00:50:00Z', detectedAt: '2026-11-30T00:53:00Z', firstError: 'connect timed out' },
          }),
        ]),
      ),
    ),
  );
  renderScreen(<UptimePage />, { caller: CALLERS.auditor });

  const table = await screen.findByRole('table', { name: 'Daftar pemantau layanan' });
  const down = within(table).getByText('SIKDA').closest('tr')!;
  expect(within(down).getByText('Mati')).toBeInTheDocument();
  expect(within(within(table).getByText('SIMPUS').closest('tr')!).getByText('Hidup')).toBeInTheDocument();
  expect(screen.getByText('1 gangguan terbuka')).toBeInTheDocument();
  expect(screen.getByText(/SIKDA \(DINKES\) — Mati sejak/)).toBeInTheDocument();
  // An auditor reads; it does not configure or pause.
  expect(screen.queryByRole('button', { name: /Jeda pemantauan/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Tambah pemantau' })).not.toBeInTheDocument();
});

it('pauses a monitor as its row shows it, with the row’s version as If-Match and no fresh read', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/monitors', () => json(page([monitor({ version: 12 })]))),
    on('PUT', '/api/v1/monitors/m-1', () => json(monitor({ active: false }))),
  );
  renderScreen(<UptimePage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('button', { name: 'Jeda pemantauan SIMPUS' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.headers.get('If-Match')).toBe('"12"');
  expect(calls.filter((c) => c.url.pathname === '/api/v1/monitors/m-1' && c.method === 'GET')).toHaveLength(0);
  expect(put.body).toEqual({
    name: 'SIMPUS',
    target: 'https://simpus.denpasarkota.go.id/',
    intervalSeconds: 60,
    failureThreshold: 3,
    sloPercent: 99.5,
    active: false,
  });
});

it('plans maintenance and shows the server’s D3 refusal of a window in the past', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/monitors', () => json(page([monitor()]))),
    on('POST', '/api/v1/monitors/m-1/maintenance-windows', () => problem(422, { obligation: 'D3', detail: 'Jendela pemeliharaan sudah lewat.' })),
  );
  renderScreen(<UptimePage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('button', { name: 'Jadwalkan pemeliharaan SIMPUS' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getAllByText('Wajib diisi')).toHaveLength(3);
  await userEvent.type(within(dialog).getByLabelText(/Mulai/), '2020-01-01T10:00');
  await userEvent.type(within(dialog).getByLabelText(/Selesai/), '2020-01-01T12:00');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Pembaruan server');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText(/Aturan D3/)).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({
    from: new Date('2020-01-01T10:00').toISOString(),
    until: new Date('2020-01-01T12:00').toISOString(),
    reason: 'Pembaruan server',
  });
});

it('shows the monthly report with three decimals, SLO in words, and asks for the chosen month', async () => {
  const now = new Date();
  const calls = mockFetch(
    on('GET', '/api/v1/monitors', () => json(page([monitor()]))),
    on('GET', '/api/v1/monitors/reports', () =>
      json(
        page([
          {
            monitorId: 'm-1',
            opd: 'DINKES',
            name: 'SIMPUS',
            target: 'https://simpus.denpasarkota.go.id/',
            period: 'x',
            sloPercent: 99.5,
            uptime: { probes: 1000, failures: 1, maintenanceProbes: 0, countedProbes: 1000, uptimePercent: 99.9 },
            sloMet: true,
            averageLatencyMillis: 40,
            months: [],
          },
        ]),
      ),
    ),
  );
  renderScreen(<UptimePage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('tab', { name: 'Laporan bulanan dan tahunan' }));
  const table = await screen.findByRole('table', { name: /Ketersediaan per layanan/ });
  const row = within(table).getByText('SIMPUS').closest('tr')!;
  expect(within(row).getByText('99,900%')).toBeInTheDocument();
  expect(within(row).getByText('Tercapai')).toBeInTheDocument();
  const report = calls.find((c) => c.url.pathname === '/api/v1/monitors/reports')!;
  expect(report.url.searchParams.get('year')).toBe(String(now.getFullYear()));
  expect(report.url.searchParams.get('month')).toBe(String(now.getMonth() + 1));
});

it('asks for the whole year without a month and downloads that report as PDF (D3)', async () => {
  const now = new Date();
  const createObjectURL = vi.fn(() => 'blob:pdf');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = mockFetch(
    on('GET', '/api/v1/monitors', () => json(page([monitor()]))),
    on('GET', '/api/v1/monitors/reports', () => json(page([]))),
    on('GET', '/api/v1/monitors/reports/report.pdf', () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })),
  );
  renderScreen(<UptimePage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('tab', { name: 'Laporan bulanan dan tahunan' }));
  await userEvent.click(await screen.findByRole('combobox', { name: 'Bulan' }));
  await userEvent.click(await screen.findByRole('option', { name: 'Setahun penuh', hidden: true }));
  await waitFor(() =>
    expect(calls.some((c) => c.url.pathname === '/api/v1/monitors/reports' && !c.url.searchParams.has('month'))).toBe(true),
  );
  await userEvent.click(screen.getByRole('button', { name: 'Unduh PDF' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalled());
  const pdf = calls.find((c) => c.url.pathname === '/api/v1/monitors/reports/report.pdf')!;
  expect(pdf.url.searchParams.get('year')).toBe(String(now.getFullYear()));
  expect(pdf.url.searchParams.has('month')).toBe(false);
  expect(pdf.headers.get('Authorization')).toMatch(/^Bearer /);
});

it('a pause refused with 412 (changed meanwhile) says so and reloads the list', async () => {
  let listed = 0;
  const calls = mockFetch(
    on('GET', '/api/v1/monitors', () => {
      listed++;
      return json(page([monitor({ version: listed === 1 ? 4 : 5, name: listed === 1 ? 'SIMPUS' : 'SIMPUS baru' })]));
    }),
    on('PUT', '/api/v1/monitors/m-1', () => problem(412, { detail: 'Versi data "4" sudah tidak berlaku; versi saat ini "5".' })),
  );
  renderScreen(<UptimePage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('button', { name: 'Jeda pemantauan SIMPUS' }));
  expect(await screen.findByText('Orang lain telah mengubah data ini')).toBeInTheDocument();
  expect(await screen.findByText('SIMPUS baru')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'PUT')!.headers.get('If-Match')).toBe('"4"');
});

it('plans maintenance with the row’s version as If-Match', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/monitors', () => json(page([monitor({ version: 7 })]))),
    on('POST', '/api/v1/monitors/m-1/maintenance-windows', () => json({ id: 'w-1' }, 201)),
  );
  renderScreen(<UptimePage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('button', { name: 'Jadwalkan pemeliharaan SIMPUS' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByLabelText(/Mulai/), '2030-01-01T10:00');
  await userEvent.type(within(dialog).getByLabelText(/Selesai/), '2030-01-01T12:00');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Pembaruan server');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.headers.get('If-Match')).toBe('"7"');
});
