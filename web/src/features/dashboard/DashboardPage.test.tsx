import { screen, within } from '@testing-library/react';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import DashboardPage from './DashboardPage';

// Forms driven through user events on a shared 2-core machine can pass 5 s; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 20_000 });

function page(items: unknown[], totalItems = items.length) {
  return { items, page: 0, size: 20, totalItems, totalPages: Math.max(1, Math.ceil(totalItems / 20)) };
}

function app(overrides: Record<string, unknown>) {
  return {
    id: 'app-1',
    name: 'SIMPUS',
    ownerOpd: 'DINKES',
    applicationClass: 'KHUSUS_PD',
    userOpds: [],
    functionDomains: ['SEKTOR_KESEHATAN'],
    serviceType: 'INTERAKSI',
    licence: { kind: 'OPEN_SOURCE' },
    status: 'DRAFT',
    categories: [],
    conformanceReviews: [],
    contacts: [],
    documents: [],
    features: [],
    platforms: [],
    techStack: [],
    testResults: [],
    registeredAt: '2026-11-01T00:00:00Z',
    registeredBy: 'operator.dinkes',
    version: 1,
    ...overrides,
  };
}

const COUNTS: Record<string, number> = { DRAFT: 4, SUBMITTED: 2, RECOMMENDED: 1, REJECTED: 0, DEPOSITED: 3, ACTIVE: 12, DECOMMISSIONED: 1 };

describe('Dinas dashboard', () => {
  it('shows counts per status, submissions to recommend, subdomains to allocate and past-due audits', async () => {
    const year = new Date().getFullYear();
    const calls = mockFetch(
      on('GET', '/api/v1/applications', (url) => {
        const status = url.searchParams.get('status')!;
        if (url.searchParams.get('size') === '1') return json(page([], COUNTS[status]));
        expect(status).toBe('SUBMITTED');
        expect(url.searchParams.get('sort')).toBe('updatedAt,asc');
        return json(page([app({ id: 'sub-1', name: 'e-Perizinan', ownerOpd: 'DPMPTSP', status: 'SUBMITTED', submission: { by: 'operator', at: new Date(Date.now() - 3 * 86_400_000 - 3_600_000).toISOString() } })], 2));
      }),
      on('GET', '/api/v1/subdomains', () =>
        json(page([{ fqdn: 'izin.example.go.id', label: 'izin', generation: 1, purpose: 'APLIKASI', ownerOpd: 'DPMPTSP', status: 'REQUESTED', version: 0 }])),
      ),
      on('GET', '/api/v1/audit-plan', () =>
        json(
          page([
            { id: 'p1', applicationId: 'a9', applicationName: 'SIPKD', opd: 'BPKAD', applicationClass: 'UMUM', kind: 'APLIKASI', obligation: 'AU5', basisDate: `${year - 1}-01-01`, dueDate: `${year}-01-01`, plannedAt: `${year - 1}-01-02T00:00:00Z` },
            { id: 'p2', applicationId: 'a8', applicationName: 'Masa Depan', opd: 'BPKAD', applicationClass: 'UMUM', kind: 'KEAMANAN', obligation: 'AU6', basisDate: `${year}-01-01`, dueDate: `${year + 1}-12-31`, plannedAt: `${year}-01-02T00:00:00Z` },
          ]),
        ),
      ),
    );
    renderScreen(<DashboardPage />, { caller: CALLERS.dinas });

    const counts = await screen.findByTestId('status-counts');
    const activeRow = (await within(counts).findByRole('link', { name: 'Aktif' })).closest('tr')!;
    expect(within(activeRow).getByText('12')).toBeInTheDocument();
    expect(within(counts).getByRole('link', { name: 'Diajukan' })).toHaveAttribute('href', '/aplikasi?status=SUBMITTED');

    const pending = screen.getByTestId('pending-recommendations');
    expect(await within(pending).findByRole('link', { name: 'e-Perizinan' })).toHaveAttribute('href', '/aplikasi/sub-1');
    expect(within(pending).getByText('3 hari')).toBeInTheDocument();
    expect(within(pending).getByRole('link', { name: 'Lihat semua (2)' })).toHaveAttribute('href', '/aplikasi?status=SUBMITTED');

    const tasks = screen.getByTestId('tasks');
    expect(await within(tasks).findByRole('link', { name: 'Beri rekomendasi: e-Perizinan (DPMPTSP)' })).toBeInTheDocument();
    expect(within(tasks).getByRole('link', { name: 'Alokasikan subdomain izin.example.go.id (DPMPTSP)' })).toBeInTheDocument();

    const overdue = screen.getByTestId('overdue');
    expect(await within(overdue).findByRole('link', { name: 'SIPKD' })).toBeInTheDocument();
    expect(within(overdue).queryByText('Masa Depan')).not.toBeInTheDocument();
    expect(within(overdue).getByText('1 audit lewat jatuh tempo')).toBeInTheDocument();

    expect(screen.queryByTestId('my-applications')).not.toBeInTheDocument();
    const plan = calls.find((c) => c.url.pathname === '/api/v1/audit-plan')!;
    expect(plan.url.searchParams.get('year')).toBe(String(year));
  });
});

describe('OPD operator dashboard', () => {
  it('lists its applications with what each still needs, and its tasks including integrations awaiting its answer', async () => {
    const calls = mockFetch(
      on('GET', '/api/v1/applications', (url) => {
        if (url.searchParams.get('size') === '1') return json(page([], COUNTS[url.searchParams.get('status')!]));
        return json(
          page([
            app({ id: 'd1', name: 'SIMPUS', status: 'DRAFT', serviceType: null, licence: null }),
            app({ id: 'r1', name: 'E-Gizi', status: 'REJECTED', rejection: { by: 'admin.dinas', at: '2026-11-02T00:00:00Z', note: 'Lengkapi uraian' } }),
            app({ id: 'm1', name: 'Rujukan', status: 'RECOMMENDED' }),
            app({ id: 'x1', name: 'Lama', status: 'ACTIVE' }),
          ]),
        );
      }),
      on('GET', /^\/api\/v1\/applications\/[^/]+\/integrations$/, (url) => {
        const id = url.pathname.split('/')[4];
        if (id !== 'x1') return json({ application: { id, name: id, ownerOpd: 'DINKES' }, provides: [], consumes: [] });
        return json({
          application: { id: 'x1', name: 'Lama', ownerOpd: 'DINKES' },
          provides: [
            { integrationId: 'i1', otherApplication: { id: 'o1', name: 'Dukcapil Connector', ownerOpd: 'DISDUKCAPIL' }, kind: 'API', purpose: 'NIK', status: 'PROPOSED', awaitingOpd: 'DINKES', recordedAt: '2026-11-03T00:00:00Z' },
            { integrationId: 'i2', otherApplication: { id: 'o2', name: 'Menunggu Lain', ownerOpd: 'DISDIK' }, kind: 'API', purpose: 'x', status: 'PROPOSED', awaitingOpd: 'DISDIK', recordedAt: '2026-11-03T00:00:00Z' },
          ],
          consumes: [],
        });
      }),
    );
    renderScreen(<DashboardPage />, { caller: CALLERS.dinkes });

    const mine = await screen.findByTestId('my-applications');
    const draftRow = (await within(mine).findByRole('link', { name: 'SIMPUS' })).closest('tr')!;
    expect(within(draftRow).getByText('Isi jenis layanan (A11) sebelum diajukan')).toBeInTheDocument();
    expect(within(draftRow).getByText('Isi jenis lisensi (A4) sebelum diajukan')).toBeInTheDocument();
    expect(within(draftRow).queryByText('Siap diajukan ke Dinas')).not.toBeInTheDocument();
    const rejectedRow = within(mine).getByRole('link', { name: 'E-Gizi' }).closest('tr')!;
    expect(within(rejectedRow).getByText('Alasan: Lengkapi uraian')).toBeInTheDocument();
    expect(within(rejectedRow).getByText('Siap diajukan ke Dinas')).toBeInTheDocument();
    const recommendedRow = within(mine).getByRole('link', { name: 'Rujukan' }).closest('tr')!;
    expect(within(recommendedRow).getByText('Serahkan aplikasi dan dokumen wajib ke Dinas (A8)')).toBeInTheDocument();

    const tasks = screen.getByTestId('tasks');
    expect(within(tasks).getByRole('link', { name: 'Lengkapi dan ajukan: SIMPUS' })).toHaveAttribute('href', '/aplikasi/d1');
    expect(within(tasks).getByRole('link', { name: 'Perbaiki dan ajukan lagi: E-Gizi' })).toBeInTheDocument();
    expect(within(tasks).getByRole('link', { name: 'Serahkan ke Dinas: Rujukan' })).toBeInTheDocument();
    expect(await within(tasks).findByRole('link', { name: 'Jawab usulan integrasi Dukcapil Connector ↔ Lama' })).toHaveAttribute('href', '/aplikasi/x1');
    expect(within(tasks).queryByText(/Menunggu Lain/)).not.toBeInTheDocument();

    // Dinas's widgets are not the operator's: no recommendation queue, no region-wide audit plan.
    expect(screen.queryByTestId('pending-recommendations')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/v1/audit-plan' || c.url.pathname === '/api/v1/subdomains')).toBe(false);
  });
});

describe('auditor dashboard', () => {
  it('lists audits due soon and marks the past-due ones in words', async () => {
    const year = new Date().getFullYear();
    mockFetch(
      on('GET', '/api/v1/audit-plan', () =>
        json(page([{ id: 'p1', applicationId: 'a9', applicationName: 'SIPKD', opd: 'BPKAD', applicationClass: 'UMUM', kind: 'APLIKASI', obligation: 'AU5', basisDate: `${year - 1}-01-01`, dueDate: `${year - 1}-06-01`, plannedAt: `${year - 1}-01-02T00:00:00Z` }])),
      ),
    );
    renderScreen(<DashboardPage />, { caller: CALLERS.auditor });
    const tasks = await screen.findByTestId('tasks');
    const link = await within(tasks).findByRole('link', { name: /Audit Aplikasi SIPKD \(BPKAD\)/ });
    expect(link.closest('li')).toHaveTextContent('Lewat jatuh tempo');
  });
});
