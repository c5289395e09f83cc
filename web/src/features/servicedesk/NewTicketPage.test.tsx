import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { page, ticket } from './fixtures';
import NewTicketPage from './NewTicketPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const apps = on('GET', '/api/v1/applications', () =>
  json(
    page([
      { id: 'app-simpus', name: 'SIMPUS', ownerOpd: 'DINKES', status: 'ACTIVE' },
      { id: 'app-old', name: 'SIK Lama', ownerOpd: 'DINKES', status: 'DECOMMISSIONED' },
    ]),
  ),
);
const suggestions = on('POST', '/api/v1/knowledge-articles/suggestions', () =>
  json([{ id: 'art-1', title: 'Mengatasi SIMPUS galat 502', category: 'APLIKASI', version: 2, score: 7 }]),
);

const sites = on('GET', '/api/v1/tickets/site-options', (url) =>
  json(
    page(
      [
        { id: 'site-pusk', opdCode: 'DINKES', name: 'Puskesmas Curup', address: 'Jl. Sukowati No. 1' },
        { id: 'site-gudang', opdCode: 'DINKES', name: 'Gudang Farmasi', address: null },
      ].filter((s) => !url.searchParams.get('q') || s.name.toLowerCase().includes(url.searchParams.get('q')!.toLowerCase())),
    ),
  ),
);

function render(caller: typeof CALLERS.dinkes | typeof CALLERS.dinas = CALLERS.dinkes) {
  return renderScreen(<NewTicketPage />, {
    caller,
    route: '/layanan/tiket/baru',
    path: '/layanan/tiket/baru',
    extraRoutes: [{ path: '/layanan/tiket/:id', element: <p>halaman tiket</p> }],
  });
}

/** Pasting is much faster than typing key by key in jsdom on a busy machine. */
async function fill(element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function chooseApplication(name: RegExp) {
  await user.click(screen.getByRole('combobox', { name: /Aplikasi terdampak/ }));
  await user.click(await screen.findByRole('option', { name, hidden: true }));
}

it('sends exactly the TicketForm with an Idempotency-Key, and opens the new ticket', async () => {
  const calls = mockFetch(apps, suggestions, sites, on('POST', '/api/v1/tickets', () => json(ticket({ id: 'new-ticket-id' }), 201)));
  render();
  expect(screen.getByTestId('requester-from-token')).toHaveTextContent('DINKES');
  await user.selectOptions(screen.getByRole('combobox', { name: /Jenis tiket/ }), 'KELUHAN');
  await fill(screen.getByRole('textbox', { name: /Judul/ }), 'SIMPUS galat 502');
  await fill(screen.getByRole('textbox', { name: /Uraian/ }), 'Halaman masuk menampilkan galat 502 sejak pagi.');
  await user.selectOptions(screen.getByRole('combobox', { name: /Dampak/ }), 'TINGGI');
  await user.selectOptions(screen.getByRole('combobox', { name: /Urgensi/ }), 'TINGGI');
  expect(screen.getByTestId('priority-hint')).toHaveTextContent('Perkiraan prioritas: Kritis');
  await chooseApplication(/SIMPUS/);
  expect(screen.queryByRole('option', { name: /SIK Lama/, hidden: true })).not.toBeInTheDocument();
  await fill(screen.getByRole('textbox', { name: /Lokasi terdampak/ }), 'Puskesmas I Denpasar Barat');
  // a knowledge article that may already answer it (S7)
  const aside = await screen.findByRole('complementary', { name: 'Artikel pengetahuan yang mungkin membantu' });
  expect(within(aside).getByRole('link', { name: 'Mengatasi SIMPUS galat 502' })).toHaveAttribute('href', '/layanan/pengetahuan/art-1');

  await user.click(screen.getByRole('button', { name: 'Buka tiket' }));
  expect(await screen.findByText('halaman tiket')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/v1/tickets')!;
  expect(post.body).toEqual({
    type: 'KELUHAN',
    category: 'APLIKASI',
    title: 'SIMPUS galat 502',
    description: 'Halaman masuk menampilkan galat 502 sejak pagi.',
    impact: 'TINGGI',
    urgency: 'TINGGI',
    affectedApplicationId: 'app-simpus',
    affectedSite: 'Puskesmas I Denpasar Barat',
  });
  expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
});

it('asks for the title, description and, for category Aplikasi, the application before sending (S1)', async () => {
  const calls = mockFetch(apps, suggestions, sites);
  render();
  await user.click(screen.getByRole('button', { name: 'Buka tiket' }));
  expect(screen.getByRole('textbox', { name: /Judul/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(screen.getByRole('textbox', { name: /Uraian/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(screen.getByRole('combobox', { name: /Aplikasi terdampak/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/v1/tickets')).toBe(false);
});

it("shows the server's field errors next to their fields and a rule's article (422 S1)", async () => {
  let answer = problem(400, { errors: [{ field: 'title', pointer: '/title', message: 'judul mengandung karakter kendali' }] });
  mockFetch(apps, suggestions, sites, on('POST', '/api/v1/tickets', () => answer));
  render();
  await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'JARINGAN');
  await fill(screen.getByRole('textbox', { name: /Judul/ }), 'Jaringan putus');
  await fill(screen.getByRole('textbox', { name: /Uraian/ }), 'Semua komputer tidak tersambung.');
  await user.click(screen.getByRole('button', { name: 'Buka tiket' }));
  expect(await screen.findByText('judul mengandung karakter kendali')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: /Judul/ })).toHaveAccessibleDescription(/karakter kendali/);

  answer = problem(422, { obligation: 'S1', detail: 'Aplikasi terdampak sudah dihentikan.' });
  await user.click(screen.getByRole('button', { name: 'Buka tiket' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('S1');
  expect(alert).toHaveTextContent('Aplikasi terdampak sudah dihentikan.');
});

it('warns that a security incident goes straight to Tier 2 at the highest priority (S8), and lets Dinas name the OPD', async () => {
  const calls = mockFetch(
    apps,
    suggestions,
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DISDIK', name: 'Dinas Pendidikan' }]))),
    on('POST', '/api/v1/tickets', () => json(ticket({ id: 'sec-1', category: 'KEAMANAN' }), 201)),
  );
  render(CALLERS.dinas);
  await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'KEAMANAN');
  expect(screen.getByTestId('security-hint')).toHaveTextContent('Tier 2');
  expect(screen.getByTestId('priority-hint')).toHaveTextContent('Kritis');
  await fill(screen.getByRole('textbox', { name: /Judul/ }), 'Situs sekolah diretas');
  await fill(screen.getByRole('textbox', { name: /Uraian/ }), 'Halaman depan diganti.');
  await user.click(screen.getByRole('combobox', { name: /OPD pelapor/ }));
  await user.click(await screen.findByRole('option', { name: 'DISDIK — Dinas Pendidikan', hidden: true }));
  await user.click(screen.getByRole('button', { name: 'Buka tiket' }));
  await screen.findByText('halaman tiket');
  const body = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/v1/tickets')!.body as Record<string, unknown>;
  expect(body.category).toBe('KEAMANAN');
  expect(body.requesterOpd).toBe('DISDIK');
});

it('sends the registered site chosen next to the free-text location, and asks for the OPD Dinas names (S1, N1)', async () => {
  const calls = mockFetch(
    apps,
    suggestions,
    sites,
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
    on('POST', '/api/v1/tickets', () => json(ticket({ id: 'site-ticket' }), 201)),
  );
  render(CALLERS.dinas);
  await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'JARINGAN');
  await fill(screen.getByRole('textbox', { name: /Judul/ }), 'Jaringan putus');
  await fill(screen.getByRole('textbox', { name: /Uraian/ }), 'Semua komputer tidak tersambung.');
  await user.click(screen.getByRole('combobox', { name: /OPD pelapor/ }));
  await user.click(await screen.findByRole('option', { name: 'DINKES — Dinas Kesehatan', hidden: true }));
  await user.click(screen.getByRole('combobox', { name: /Lokasi terdaftar \(opsional\)/ }));
  await user.click(await screen.findByRole('option', { name: 'Puskesmas Curup — Jl. Sukowati No. 1', hidden: true }));
  await fill(screen.getByRole('textbox', { name: /Lokasi terdampak/ }), 'Ruang server lantai 2');
  await user.click(screen.getByRole('button', { name: 'Buka tiket' }));
  await screen.findByText('halaman tiket');
  const body = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/v1/tickets')!.body as Record<string, unknown>;
  expect(body.affectedSiteId).toBe('site-pusk');
  expect(body.affectedSite).toBe('Ruang server lantai 2');
  expect(body.requesterOpd).toBe('DINKES');
  // the picker asked for the sites of the OPD the ticket is for
  expect(calls.some((c) => c.url.pathname === '/api/v1/tickets/site-options' && c.url.searchParams.get('opd') === 'DINKES')).toBe(true);
});

it("leaves the registered site out when none is chosen, and shows the server's 422 S1 for a site of another OPD", async () => {
  const calls = mockFetch(apps, suggestions, sites, on('POST', '/api/v1/tickets', () => problem(422, { obligation: 'S1', detail: "Lokasi 'site-x' bukan lokasi terdaftar milik OPD DINKES" })));
  render();
  await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'PERANGKAT');
  await fill(screen.getByRole('textbox', { name: /Judul/ }), 'Printer rusak');
  await fill(screen.getByRole('textbox', { name: /Uraian/ }), 'Printer tidak menyala sejak pagi.');
  await user.click(screen.getByRole('button', { name: 'Buka tiket' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('S1');
  expect(alert).toHaveTextContent('bukan lokasi terdaftar');
  const body = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/v1/tickets')!.body as Record<string, unknown>;
  expect(body).not.toHaveProperty('affectedSiteId');
  // an OPD user's picker does not name an OPD: the server scopes it to the caller's own
  expect(calls.filter((c) => c.url.pathname === '/api/v1/tickets/site-options').every((c) => !c.url.searchParams.has('opd'))).toBe(true);
});
