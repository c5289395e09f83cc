import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { AGENTS } from '../fixtures';
import Tier2RosterPage from './Tier2RosterPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const ROSTER = {
  agents: [
    { username: 'tier2.dinas', name: 'Wayan Sudarsana', email: 'wayan@diskominfo.test', active: true },
    { username: 'cuti.dinas', name: 'Komang Ayu', email: 'komang@diskominfo.test', active: false },
  ],
  updatedAt: '2026-11-30T01:00:00Z',
  updatedBy: 'admin.dinas',
};
const history = on('GET', '/api/v1/tier2-roster/history', () => json({ intact: true, entries: [] }));

it('shows the agents with their status in words and who receives the queue notifications (S3)', async () => {
  mockFetch(on('GET', '/api/v1/tier2-roster', () => json(ROSTER, 200, { ETag: '"4"' })), history);
  renderScreen(<Tier2RosterPage />, { caller: AGENTS.tier2 });
  expect(await screen.findByRole('heading', { level: 1, name: 'Roster Tier 2' })).toBeInTheDocument();
  expect(await screen.findByText('1 agen aktif menerima pemberitahuan antrean Tier 2.')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Agen Tier 2' });
  const onLeave = within(table).getByText('cuti.dinas').closest('tr')!;
  expect(within(onLeave).getByText('Tidak aktif')).toBeInTheDocument();
  expect(within(table).getByText('wayan@diskominfo.test')).toBeInTheDocument();
  // only Dinas edits
  expect(screen.queryByRole('button', { name: 'Ubah roster Tier 2' })).not.toBeInTheDocument();
  expect(await screen.findByText(/Rantai riwayat terverifikasi/)).toBeInTheDocument();
});

it('says the desk mailbox gets the notifications while no agent is active', async () => {
  mockFetch(on('GET', '/api/v1/tier2-roster', () => json({ agents: [] }, 200, { ETag: '"0"' })), history);
  renderScreen(<Tier2RosterPage />, { caller: CALLERS.dinas });
  expect(await screen.findByText(/Belum ada agen aktif: pemberitahuan antrean Tier 2 masuk ke kotak masuk/)).toBeInTheDocument();
  expect(screen.getByText('Belum ada agen di roster.')).toBeInTheDocument();
});

it('lets Dinas replace the whole roster with the ETag it read, each agent with name, e-mail and status', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/tier2-roster', () => json(ROSTER, 200, { ETag: '"4"' })),
    history,
    on('PUT', '/api/v1/tier2-roster', () => json(ROSTER, 200, { ETag: '"5"' })),
  );
  renderScreen(<Tier2RosterPage />, { caller: CALLERS.dinas });
  await user.click(await screen.findByRole('button', { name: 'Ubah roster Tier 2' }));
  await user.click(screen.getByRole('button', { name: 'Tambah agen' }));
  // a new agent with blank fields is caught before anything is sent
  await user.click(screen.getByRole('button', { name: 'Simpan roster' }));
  expect(screen.getAllByRole('textbox', { name: /Nama pengguna/ })[2]).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  await user.type(screen.getAllByRole('textbox', { name: /Nama pengguna/ })[2], 'piket.dinas');
  await user.type(screen.getAllByRole('textbox', { name: /^Nama\s*\*?$/ })[2], 'Putu Piket');
  await user.type(screen.getAllByRole('textbox', { name: /E-mail/ })[2], 'piket@diskominfo.test');
  // the agent on leave comes back
  await user.click(screen.getAllByRole('checkbox', { name: /Aktif/ })[1]);
  await user.click(screen.getByRole('button', { name: 'Simpan roster' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.headers.get('If-Match')).toBe('"4"');
  expect(put.body).toEqual({
    agents: [
      { username: 'tier2.dinas', name: 'Wayan Sudarsana', email: 'wayan@diskominfo.test', active: true },
      { username: 'cuti.dinas', name: 'Komang Ayu', email: 'komang@diskominfo.test', active: true },
      { username: 'piket.dinas', name: 'Putu Piket', email: 'piket@diskominfo.test', active: true },
    ],
  });
  expect(await screen.findByText('Roster Tier 2 disimpan.')).toBeInTheDocument();
});

it('shows the server naming a bad e-mail next to the field, and a stale version as a problem', async () => {
  let puts = 0;
  mockFetch(
    on('GET', '/api/v1/tier2-roster', () => json(ROSTER, 200, { ETag: '"4"' })),
    history,
    on('PUT', '/api/v1/tier2-roster', () =>
      ++puts === 1
        ? problem(400, { errors: [{ field: 'agents[0].email', message: 'harus berupa alamat e-mail' }] })
        : problem(412, { title: 'Precondition Failed' }),
    ),
  );
  renderScreen(<Tier2RosterPage />, { caller: CALLERS.dinas });
  await user.click(await screen.findByRole('button', { name: 'Ubah roster Tier 2' }));
  await user.click(screen.getByRole('button', { name: 'Simpan roster' }));
  expect(await screen.findByText('harus berupa alamat e-mail')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Simpan roster' }));
  // a stale version (412): another user changed the roster; the banner offers to reload it
  const banner = await screen.findByRole('alert');
  expect(banner).toHaveTextContent('Orang lain telah mengubah data ini');
  expect(within(banner).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
});

it('the edit form has labelled fields and no accessibility violation axe can find', async () => {
  const { default: axe } = await import('axe-core');
  mockFetch(on('GET', '/api/v1/tier2-roster', () => json(ROSTER, 200, { ETag: '"4"' })), history);
  renderScreen(<Tier2RosterPage />, { caller: CALLERS.dinas });
  await user.click(await screen.findByRole('button', { name: 'Ubah roster Tier 2' }));
  expect(screen.getAllByRole('checkbox', { name: 'Aktif (menerima pemberitahuan antrean)' })).toHaveLength(2);
  expect(screen.getByRole('button', { name: 'Hapus agen 2' })).toBeInTheDocument();
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
