import { screen, within } from '@testing-library/react';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import { anApplication } from '../applications/detail/fixtures';
import PassportPage from './PassportPage';
import { planYears } from './sections';

vi.setConfig({ testTimeout: 20_000 });

const APP = anApplication({ status: 'ACTIVE' });
const BASE = `/api/v1/applications/${APP.id}`;
const planItem = (id: string, applicationId: string, kind: string, dueDate: string) => ({
  id,
  applicationId,
  applicationName: 'x',
  opd: 'DINKES',
  applicationClass: 'KHUSUS',
  kind,
  obligation: kind === 'KEAMANAN' ? 'AU6' : 'AU5',
  basisDate: '2026-11-01',
  dueDate,
  plannedAt: '2026-11-01T02:00:00Z',
});

it('shows one application’s facts, documents, subdomains, integrations and its own audit plan, with placeholders for later services', async () => {
  const [thisYear] = planYears();
  const calls = mockFetch(
    on('GET', BASE, () => json(APP)),
    on('GET', `${BASE}/documents`, () =>
      json({ applicationId: APP.id, requiredKinds: [], missingRequiredKinds: [], complete: true, kinds: [] }),
    ),
    on('GET', '/api/v1/subdomains', () =>
      json({
        items: [{ fqdn: 'simpus.rejanglebongkab.go.id', label: 'simpus', generation: 1, purpose: 'APLIKASI', applicationId: APP.id, ownerOpd: 'DINKES', status: 'ALLOCATED', version: 1 }],
        page: 0,
        size: 200,
        totalItems: 1,
        totalPages: 1,
      }),
    ),
    on('GET', `${BASE}/integrations`, () =>
      json({ application: { id: APP.id, name: 'SIMPUS', ownerOpd: 'DINKES' }, provides: [], consumes: [] }),
    ),
    on('GET', '/api/v1/audit-plan', (url) =>
      json({
        items:
          url.searchParams.get('year') === String(thisYear + 2)
            ? [planItem('p1', APP.id, 'KEAMANAN', `${thisYear + 2}-11-01`), planItem('p2', 'another-app', 'APLIKASI', `${thisYear + 2}-10-01`)]
            : [],
        page: 0,
        size: 200,
        totalItems: 0,
        totalPages: 0,
      }),
    ),
  );
  renderScreen(<PassportPage />, { route: `/aplikasi/${APP.id}/paspor`, path: '/aplikasi/:id/paspor', caller: CALLERS.dinkes });
  expect(await screen.findByRole('heading', { level: 1, name: 'Paspor aplikasi: SIMPUS' })).toBeInTheDocument();
  expect(await screen.findByText('simpus.rejanglebongkab.go.id')).toBeInTheDocument();
  const plan = await screen.findByRole('table', { name: 'Audit yang direncanakan untuk aplikasi ini' });
  expect(within(plan).getAllByRole('row')).toHaveLength(2); // header + this application's one item
  expect(within(plan).getByText('Keamanan')).toBeInTheDocument();
  const auditCalls = calls.filter((c) => c.url.pathname === '/api/v1/audit-plan');
  expect(auditCalls.map((c) => c.url.searchParams.get('opd'))).toEqual(['DINKES', 'DINKES', 'DINKES']);
  for (const section of ['Pusat data dan hosting', 'Jaringan intra pemerintah', 'Layanan TIK (service desk)', 'Hasil audit', 'Evaluasi SPBE']) {
    expect(screen.getByRole('heading', { level: 2, name: section })).toBeInTheDocument();
  }
  expect(screen.getAllByTestId('placeholder')).toHaveLength(5);
});
