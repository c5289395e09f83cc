import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import CompetencyPage from './CompetencyPage';
import { page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const GAP = {
  asOf: '2026-11-30',
  complete: false,
  roles: [
    { role: 'SYSTEM_ANALYST', required: 1, present: 1, gap: 0 },
    { role: 'NETWORK_ENGINEER', required: 1, present: 0, gap: 1 },
    { role: 'HOSTING_ENGINEER', required: 1, present: 1, gap: 0 },
    { role: 'PROGRAMMER', required: 1, present: 2, gap: 0 },
    { role: 'TECHNICAL_SUPPORT', required: 1, present: 1, gap: 0 },
  ],
};
const STAFF = [
  { id: 's1', opd: 'DISKOMINFO', name: 'I Made Ari', position: 'Pranata Komputer Ahli Pertama', active: true, updatedAt: '2026-01-01T00:00:00Z',
    competencies: [{ role: 'PROGRAMMER', evidenceDocumentId: 'doc-sert-1', validUntil: '2025-01-01', valid: false }] },
];

it('shows the gap per role (M5) and the staff with evidence, an expired one marked in words', async () => {
  mockFetch(
    on('GET', '/api/v1/evaluations/competencies/gap', () => json(GAP)),
    on('GET', '/api/v1/evaluations/competencies/staff', () => json(page(STAFF))),
  );
  renderScreen(<CompetencyPage />, { caller: CALLERS.auditor });
  const gap = await screen.findByRole('table', { name: 'Kesenjangan kompetensi per peran' });
  expect(within(gap).getByRole('rowheader', { name: 'Teknisi jaringan' }).closest('tr')).toHaveAttribute('data-gap', 'true');
  expect(screen.getByText('Masih ada peran yang kurang.')).toBeInTheDocument();
  const staff = await screen.findByRole('table', { name: 'Daftar SDM TIK Dinas' });
  expect(within(staff).getByText('bukti kedaluwarsa')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Tambah SDM TIK' })).not.toBeInTheDocument();
});

it('lets Dinas add a member with evidenced competencies, checked here before sending', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/evaluations/competencies/gap', () => json(GAP)),
    on('GET', '/api/v1/evaluations/competencies/staff', () => json(page(STAFF))),
    on('POST', '/api/v1/evaluations/competencies/staff', () => json({ ...STAFF[0], id: 's2', name: 'Ni Luh Sari' }, 201)),
  );
  renderScreen(<CompetencyPage />, { caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('button', { name: 'Tambah SDM TIK' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tambah SDM TIK' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tambah SDM TIK' }));
  expect(within(dialog).getAllByText('Wajib diisi')).toHaveLength(3);
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Nama/ }), 'Ni Luh Sari');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Jabatan/ }), 'Teknisi');
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Peran kompetensi 1' }), 'NETWORK_ENGINEER');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /ID dokumen bukti kompetensi 1/ }), 'doc-ccna');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tambah SDM TIK' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    name: 'Ni Luh Sari', position: 'Teknisi', competencies: [{ role: 'NETWORK_ENGINEER', evidenceDocumentId: 'doc-ccna' }],
  });
  expect(await screen.findByText('Ni Luh Sari ditambahkan.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tandai keluar: I Made Ari' })).toBeInTheDocument();
});

it('downloads the register as CSV with the filter shown (M5)', async () => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    on('GET', '/api/v1/evaluations/competencies/gap', () => json(GAP)),
    on('GET', '/api/v1/evaluations/competencies/staff', () => json(page(STAFF))),
    on('GET', '/api/v1/evaluations/competencies/staff/export.csv', () =>
      new Response('name\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="kompetensi-sdm-tik.csv"' } }),
    ),
  );
  renderScreen(<CompetencyPage />, { caller: CALLERS.dinas });
  await screen.findByRole('table', { name: 'Daftar SDM TIK Dinas' });
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  expect(await screen.findByText('Daftar SDM TIK diunduh sebagai CSV.')).toBeInTheDocument();
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status pegawai' }), '');
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  await waitFor(() => expect(calls.filter((c) => c.url.pathname.endsWith('/export.csv'))).toHaveLength(2));
  const [first, second] = calls.filter((c) => c.url.pathname.endsWith('/export.csv'));
  expect(first.url.searchParams.get('active')).toBe('true');
  expect(second.url.searchParams.get('active')).toBeNull();
});
