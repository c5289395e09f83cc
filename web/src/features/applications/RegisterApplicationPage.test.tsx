import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { PROFILE, UMUM_KHUSUS } from '../profile/fixtures';
import RegisterApplicationPage from './RegisterApplicationPage';

// Mantine's comboboxes and typing are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const opds = on('GET', '/api/v1/opds', () =>
  json({ items: [{ code: 'DINKES', name: 'Dinas Kesehatan' }, { code: 'DISDIK', name: 'Dinas Pendidikan' }], page: 0, size: 200, totalItems: 2, totalPages: 1 }),
);
const CONTACT_NAME = /^Nama\s*\*?$/; // the contact's name, not the application's
const noCandidates = on('GET', '/api/v1/applications/duplicate-candidates', () => json({ minScore: 0.35, candidates: [] }));

const registered = (likelyDuplicates: unknown[] = []) => ({
  id: 'new-id',
  name: 'SIMPUS',
  ownerOpd: 'DINKES',
  applicationClass: 'KHUSUS',
  status: 'DRAFT',
  likelyDuplicates,
});

async function chooseClass(label: string) {
  await user.click(screen.getByRole('combobox', { name: /Kelas aplikasi/ }));
  await user.click(await screen.findByRole('option', { name: label, hidden: true }));
}

function render(caller: typeof CALLERS.dinkes | typeof CALLERS.dinas = CALLERS.dinkes) {
  return renderScreen(<RegisterApplicationPage />, {
    caller,
    route: '/aplikasi/baru',
    path: '/aplikasi/baru',
    extraRoutes: [{ path: '/aplikasi/:id', element: <p>halaman detail</p> }],
  });
}

it('checks the form as the server would before sending anything', async () => {
  const calls = mockFetch(opds, noCandidates);
  render();
  await user.type(screen.getByRole('textbox', { name: /Alamat aplikasi/ }), 'ftp://x');
  await user.click(screen.getByRole('button', { name: 'Tambah kontak' }));
  await user.type(screen.getByRole('textbox', { name: /Telepon/ }), 'abc');
  await user.click(screen.getByRole('button', { name: 'Daftarkan' }));

  expect(screen.getByRole('textbox', { name: /Nama aplikasi/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(screen.getByRole('combobox', { name: /Kelas aplikasi/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(screen.getByRole('textbox', { name: /Alamat aplikasi/ })).toHaveAccessibleDescription(/http:\/\/ atau https:\/\//);
  expect(screen.getByRole('textbox', { name: CONTACT_NAME })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(screen.getByRole('textbox', { name: /Telepon/ })).toHaveAccessibleDescription(/Hanya angka/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  // a corrected field clears at once
  await user.type(screen.getByRole('textbox', { name: /Nama aplikasi/ }), 'SIMPUS');
  expect(screen.getByRole('textbox', { name: /Nama aplikasi/ })).not.toHaveAccessibleDescription(/Wajib diisi/);
});

it("shows the server's 400 field errors next to their fields", async () => {
  mockFetch(
    opds,
    noCandidates,
    on('POST', '/api/v1/applications', () =>
      problem(400, {
        title: 'Validation Failed',
        errors: [
          { field: 'name', pointer: '/name', message: 'nama mengandung karakter kendali' },
          { field: 'contacts[0].email', pointer: '/contacts/0/email', message: 'surel tidak sah menurut server' },
        ],
      }),
    ),
  );
  render();
  await user.type(screen.getByRole('textbox', { name: /Nama aplikasi/ }), 'SIMPUS');
  await chooseClass('Aplikasi Khusus');
  await user.click(screen.getByRole('button', { name: 'Tambah kontak' }));
  await user.type(screen.getByRole('textbox', { name: CONTACT_NAME }), 'Budi');
  await user.type(screen.getByRole('textbox', { name: /Surel/ }), 'budi@dinkes');
  await user.click(screen.getByRole('button', { name: 'Daftarkan' }));

  await waitFor(() =>
    expect(screen.getByRole('textbox', { name: /Nama aplikasi/ })).toHaveAccessibleDescription(/nama mengandung karakter kendali/),
  );
  expect(screen.getByRole('textbox', { name: /Surel/ })).toHaveAccessibleDescription(/surel tidak sah menurut server/);
  expect(screen.getByRole('alert', { name: /Periksa kembali isian Anda/ })).toBeInTheDocument();
});

it('shows likely duplicates of other OPDs while the name is typed', async () => {
  const calls = mockFetch(
    opds,
    on('GET', '/api/v1/applications/duplicate-candidates', (url) =>
      json({
        minScore: 0.35,
        candidates: url.searchParams.get('name')!.toLowerCase().includes('kepegawaian')
          ? [{ id: null, name: 'Sistem Informasi Manajemen Kepegawaian', ownerOpd: 'BKPSDM', sameOpd: false, score: 0.72, reasons: ['nama mirip: kepegawaian'] }]
          : [],
      }),
    ),
  );
  render();
  await user.type(screen.getByRole('textbox', { name: /Nama aplikasi/ }), 'SIM Kepegawaian');

  expect(await screen.findByText('Sistem Informasi Manajemen Kepegawaian')).toBeInTheDocument();
  expect(screen.getByText('BKPSDM')).toBeInTheDocument();
  expect(screen.getByText('Kemiripan 72%')).toBeInTheDocument();
  expect(screen.getByText('1 aplikasi serupa ditemukan.')).toBeInTheDocument();
  // debounced: asked with the finished name, not once per key
  const asked = calls.filter((c) => c.url.pathname.endsWith('/duplicate-candidates'));
  expect(asked.at(-1)!.url.searchParams.get('name')).toBe('SIM Kepegawaian');
  expect(asked.length).toBeLessThan('SIM Kepegawaian'.length);
});

it('registers and goes to the new application, carrying the likely duplicates', async () => {
  const duplicate = { id: null, name: 'SIMPUS Lama', ownerOpd: 'DISDIK', sameOpd: false, score: 0.5, reasons: [] };
  const calls = mockFetch(opds, noCandidates, on('POST', '/api/v1/applications', () => json(registered([duplicate]), 201)));
  const { router } = render(CALLERS.dinas);
  await user.type(screen.getByRole('textbox', { name: /Nama aplikasi/ }), '  SIMPUS ');
  await chooseClass('Aplikasi Khusus');
  await user.type(screen.getByRole('textbox', { name: /Alamat aplikasi/ }), 'https://simpus.example.go.id');
  await user.click(screen.getByRole('button', { name: 'Daftarkan' }));

  expect(await screen.findByText('halaman detail')).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/aplikasi/new-id');
  expect(router.state.location.state).toEqual({ registered: true, likelyDuplicates: [duplicate] });
  const sent = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
  expect(sent).toEqual({
    name: 'SIMPUS',
    applicationClass: 'KHUSUS',
    url: 'https://simpus.example.go.id',
    ownerOpd: 'DISKOMINFO', // Dinas: the chosen owner, by default its own OPD
  });
});

it("an operator registers for the OPD of its token and sends no owner", async () => {
  const calls = mockFetch(opds, noCandidates, on('POST', '/api/v1/applications', () => json(registered(), 201)));
  render(CALLERS.dinkes);
  expect(screen.getByTestId('owner-from-token')).toHaveTextContent('DINKES');
  expect(screen.queryByRole('combobox', { name: /OPD pemilik/ })).not.toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: /Nama aplikasi/ }), 'SIMPUS');
  await chooseClass('Aplikasi Umum');
  await user.click(screen.getByRole('button', { name: 'Daftarkan' }));
  await screen.findByText('halaman detail');
  const sent = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
  expect(sent).not.toHaveProperty('ownerOpd');
  expect(sent.applicationClass).toBe('UMUM');
});

describe('application classes (A2)', () => {
  /** Opens the class dropdown; the labels it offers, read again on each call. */
  async function openClasses() {
    const box = screen.getByRole('combobox', { name: /Kelas aplikasi/ });
    await user.click(box);
    return () =>
      within(document.getElementById(box.getAttribute('aria-controls')!)!)
        .queryAllByRole('option', { hidden: true })
        .map((o) => o.textContent);
  }

  it("offers only the classes the region's regulation allows", async () => {
    mockFetch(opds, noCandidates, on('GET', '/api/v1/regulation-profile', () => json(UMUM_KHUSUS)));
    render();
    // the options follow the profile once it has arrived
    const offered = await openClasses();
    await waitFor(() => expect(offered()).toEqual(['Aplikasi Umum', 'Aplikasi Khusus']));
  });

  it('offers the classes of another region in their order', async () => {
    mockFetch(opds, noCandidates, on('GET', '/api/v1/regulation-profile', () => json(PROFILE)));
    render();
    const offered = await openClasses();
    await waitFor(() =>
      expect(offered()).toEqual(['Aplikasi Umum', 'Aplikasi Khusus (berbagi pakai)', 'Aplikasi Khusus Perangkat Daerah']),
    );
  });

  it('offers all four classes when the profile cannot be read (the server still decides)', async () => {
    const calls = mockFetch(opds, noCandidates, on('GET', '/api/v1/regulation-profile', () => problem(503, { title: 'Service Unavailable' })));
    render();
    await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/v1/regulation-profile')).toBe(true));
    const offered = await openClasses();
    expect(offered()).toEqual([
      'Aplikasi Umum',
      'Aplikasi Khusus',
      'Aplikasi Khusus (berbagi pakai)',
      'Aplikasi Khusus Perangkat Daerah',
    ]);
  });
});
