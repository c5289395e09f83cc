import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import ApplicationDetailPage from '../ApplicationDetailPage';
import { anApplication } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const APP = anApplication({ status: 'ACTIVE' });
const BASE = `/api/v1/applications/${APP.id}`;
const proposal = {
  integrationId: 'i-1',
  otherApplication: { id: 'b0000000-0000-4000-8000-000000000002', name: 'SIDIK', ownerOpd: 'DISDIK' },
  kind: 'API',
  purpose: 'Data siswa untuk imunisasi',
  status: 'PROPOSED',
  awaitingOpd: 'DINKES',
  recordedAt: '2026-11-20T02:00:00Z',
};
const active = { ...proposal, integrationId: 'i-2', status: 'ACTIVE', awaitingOpd: undefined, otherApplication: { ...proposal.otherApplication, name: 'SIKEU' } };

function show(caller: { username: string; opd?: string; roles: readonly string[] }) {
  return renderScreen(<ApplicationDetailPage />, { route: `/aplikasi/${APP.id}?tab=integrasi`, path: '/aplikasi/:id', caller });
}

it('the awaited OPD accepts a proposal; the relation list shows both directions', async () => {
  const calls = mockFetch(
    on('GET', BASE, () => json(APP)),
    on('GET', `${BASE}/integrations`, () =>
      json({ application: { id: APP.id, name: APP.name, ownerOpd: 'DINKES' }, provides: [proposal], consumes: [active] }),
    ),
    on('POST', '/api/v1/integrations/i-1/accept', () => json({})),
  );
  show(CALLERS.dinkes);
  const user = userEvent.setup();
  const provides = await screen.findByRole('table', { name: 'Integrasi: aplikasi lain memakai aplikasi ini' });
  expect(within(provides).getByText('Menunggu jawaban DINKES')).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Integrasi: aplikasi ini memakai aplikasi lain' })).toHaveTextContent('SIKEU');
  expect(screen.getByRole('button', { name: 'Akhiri integrasi dengan SIKEU' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Terima integrasi dengan SIDIK' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Terima' }));
  expect(await screen.findByText('Integrasi diperbarui.')).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/v1/integrations/i-1/accept')).toBe(true);
});

it('an auditor sees the relations but no step and no proposal form', async () => {
  mockFetch(
    on('GET', BASE, () => json(APP)),
    on('GET', `${BASE}/integrations`, () =>
      json({ application: { id: APP.id, name: APP.name, ownerOpd: 'DINKES' }, provides: [proposal], consumes: [active] }),
    ),
  );
  show(CALLERS.auditor);
  await screen.findByRole('table', { name: 'Integrasi: aplikasi lain memakai aplikasi ini' });
  expect(screen.queryByRole('button', { name: /Terima integrasi/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Akhiri integrasi/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Usulkan integrasi' })).not.toBeInTheDocument();
});

it('proposes an integration with an application found by name, this application on the chosen side', async () => {
  const other = 'b0000000-0000-4000-8000-000000000002';
  const calls = mockFetch(
    on('GET', BASE, () => json(APP)),
    on('GET', `${BASE}/integrations`, () =>
      json({ application: { id: APP.id, name: APP.name, ownerOpd: 'DINKES' }, provides: [], consumes: [] }),
    ),
    on('GET', '/api/v1/applications', () => json({ items: [APP], page: 0, size: 10, totalItems: 1, totalPages: 1 })),
    on('GET', '/api/v1/public/applications', (url) =>
      json({
        items: [{ id: other, name: 'SIDIK', ownerOpd: 'DISDIK', applicationClass: 'KHUSUS', functionDomains: [] }],
        page: 0,
        size: 10,
        totalItems: url.searchParams.get('q') === 'sidik' ? 1 : 0,
        totalPages: 1,
      }),
    ),
    on('POST', '/api/v1/integrations', () => json({ status: 'PROPOSED' }, 201)),
  );
  show(CALLERS.dinkes);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('combobox', { name: /Arah/ }));
  await user.click(await screen.findByRole('option', { name: 'Aplikasi ini menggunakan aplikasi lain', hidden: true }));
  await user.click(screen.getByRole('combobox', { name: /Aplikasi lain/ }));
  await user.paste('sidik');
  const sidik = await screen.findByRole('option', { name: 'SIDIK — DISDIK', hidden: true });
  // The application itself (found by the first search) is never offered as its own partner.
  expect(screen.queryByRole('option', { name: 'SIMPUS — DINKES', hidden: true })).not.toBeInTheDocument();
  await user.click(sidik);
  await user.click(screen.getByRole('textbox', { name: /Tujuan/ }));
  await user.paste('Cek data siswa');
  await user.click(screen.getByRole('button', { name: 'Usulkan' }));
  expect(await screen.findByText('Integrasi tercatat dengan status Diusulkan.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    providerApplicationId: other,
    consumerApplicationId: APP.id,
    kind: 'API',
    purpose: 'Cek data siswa',
  });
});
