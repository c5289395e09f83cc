import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { AGENTS, page } from '../fixtures';
import type { Article } from '../model';
import ArticlePage from './ArticlePage';
import KnowledgeListPage from './KnowledgeListPage';
import NewArticlePage from './NewArticlePage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'art-1',
    status: 'PUBLISHED',
    version: 2,
    versions: 2,
    title: 'Memulihkan koneksi jaringan Puskesmas',
    body: 'Periksa lampu ONT; bila merah, hubungi penyedia.',
    category: 'JARINGAN',
    authorOpd: 'DISKOMINFO',
    createdBy: 'tier2.dinas',
    createdAt: '2026-11-01T01:00:00Z',
    updatedAt: '2026-11-20T01:00:00Z',
    ...overrides,
  };
}

it('searches in Bahasa Indonesia by relevance; a reader sees no status filter and no write button (S7)', async () => {
  const calls = mockFetch(on('GET', '/api/v1/knowledge-articles', () => json(page([article()]))));
  renderScreen(<KnowledgeListPage />, { caller: CALLERS.dinkes, route: '/layanan/pengetahuan' });
  expect(await screen.findByRole('link', { name: 'Memulihkan koneksi jaringan Puskesmas' })).toHaveAttribute('href', '/layanan/pengetahuan/art-1');
  expect(calls[0].url.searchParams.getAll('sort')).toEqual(['updatedAt,desc']);
  expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Tulis artikel' })).not.toBeInTheDocument();

  await user.type(screen.getByRole('textbox', { name: 'Cari artikel' }), 'pengelolaan jaringan');
  await user.click(screen.getByRole('button', { name: 'Cari' }));
  await screen.findByText(/diurutkan menurut kecocokan/);
  const search = calls.at(-1)!.url.searchParams;
  expect(search.get('q')).toBe('pengelolaan jaringan');
  expect(search.has('sort')).toBe(false);
});

it('lets the desk filter by status and write a draft with exactly title, body and category', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/knowledge-articles', () => json(page([]))),
    on('POST', '/api/v1/knowledge-articles', () => json(article({ id: 'new-art', status: 'DRAFT' }), 201)),
  );
  const list = renderScreen(<KnowledgeListPage />, { caller: AGENTS.tier1Dinkes, route: '/layanan/pengetahuan' });
  await screen.findByText('Belum ada artikel.');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'DRAFT');
  expect(calls.at(-1)!.url.searchParams.get('status')).toBe('DRAFT');
  expect(screen.getByRole('link', { name: 'Tulis artikel' })).toHaveAttribute('href', '/layanan/pengetahuan/baru');
  list.unmount();

  renderScreen(<NewArticlePage />, {
    caller: AGENTS.tier1Dinkes,
    route: '/layanan/pengetahuan/baru',
    path: '/layanan/pengetahuan/baru',
    extraRoutes: [{ path: '/layanan/pengetahuan/:id', element: <p>halaman artikel</p> }],
  });
  await user.click(screen.getByRole('button', { name: 'Simpan' }));
  expect(screen.getByRole('textbox', { name: /Judul/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(screen.getByRole('textbox', { name: /Isi/ })).toHaveAccessibleDescription(/Wajib diisi/);
  await user.click(screen.getByRole('textbox', { name: /Judul/ }));
  await user.paste('Reset kata sandi SIMPEG');
  await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'AKUN_DAN_AKSES');
  await user.click(screen.getByRole('textbox', { name: /Isi/ }));
  await user.paste('Buka menu Pengguna, pilih Reset.');
  await user.click(screen.getByRole('button', { name: 'Simpan' }));
  expect(await screen.findByText('halaman artikel')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ title: 'Reset kata sandi SIMPEG', body: 'Buka menu Pengguna, pilih Reset.', category: 'AKUN_DAN_AKSES' });
});

const articleHandlers = (current: () => Article) => [
  on('GET', '/api/v1/knowledge-articles/art-1', () => json(current(), 200, { ETag: '"4"' })),
  on('GET', '/api/v1/knowledge-articles/art-1/versions', () =>
    json([
      { number: 1, title: 'Koneksi Puskesmas', body: 'Versi pertama.', category: 'JARINGAN', editedBy: 'tier2.dinas', editedAt: '2026-11-01T01:00:00Z', publishedAt: '2026-11-01T01:00:00Z' },
      { number: 2, title: current().title, body: current().body, category: 'JARINGAN', editedBy: 'tier2.dinas', editedAt: '2026-11-20T01:00:00Z', publishedAt: '2026-11-20T01:00:00Z' },
    ]),
  ),
  on('GET', '/api/v1/knowledge-articles/art-1/history', () => json({ intact: true, entries: [] })),
];

it('edits an article with its ETag as If-Match, and shows an older version on request', async () => {
  let current = article();
  const calls = mockFetch(
    on('PUT', '/api/v1/knowledge-articles/art-1', () => {
      current = article({ version: 3, versions: 3, body: 'Isi baru.' });
      return json(current);
    }),
    ...articleHandlers(() => current),
  );
  renderScreen(<ArticlePage />, { caller: AGENTS.tier2, route: '/layanan/pengetahuan/art-1', path: '/layanan/pengetahuan/:id' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Memulihkan koneksi jaringan Puskesmas' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Terbitkan' })).not.toBeInTheDocument();

  await user.click(await screen.findByRole('button', { name: 'Tampilkan versi 1' }));
  expect(screen.getByText('Anda melihat versi 1, bukan versi terkini.')).toBeInTheDocument();
  expect(screen.getByText('Versi pertama.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Ubah' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(/perubahan menjadi versi baru/)).toBeInTheDocument();
  const body = within(dialog).getByRole('textbox', { name: /Isi/ });
  await user.clear(body);
  await user.paste('Isi baru.');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.headers.get('If-Match')).toBe('"4"');
  expect(put.body).toEqual({ title: 'Memulihkan koneksi jaringan Puskesmas', body: 'Isi baru.', category: 'JARINGAN' });
  expect(await screen.findByText('Isi baru.')).toBeInTheDocument();
});

it("publishes a draft with If-Match; a stale version's 412 offers a reload; readers get no buttons", async () => {
  const calls = mockFetch(
    on('POST', '/api/v1/knowledge-articles/art-1/publish', () => problem(412, { detail: 'Artikel sudah diubah orang lain.' })),
    ...articleHandlers(() => article({ status: 'DRAFT', version: 1, versions: 1 })),
  );
  const first = renderScreen(<ArticlePage />, { caller: CALLERS.dinas, route: '/layanan/pengetahuan/art-1', path: '/layanan/pengetahuan/:id' });
  await user.click(await screen.findByRole('button', { name: 'Terbitkan' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Terbitkan' }));
  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('Artikel sudah diubah orang lain.');
  expect(within(alert).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.headers.get('If-Match')).toBe('"4"');
  first.unmount();

  mockFetch(...articleHandlers(() => article()));
  renderScreen(<ArticlePage />, { caller: CALLERS.dinkes, route: '/layanan/pengetahuan/art-1', path: '/layanan/pengetahuan/:id' });
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('button', { name: 'Ubah' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Arsipkan' })).not.toBeInTheDocument();
});
