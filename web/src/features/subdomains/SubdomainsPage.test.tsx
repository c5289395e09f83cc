import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import SubdomainsPage from './SubdomainsPage';
import type { Subdomain } from './SubdomainTable';

vi.setConfig({ testTimeout: 20_000 });

const requested: Subdomain = {
  fqdn: 'simpus.rejanglebongkab.go.id',
  label: 'simpus',
  generation: 1,
  purpose: 'APLIKASI',
  applicationId: '3f1c2a9e-0000-4000-8000-000000000001',
  ownerOpd: 'DINKES',
  status: 'REQUESTED',
  requestedBy: 'operator.dinkes',
  requestedAt: '2026-11-20T02:00:00Z',
  version: 2,
};
const allocated: Subdomain = { ...requested, fqdn: 'sigizi.rejanglebongkab.go.id', label: 'sigizi', status: 'ALLOCATED', version: 5 };
const page = (items: Subdomain[]) => json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

it('Dinas allocates a requested name, sending the version it saw', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/subdomains', () => page([requested, allocated])),
    on('POST', `/api/v1/subdomains/${requested.fqdn}/allocate`, () => json({ ...requested, status: 'ALLOCATED', version: 3 })),
  );
  renderScreen(<SubdomainsPage />, { route: '/subdomain', caller: CALLERS.dinas });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Alokasikan ${requested.fqdn}` }));
  expect(screen.getByRole('button', { name: `Tolak ${requested.fqdn}` })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: `Lepaskan ${allocated.fqdn}` })).toBeInTheDocument();
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Alokasikan' }));
  expect(await screen.findByText(`Subdomain ${requested.fqdn} kini berstatus Dialokasikan.`)).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"2"');
});

it('an operator releases its own allocated name but cannot allocate a request', async () => {
  mockFetch(on('GET', '/api/v1/subdomains', () => page([requested, allocated])));
  renderScreen(<SubdomainsPage />, { route: '/subdomain', caller: CALLERS.dinkes });
  expect(await screen.findByRole('button', { name: `Lepaskan ${allocated.fqdn}` })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: `Alokasikan ${requested.fqdn}` })).not.toBeInTheDocument();
});

it('filters by status through the URL and the API', async () => {
  const calls = mockFetch(on('GET', '/api/v1/subdomains', () => page([requested])));
  renderScreen(<SubdomainsPage />, { route: '/subdomain?status=REQUESTED', caller: CALLERS.dinas });
  await screen.findByRole('table', { name: 'Daftar subdomain' });
  expect(calls[0].url.searchParams.get('status')).toBe('REQUESTED');
});

it('checks availability while the user types', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/subdomains', () => page([])),
    on('GET', '/api/v1/subdomains/availability', (url) =>
      json({
        name: url.searchParams.get('label'),
        label: 'www',
        availability: 'RESERVED',
        available: false,
        reason: "Nama 'www' dicadangkan untuk layanan domain daerah.",
      }),
    ),
  );
  renderScreen(<SubdomainsPage />, { route: '/subdomain', caller: CALLERS.dinkes });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('textbox', { name: /Nama \(label\)/ }));
  await user.paste('www');
  await waitFor(() => expect(screen.getByTestId('availability')).toHaveTextContent('Dicadangkan'));
  expect(screen.getByTestId('availability')).toHaveTextContent("Nama 'www' dicadangkan");
  expect(calls.find((c) => c.url.pathname.endsWith('/availability'))!.url.searchParams.get('label')).toBe('www');
  expect(screen.getByRole('button', { name: 'Minta' })).toBeDisabled();
});

it('an auditor reads a name’s history with its chain verdict; an operator is not offered it', async () => {
  mockFetch(
    on('GET', '/api/v1/subdomains', () => page([allocated])),
    on('GET', `/api/v1/subdomains/${allocated.fqdn}/history`, () =>
      json({ intact: false, firstBrokenSequence: 2, entries: [] }),
    ),
  );
  const { unmount } = renderScreen(<SubdomainsPage />, { route: '/subdomain', caller: CALLERS.auditor });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Riwayat ${allocated.fqdn}` }));
  expect(await screen.findByTestId('chain-verdict')).toHaveTextContent('Rantai riwayat RUSAK mulai entri #2');
  expect(screen.queryByRole('button', { name: `Lepaskan ${allocated.fqdn}` })).not.toBeInTheDocument();
  unmount();
  renderScreen(<SubdomainsPage />, { route: '/subdomain', caller: CALLERS.dinkes });
  await screen.findByRole('button', { name: `Lepaskan ${allocated.fqdn}` });
  expect(screen.queryByRole('button', { name: `Riwayat ${allocated.fqdn}` })).not.toBeInTheDocument();
});
