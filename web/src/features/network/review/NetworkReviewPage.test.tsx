import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import NetworkReviewPage, { reviewYears } from './NetworkReviewPage';

vi.setConfig({ testTimeout: 60_000 });

const year = new Date().getFullYear();
const zeroSeverity = { LOW: 0, MEDIUM: 0, HIGH: 1, CRITICAL: 0 };
const section = {
  code: 'DINKES',
  name: 'Dinas Kesehatan',
  mandiriTik: false,
  sites: 2,
  upstreamInterconnections: 1,
  activeWanLinks: 1,
  wanBandwidthMbps: 250,
  lanRevision: 9,
  devices: 3,
  devicesByKind: { ROUTER: 1, FIREWALL: 1, SWITCH: 1, ACCESS_POINT: 0, SERVER: 0, SPECIAL: 0 },
  securityDevices: 1,
  endOfLifePast: 1,
  endOfLifeWithin12Months: 1,
  byodAcknowledged: false,
  diagram: { outcome: 'LATE', status: 'SUBMITTED', dueDate: `${year}-03-31`, submittedAt: `${year}-04-02T03:00:00Z` },
  changes: { reports: 2, acknowledged: 1, awaitingAcknowledgement: 1, uncoveredChanges: 3 },
  inspections: { inspections: 1, findings: 1, openFindings: 1, overdueFindings: 1, findingsBySeverity: zeroSeverity },
};
function usage(y: number, overrides: object = {}) {
  return {
    year: y,
    opd: null,
    asOf: `${y}-12-31`,
    complete: y < year,
    region: 'Kabupaten Rejang Lebong',
    addressee: 'Tim Koordinasi SPBE',
    lanDiagramYearly: true,
    totals: {
      opds: 1,
      sites: 2,
      upstreamInterconnections: 1,
      activeWanLinks: 1,
      wanBandwidthMbps: 250,
      wanLinksRegistered: 1,
      wanLinksDecommissioned: 0,
      devices: 3,
      securityDevices: 1,
      endOfLifePast: 1,
      endOfLifeWithin12Months: 1,
      byodAcknowledged: 0,
      diagrams: { tasks: 1, onTime: 0, late: 1, missing: 0, pending: 0, accepted: 0 },
      changes: section.changes,
      inspections: section.inspections,
    },
    bandwidthByMedium: [{ key: 'RADIO', links: 1, bandwidthMbps: 250 }],
    bandwidthByProvider: [{ key: 'Telkom', links: 1, bandwidthMbps: 250 }],
    opds: [section],
    ...overrides,
  };
}

it('offers this year and the nine before it', () => {
  expect(reviewYears(new Date('2026-11-30T00:00:00'))).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
});

it('shows the yearly figures per section and asks for another year when picked (N8)', async () => {
  const calls = mockFetch(on('GET', /\/api\/v1\/network-reviews\/\d+$/, (url) => json(usage(Number(url.pathname.split('/').pop())))));
  renderScreen(<NetworkReviewPage />, { caller: CALLERS.dinas });
  expect(await screen.findByRole('heading', { level: 1, name: 'Rewiu Tahunan Jaringan Intra' })).toBeInTheDocument();
  expect(await screen.findByText('Laporan ditujukan kepada Tim Koordinasi SPBE.', { exact: false })).toBeInTheDocument();
  const media = screen.getByRole('table', { name: 'Sirkuit WAN aktif per media' });
  expect(within(media).getByText('Radio')).toBeInTheDocument();
  expect(within(media).getAllByText('250 Mbps')).toHaveLength(1);
  const lan = screen.getByRole('table', { name: 'Perangkat LAN per OPD menurut jenis dan masa pakai' });
  expect(within(lan).getByText('Dinas Kesehatan (DINKES)')).toBeInTheDocument();
  const diagrams = screen.getByRole('table', { name: 'Diagram LAN tahunan per OPD' });
  expect(within(diagrams).getByText('Terlambat')).toBeInTheDocument();
  expect(screen.getByText(/Perubahan inventaris tanpa laporan: 3\./)).toBeInTheDocument();
  expect(screen.getByText(/lewat batas waktu: 1; tinggi: 1/)).toBeInTheDocument();
  expect(calls[0].url.pathname).toBe(`/api/v1/network-reviews/${year}`);

  await userEvent.selectOptions(screen.getByLabelText('Tahun'), String(year - 1));
  await waitFor(() => expect(calls.some((c) => c.url.pathname === `/api/v1/network-reviews/${year - 1}`)).toBe(true));
  expect(await screen.findByText(/\(akhir tahun\)/)).toBeInTheDocument();
});

it('downloads the PDF of the chosen year', async () => {
  const createObjectURL = vi.fn(() => 'blob:review');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    on('GET', /\/api\/v1\/network-reviews\/\d+$/, (url) => json(usage(Number(url.pathname.split('/').pop())))),
    on('GET', /\/report\.pdf$/, () => new Response(new Blob(['%PDF-1.7']), { status: 200, headers: { 'Content-Type': 'application/pdf' } })),
  );
  renderScreen(<NetworkReviewPage />, { caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('button', { name: 'Unduh laporan PDF' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname === `/api/v1/network-reviews/${year}/report.pdf`)).toBe(true));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
});

it('says when the region requires no yearly diagram and shows a problem for a refused review', async () => {
  mockFetch(on('GET', /\/api\/v1\/network-reviews\/\d+$/, () => json(usage(year, { lanDiagramYearly: false, opds: [], bandwidthByMedium: [], bandwidthByProvider: [] }))));
  renderScreen(<NetworkReviewPage />, { caller: CALLERS.dinas });
  expect(await screen.findByText('Peraturan daerah ini tidak mewajibkan penyerahan diagram LAN tahunan.')).toBeInTheDocument();
  expect(screen.getByText('Tidak ada sirkuit WAN aktif.')).toBeInTheDocument();
});

it('shows the problem when the server refuses the caller', async () => {
  mockFetch(on('GET', /\/api\/v1\/network-reviews\/\d+$/, () => problem(403)));
  renderScreen(<NetworkReviewPage />, { caller: CALLERS.auditor });
  expect(await screen.findByRole('alert')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Unduh laporan PDF' })).toBeDisabled();
});
