import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, on, problem, renderScreen } from '../../test/render';
import PublicApplicationPage from './PublicApplicationPage';
import PublicCataloguePage from './PublicCataloguePage';

vi.setConfig({ testTimeout: 20_000 });

const SIMPUS = {
  id: 'app-1',
  name: 'SIMPUS',
  description: 'Sistem informasi puskesmas',
  ownerOpd: 'DINKES',
  ownerOpdName: 'Dinas Kesehatan',
  applicationClass: 'KHUSUS_PD',
  serviceType: 'INTERAKSI',
  functionDomains: [{ code: 'SEKTOR_KESEHATAN', label: 'Sektor kesehatan' }],
  url: 'https://simpus.example.go.id',
  licence: { kind: 'OPEN_SOURCE', spdxId: 'EUPL-1.2' },
  sourceRepositoryUrl: 'javascript:alert(1)',
};

describe('public catalogue', () => {
  it('lists active applications for an anonymous visitor, sends no token, and filters by function domain', async () => {
    const calls = mockFetch(
      on('GET', '/api/v1/public/applications', () => json({ items: [SIMPUS], page: 0, size: 12, totalItems: 1, totalPages: 1 })),
    );
    renderScreen(<PublicCataloguePage />, { route: '/katalog' });

    const results = await screen.findByRole('region', { name: 'Hasil pencarian katalog' });
    expect(await within(results).findByRole('link', { name: 'SIMPUS' })).toHaveAttribute('href', '/katalog/app-1');
    expect(within(results).getByText('Pemilik: Dinas Kesehatan')).toBeInTheDocument();
    expect(calls[0].headers.get('Authorization')).toBeNull();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Bidang layanan' }), 'SEKTOR_KESEHATAN');
    await vi.waitFor(() => expect(calls.at(-1)!.url.searchParams.get('functionDomain')).toBe('SEKTOR_KESEHATAN'));
    expect(calls.every((c) => c.headers.get('Authorization') === null)).toBe(true);
  });

  it('shows one application, linking only to http(s) addresses', async () => {
    mockFetch(on('GET', '/api/v1/public/applications/app-1', () => json(SIMPUS)));
    renderScreen(<PublicApplicationPage />, { route: '/katalog/app-1', path: '/katalog/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'SIMPUS' })).toBeInTheDocument();
    expect(screen.getByText('Sumber terbuka (EUPL-1.2)')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /simpus\.example\.go\.id|Buka aplikasi/ })[0]).toHaveAttribute('href', 'https://simpus.example.go.id');
    expect(screen.queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();
  });

  it('says an application that is not in operation is not in the catalogue (404)', async () => {
    mockFetch(on('GET', '/api/v1/public/applications/draft-1', () => problem(404)));
    renderScreen(<PublicApplicationPage />, { route: '/katalog/draft-1', path: '/katalog/:id' });
    expect(await screen.findByRole('alert')).toHaveTextContent('tidak ada di katalog publik');
  });
});
