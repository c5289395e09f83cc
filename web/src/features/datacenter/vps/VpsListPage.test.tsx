import { screen, within } from '@testing-library/react';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import VpsListPage from './VpsListPage';
import { page, vps } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const opds = on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }])));

it('lists VPS requests with status in words, newest change first, and the request button for an operator (D4)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/vps-requests', () =>
      json(page([vps(), vps({ id: 'vps-2', applicationName: 'SIKDA', status: 'REJECTED' }), vps({ id: 'vps-3', status: 'ACTIVE', expiresOn: '2020-01-01', applicationName: 'EPUSKESMAS' })])),
    ),
  );
  renderScreen(<VpsListPage />, { caller: CALLERS.dinkes });

  const table = await screen.findByRole('table', { name: 'Daftar permohonan VPS' });
  const rejected = within(table).getByRole('link', { name: 'SIKDA' }).closest('tr')!;
  expect(within(rejected).getByText('Ditolak')).toBeInTheDocument();
  const expired = within(table).getByRole('link', { name: 'EPUSKESMAS' }).closest('tr')!;
  expect(within(expired).getByText('Sudah berakhir')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Ajukan VPS' })).toHaveAttribute('href', '/pusat-data/vps/baru');
  // An operator cannot choose another OPD: the server scopes the list to its own.
  expect(screen.queryByRole('textbox', { name: 'OPD' })).not.toBeInTheDocument();
  expect(calls[0].url.searchParams.get('sort')).toBe('updatedAt,desc');
  expect(calls[0].url.searchParams.get('opd')).toBeNull();
});

it('sends the status and OPD filters from the URL and offers no request button to an auditor', async () => {
  const calls = mockFetch(opds, on('GET', '/api/v1/vps-requests', () => json(page([]))));
  renderScreen(<VpsListPage />, { caller: CALLERS.auditor, route: '/?status=ACTIVE&opd=DINKES' });

  expect(await screen.findByText('Tidak ada permohonan VPS dengan saringan ini.')).toBeInTheDocument();
  const list = calls.find((c) => c.url.pathname === '/api/v1/vps-requests')!;
  expect(list.url.searchParams.get('status')).toBe('ACTIVE');
  expect(list.url.searchParams.get('opd')).toBe('DINKES');
  expect(screen.queryByRole('link', { name: 'Ajukan VPS' })).not.toBeInTheDocument();
});

it('shows a problem banner when the list cannot be read', async () => {
  mockFetch(opds, on('GET', '/api/v1/vps-requests', () => problem(503, { detail: 'MongoDB tidak tersedia' })));
  renderScreen(<VpsListPage />, { caller: CALLERS.dinas });
  expect(await screen.findByRole('alert')).toHaveTextContent('Layanan sedang tidak tersedia');
});
