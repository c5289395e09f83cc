import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import ApplicationListPage from './ApplicationListPage';

// Mantine's comboboxes and typing are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const app = (id: string, name: string, status = 'DRAFT') => ({
  id,
  name,
  ownerOpd: 'DINKES',
  applicationClass: 'KHUSUS',
  status,
  stage: 'DESIGN',
  registeredAt: '2026-11-01T02:00:00Z',
  userOpds: [],
  functionDomains: [],
  techStack: [],
  contacts: [],
  platforms: [],
  categories: [],
  features: [],
  documents: [],
  testResults: [],
  conformanceReviews: [],
  registeredBy: 'operator.dinkes',
  version: 0,
});

const page = (items: unknown[], totalItems = items.length, totalPages = 1) => ({ items, page: 0, size: 20, totalItems, totalPages });

const opds = on('GET', '/api/v1/opds', () =>
  json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }, { code: 'DISDIK', name: 'Dinas Pendidikan' }])),
);

function listCalls(calls: ReturnType<typeof mockFetch>) {
  return calls.filter((c) => c.url.pathname === '/api/v1/applications');
}

it('sends the filters of the URL, and a chosen filter lands in the URL and the next query', async () => {
  const calls = mockFetch(
    opds,
    on('GET', '/api/v1/applications', () => json(page([app('a1', 'SIMPUS', 'ACTIVE')], 45, 3))),
  );
  const { router } = renderScreen(<ApplicationListPage />, { caller: CALLERS.dinas, route: '/aplikasi?status=ACTIVE&page=2' });

  const link = await screen.findByRole('link', { name: 'SIMPUS' });
  expect(link).toHaveAttribute('href', '/aplikasi/a1');
  const row = link.closest('tr')!;
  expect(within(row).getByText('Aktif')).toBeInTheDocument(); // status badge, as a word
  const first = listCalls(calls)[0].url.searchParams;
  expect(first.get('status')).toBe('ACTIVE');
  expect(first.get('page')).toBe('1'); // the URL's page 2 is the API's page 1
  expect(first.get('size')).toBe('20');

  await user.click(screen.getByRole('combobox', { name: 'Kelas aplikasi' }));
  await user.click(await screen.findByRole('option', { name: 'Aplikasi Umum', hidden: true }));

  await waitFor(() => expect(router.state.location.search).toContain('applicationClass=UMUM'));
  expect(router.state.location.search).toContain('status=ACTIVE');
  expect(router.state.location.search).not.toContain('page='); // a new filter starts at the first page
  await waitFor(() => {
    const last = listCalls(calls).at(-1)!.url.searchParams;
    expect(last.get('applicationClass')).toBe('UMUM');
    expect(last.get('status')).toBe('ACTIVE');
    expect(last.get('page')).toBe('0');
  });
  expect(screen.getByRole('combobox', { name: 'Kelas aplikasi' })).toHaveValue('Aplikasi Umum');

  // Back undoes the filter: the URL, the input and the list follow
  await act(() => router.navigate(-1));
  expect(router.state.location.search).toBe('?status=ACTIVE&page=2');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Kelas aplikasi' })).toHaveValue(''));
});

it('searches with q and sorts by a column through the server', async () => {
  const calls = mockFetch(opds, on('GET', '/api/v1/applications', () => json(page([app('a1', 'SIMPUS')]))));
  const { router } = renderScreen(<ApplicationListPage />, { caller: CALLERS.dinas, route: '/aplikasi' });
  await screen.findByRole('link', { name: 'SIMPUS' });

  await user.click(screen.getByRole('button', { name: 'Urutkan menurut Nama aplikasi' }));
  await waitFor(() => expect(listCalls(calls).at(-1)!.url.searchParams.getAll('sort')).toEqual(['name,asc']));
  expect(router.state.location.search).toContain('sort=name%2Casc');

  await user.type(screen.getByRole('textbox', { name: 'Cari aplikasi' }), 'puskesmas');
  await user.click(screen.getByRole('button', { name: 'Cari' }));
  await waitFor(() => expect(listCalls(calls).at(-1)!.url.searchParams.get('q')).toBe('puskesmas'));
  // with q the server ranks by relevance: no sort is sent
  expect(listCalls(calls).at(-1)!.url.searchParams.has('sort')).toBe(false);
});

it('the OPD filter is offered to Dinas, not to an operator (whose list the server scopes)', async () => {
  mockFetch(opds, on('GET', '/api/v1/applications', () => json(page([]))));
  renderScreen(<ApplicationListPage />, { caller: CALLERS.dinkes, route: '/aplikasi' });
  expect(await screen.findByText('Belum ada aplikasi terdaftar.')).toBeInTheDocument();
  expect(screen.queryByRole('combobox', { name: 'OPD' })).not.toBeInTheDocument();
});

it('exports CSV with the same filters (not q) as a download', async () => {
  const createObjectURL = vi.fn(() => 'blob:csv');
  const revokeObjectURL = vi.fn();
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = mockFetch(
    opds,
    on('GET', '/api/v1/applications', () => json(page([app('a1', 'SIMPUS')]))),
    on('GET', '/api/v1/application-exports/applications.csv', () =>
      new Response('id,name\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="aplikasi-dinkes.csv"' } }),
    ),
  );
  renderScreen(<ApplicationListPage />, { caller: CALLERS.dinas, route: '/aplikasi?opd=DINKES&stage=DESIGN&q=simpus' });
  await screen.findByRole('link', { name: 'SIMPUS' });

  await user.click(screen.getByRole('button', { name: 'Ekspor CSV' }));
  await waitFor(() => expect(click).toHaveBeenCalled());
  expect(createObjectURL).toHaveBeenCalled();
  const exported = calls.find((c) => c.url.pathname.endsWith('applications.csv'))!.url.searchParams;
  expect(exported.get('opd')).toBe('DINKES');
  expect(exported.get('stage')).toBe('DESIGN');
  expect(exported.has('q')).toBe(false);
});

it('a problem of the list is shown as a banner', async () => {
  mockFetch(
    opds,
    on('GET', '/api/v1/applications', () => problem(422, { detail: 'OPD XYZ tidak aktif', obligation: 'G1' })),
  );
  renderScreen(<ApplicationListPage />, { caller: CALLERS.dinas, route: '/aplikasi?opd=XYZ' });
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('OPD XYZ tidak aktif')).toBeInTheDocument();
});
