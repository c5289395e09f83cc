import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { page } from '../testData';
import WanPage from './WanPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const sites = [
  { id: 's1', opd: 'DISKOMINFO', name: 'NOC Diskominfo', uplinks: [{ network: 'PROVINCIAL', provider: 'Telkom', bandwidthMbps: 1000 }], registeredBy: 'admin.dinas', registeredAt: '2026-01-01T00:00:00Z', version: 1 },
  { id: 's2', opd: 'DINKES', name: 'Kantor Dinkes', uplinks: [], registeredBy: 'admin.dinas', registeredAt: '2026-01-01T00:00:00Z', version: 1 },
];
const link = {
  id: 'w1',
  provider: 'Telkom',
  circuitId: 'DPS-0001',
  medium: 'FIBER',
  bandwidthDownMbps: 100,
  bandwidthUpMbps: 100,
  aEnd: { siteId: 's1', opd: 'DISKOMINFO' },
  bEnd: { siteId: 's2', opd: 'DINKES', interfaceName: 'ge-0/0/0' },
  sla: { availabilityPercent: 99.5 },
  status: 'ACTIVE',
  registeredBy: 'admin.dinas',
  registeredAt: '2026-01-01T00:00:00Z',
  version: 1,
};

it('shows the sites with their interconnections and the active WAN circuits (N1, N2)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
  );
  renderScreen(<WanPage />, { caller: CALLERS.dinas });
  const siteTable = await screen.findByRole('table', { name: 'Lokasi OPD' });
  expect(within(siteTable).getByText('Jaringan provinsi · Telkom · 1000 Mbps')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('tab', { name: 'Sirkuit WAN' }));
  const linkTable = await screen.findByRole('table', { name: 'Sirkuit WAN' });
  expect(within(linkTable).getByText('NOC Diskominfo → Kantor Dinkes · ge-0/0/0')).toBeInTheDocument();
  expect(within(linkTable).getByText('Serat optik')).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname === '/api/v1/wan-links')!.url.searchParams.get('status')).toBe('ACTIVE');
});

it('shows a problem banner when the WAN diagram cannot be drawn', async () => {
  mockFetch(
    on('GET', '/api/v1/sites', () => json(page([]))),
    on('GET', '/api/v1/wan-links', () => json(page([]))),
    on('GET', '/api/v1/topology/wan', () => problem(503)),
  );
  renderScreen(<WanPage />, { caller: CALLERS.auditor });
  expect(await screen.findByText('Belum ada lokasi.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('tab', { name: 'Topologi WAN' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Layanan sedang tidak tersedia');
});
