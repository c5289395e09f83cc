import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import { page } from '../testData';
import LanOverviewPage from './LanOverviewPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const summary = {
  opd: 'DINKES',
  opdName: 'Dinas Kesehatan',
  steward: 'DINAS',
  devices: 6,
  securityDevices: 1,
  internetFacingDevices: 1,
  cables: 5,
  prefixes: 3,
  byodAcknowledged: true,
  revision: 14,
};

it('lists every OPD LAN for Dinas with who runs it, and downloads the devices CSV with the token', async () => {
  const createObjectURL = vi.fn(() => 'blob:csv');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = mockFetch(
    on('GET', '/api/v1/lans', () => json(page([summary]))),
    on('GET', '/api/v1/lan-devices/export.csv', () => new Response('opd;name\n', { headers: { 'Content-Type': 'text/csv' } })),
  );
  renderScreen(<LanOverviewPage />, { route: '/jaringan/lan', caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Ringkasan LAN per OPD' });
  const row = within(table).getByRole('link', { name: 'Dinas Kesehatan' }).closest('tr')!;
  expect(within(row).getByText('Dinas Kominfo')).toBeInTheDocument();
  expect(within(row).getByText('Diakui')).toBeInTheDocument();
  expect(within(table).getByRole('link', { name: 'Dinas Kesehatan' })).toHaveAttribute('href', '/jaringan/lan/DINKES');

  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV perangkat' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalled());
  expect(createObjectURL).toHaveBeenCalled();
  const csv = calls.find((c) => c.url.pathname === '/api/v1/lan-devices/export.csv')!;
  expect(csv.headers.get('Authorization')).toMatch(/^Bearer /);
});

it("sends an OPD operator straight to its own OPD's LAN", async () => {
  mockFetch();
  const { router } = renderScreen(<LanOverviewPage />, {
    route: '/jaringan/lan',
    path: '/jaringan/lan',
    caller: CALLERS.disdik,
    extraRoutes: [{ path: '/jaringan/lan/:opd', element: <p>LAN sendiri</p> }],
  });
  expect(await screen.findByText('LAN sendiri')).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/jaringan/lan/DISDIK');
});
