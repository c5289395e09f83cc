import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import ApplicationDetailPage from '../ApplicationDetailPage';
import { anApplication } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const APP = anApplication({ status: 'RECOMMENDED' });

it('lists the application’s names and requests one for it once the name is available', async () => {
  const calls = mockFetch(
    on('GET', `/api/v1/applications/${APP.id}`, () => json(APP)),
    on('GET', '/api/v1/subdomains', () => json({ items: [], page: 0, size: 200, totalItems: 0, totalPages: 0 })),
    on('GET', '/api/v1/subdomains/availability', (url) =>
      json({
        name: url.searchParams.get('label'),
        label: 'simpus',
        fqdn: 'simpus.rejanglebongkab.go.id',
        availability: 'AVAILABLE',
        available: true,
      }),
    ),
    on('POST', '/api/v1/subdomains', () =>
      json(
        { fqdn: 'simpus.rejanglebongkab.go.id', label: 'simpus', generation: 1, purpose: 'APLIKASI', applicationId: APP.id, ownerOpd: 'DINKES', status: 'REQUESTED', version: 0 },
        201,
      ),
    ),
  );
  renderScreen(<ApplicationDetailPage />, { route: `/aplikasi/${APP.id}?tab=subdomain`, path: '/aplikasi/:id', caller: CALLERS.dinkes });
  const user = userEvent.setup();
  expect(await screen.findByText('Belum ada subdomain.')).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname === '/api/v1/subdomains')!.url.searchParams.get('applicationId')).toBe(APP.id);
  await user.click(screen.getByRole('textbox', { name: /Nama \(label\)/ }));
  await user.paste('simpus');
  await waitFor(() => expect(screen.getByTestId('availability')).toHaveTextContent('Tersedia: simpus.rejanglebongkab.go.id'));
  await user.click(screen.getByRole('button', { name: 'Minta' }));
  expect(await screen.findByText('simpus.rejanglebongkab.go.id tercatat dengan status Diminta.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ label: 'simpus', purpose: 'APLIKASI', applicationId: APP.id });
});
