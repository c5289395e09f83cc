import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { page } from '../testData';
import LanChangeDetailPage from './LanChangeDetailPage';
import LanChangeReportPage from './LanChangeReportPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const TICKET = '3f2c9a1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f';
const approved = { id: TICKET, known: true, opd: 'DISDIK', stage: 'DEVELOPMENT', approvedAt: '2026-03-01T02:00:00Z', approvedBy: 'kepala.dinas' };

function report(changeTicket: object | null) {
  return {
    id: 'r1',
    opd: 'DISDIK',
    what: 'Access point perpustakaan dipasang',
    why: 'Wi-Fi perpustakaan',
    performedOn: '2026-03-02',
    changeTicket,
    steward: 'OPD',
    status: 'REPORTED',
    reportedBy: 'operator.disdik',
    reportedAt: '2026-03-02T05:00:00Z',
    diff: { fromRevision: 4, toRevision: 5, added: 1, removed: 0, changed: 0, entries: [] },
    version: 0,
  };
}

const summary = {
  id: TICKET,
  opd: 'DISDIK',
  title: 'Pasang access point perpustakaan',
  stage: 'DEVELOPMENT',
  category: 'JARINGAN',
  affectedSite: 'Perpustakaan',
  openedAt: '2026-02-27T02:00:00Z',
  openedBy: 'operator.disdik',
  approved: true,
  approvedAt: '2026-03-01T02:00:00Z',
  approvedBy: 'kepala.dinas',
};

it('N7/S6: the reporter searches the OPD\'s approved changes, picks one, and it is sent as changeTicketId', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lan-changes/uncovered', () => json(page([]))),
    on('GET', '/api/v1/lan-changes/change-tickets', (url) => json(page(url.searchParams.get('q') === 'perpus' ? [summary] : []))),
    on('GET', `/api/v1/lan-changes/change-tickets/${TICKET}`, () => json(approved)),
    on('GET', `/api/v1/changes/${TICKET}`, () => json({ id: TICKET, title: 'Pasang access point perpustakaan' })),
    on('POST', '/api/v1/lan-changes', () => json(report(approved), 201)),
    on('GET', '/api/v1/lan-changes/r1', () => json(report(approved))),
    on('GET', '/api/v1/lan-changes/r1/history', () => json({ intact: true, entries: [] })),
  );
  const user = userEvent.setup();
  renderScreen(<LanChangeReportPage />, { caller: CALLERS.disdik, route: '/jaringan/perubahan/baru', path: '/jaringan/perubahan/baru' });
  const field = await screen.findByRole('combobox', { name: /Tiket perubahan/ });
  await user.click(field);
  await user.type(field, 'perpus');
  // the search asks for this OPD's approved changes with the typed words
  await vi.waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/v1/lan-changes/change-tickets' && c.url.searchParams.get('q') === 'perpus')).toBe(true));
  const search = calls.find((c) => c.url.searchParams.get('q') === 'perpus')!.url.searchParams;
  expect(search.get('opd')).toBe('DISDIK');
  expect(search.get('approved')).toBe('true');
  await user.click(await screen.findByRole('option', { name: '3f2c9a1e — Pasang access point perpustakaan · tahap DEVELOPMENT', hidden: true }));
  expect(await screen.findByRole('link', { name: 'Pasang access point perpustakaan' })).toHaveAttribute('href', `/layanan/perubahan/${TICKET}`);
  expect(await screen.findByText('Perubahan disetujui oleh kepala.dinas · tahap DEVELOPMENT')).toBeInTheDocument();

  fireEvent.change(screen.getByRole('textbox', { name: /Apa yang diubah/ }), { target: { value: 'AP perpus' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Alasan perubahan/ }), { target: { value: 'Wi-Fi' } });
  await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ opd: 'DISDIK', changeTicketId: TICKET });
});

it('N7/S6: an option reads "<ticket> — <title>"; without one it says whether the title is not yet copied or not shared (S8)', async () => {
  const OLD = '9b8a7c6d-1111-4222-8333-444455556666';
  const SECRET = '5e5e5e5e-1111-4222-8333-444455556666';
  mockFetch(
    on('GET', '/api/v1/lan-changes/uncovered', () => json(page([]))),
    on('GET', '/api/v1/lan-changes/change-tickets', () =>
      json(
        page([
          summary,
          { ...summary, id: OLD, title: null, category: 'PERANGKAT', affectedSite: null, stage: 'EVALUATION' },
          { ...summary, id: SECRET, title: null, category: 'KEAMANAN', affectedSite: 'Ruang server' },
        ]),
      ),
    ),
    on('GET', `/api/v1/lan-changes/change-tickets/${TICKET}`, () => json({ ...approved, title: 'Pasang access point perpustakaan' })),
    // the service desk does not let this caller read the change: the title network-service keeps is shown instead
    on('GET', `/api/v1/changes/${TICKET}`, () => problem(404)),
  );
  const user = userEvent.setup();
  renderScreen(<LanChangeReportPage />, { caller: CALLERS.disdik, route: '/jaringan/perubahan/baru', path: '/jaringan/perubahan/baru' });
  const field = await screen.findByRole('combobox', { name: /Tiket perubahan/ });
  await user.click(field);
  expect(await screen.findByRole('option', { name: '9b8a7c6d — (judul belum tersedia) · PERANGKAT · — · tahap EVALUATION', hidden: true })).toBeInTheDocument();
  // the desk does not publish a security change's title (S8): not "not yet", but "not shared"
  expect(screen.getByRole('option', { name: '5e5e5e5e — (judul tidak dibagikan: perubahan keamanan) · KEAMANAN · Ruang server · tahap DEVELOPMENT', hidden: true })).toBeInTheDocument();
  await user.click(screen.getByRole('option', { name: '3f2c9a1e — Pasang access point perpustakaan · tahap DEVELOPMENT', hidden: true }));
  expect(await screen.findByRole('link', { name: 'Pasang access point perpustakaan' })).toHaveAttribute('href', `/layanan/perubahan/${TICKET}`);
});

it('N7/S6: nothing matching is said so; if the search cannot be read the id is pasted, and the 422 N7 is shown', async () => {
  let searchDown = false;
  const calls = mockFetch(
    on('GET', '/api/v1/lan-changes/uncovered', () => json(page([]))),
    on('GET', '/api/v1/lan-changes/change-tickets', () => (searchDown ? problem(503) : json(page([])))),
    on('GET', `/api/v1/lan-changes/change-tickets/${TICKET}`, () => json({ ...approved, stage: 'APPROVAL', approvedAt: null, approvedBy: null })),
    on('GET', /^\/api\/v1\/changes\//, () => problem(404)),
    on('POST', '/api/v1/lan-changes', () =>
      problem(422, { obligation: 'N7', title: 'Aturan dilanggar', detail: 'changeTicketId: tiket PERUBAHAN belum disetujui (S6).' }),
    ),
  );
  const user = userEvent.setup();
  const view = renderScreen(<LanChangeReportPage />, { caller: CALLERS.disdik });
  const field = await screen.findByRole('combobox', { name: /Tiket perubahan/ });
  await user.click(field);
  expect(await screen.findByText('Tidak ada perubahan disetujui yang cocok untuk OPD ini.')).toBeInTheDocument();
  view.unmount();

  searchDown = true;
  renderScreen(<LanChangeReportPage />, { caller: CALLERS.disdik });
  const pasted = await screen.findByRole('textbox', { name: /Tiket perubahan/, description: /Pencarian tiket tidak tersedia/ });
  fireEvent.change(pasted, { target: { value: TICKET } });
  expect(await screen.findByText(/belum disetujui \(tahap APPROVAL\)/)).toBeInTheDocument();
  fireEvent.change(screen.getByRole('textbox', { name: /Apa yang diubah/ }), { target: { value: 'AP perpus' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Alasan perubahan/ }), { target: { value: 'Wi-Fi' } });
  await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ changeTicketId: TICKET });
  expect(await screen.findByRole('alert')).toHaveTextContent('changeTicketId: tiket PERUBAHAN belum disetujui (S6).');
});

it('N7/S6: the report shows the change it cites with a link to the service desk, or that it cites none', async () => {
  mockFetch(
    on('GET', '/api/v1/lan-changes/r1', () => json(report(approved))),
    on('GET', '/api/v1/lan-changes/r1/history', () => json({ intact: true, entries: [] })),
  );
  const first = renderScreen(<LanChangeDetailPage />, { route: '/jaringan/perubahan/r1', path: '/jaringan/perubahan/:id', caller: CALLERS.disdik });
  const link = await screen.findByRole('link', { name: TICKET });
  expect(link).toHaveAttribute('href', `/layanan/perubahan/${TICKET}`);
  expect(within(link.parentElement!).getByText(/tahap DEVELOPMENT/)).toBeInTheDocument();
  first.unmount();

  // the title network-service copied from the desk's events follows the ticket number
  mockFetch(
    on('GET', '/api/v1/lan-changes/r1', () => json(report({ ...approved, title: 'Pasang access point perpustakaan' }))),
    on('GET', '/api/v1/lan-changes/r1/history', () => json({ intact: true, entries: [] })),
  );
  const titled = renderScreen(<LanChangeDetailPage />, { route: '/jaringan/perubahan/r1', path: '/jaringan/perubahan/:id', caller: CALLERS.disdik });
  const titledLink = await screen.findByRole('link', { name: TICKET });
  expect(titledLink.parentElement).toHaveTextContent(`${TICKET} — Pasang access point perpustakaan · tahap DEVELOPMENT`);
  titled.unmount();

  mockFetch(
    on('GET', '/api/v1/lan-changes/r1', () => json(report(null))),
    on('GET', '/api/v1/lan-changes/r1/history', () => json({ intact: true, entries: [] })),
  );
  renderScreen(<LanChangeDetailPage />, { route: '/jaringan/perubahan/r1', path: '/jaringan/perubahan/:id', caller: CALLERS.disdik });
  expect(await screen.findByText('Tidak mengutip tiket perubahan')).toBeInTheDocument();
});
