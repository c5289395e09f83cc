import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { AGENTS } from '../fixtures';
import CoveragePage from './CoveragePage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const coverage = on('GET', '/api/v1/tier1-roster/coverage', () =>
  json({
    tiered: true,
    uncoveredCount: 1,
    items: [
      { opd: 'DINKES', name: 'Dinas Kesehatan', technicians: 1, uncovered: false, openTicketsRoutedToTier2: 0, directoryContact: 'tier1.dinkes', directoryAgrees: true },
      { opd: 'DISDIK', name: 'Dinas Pendidikan', technicians: 0, uncovered: true, openTicketsRoutedToTier2: 2 },
    ],
  }),
);

it('flags each OPD without Tier 1 in words with its tickets routed to Tier 2 (S2, S4)', async () => {
  mockFetch(coverage);
  renderScreen(<CoveragePage />, { caller: AGENTS.coordinator });
  expect(await screen.findByText('1 OPD tanpa Tier 1')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Cakupan Tier 1 per OPD' });
  const disdik = within(table).getByText('DISDIK').closest('tr')!;
  expect(within(disdik).getByText('Tanpa Tier 1')).toBeInTheDocument();
  expect(within(disdik).getByText('2')).toBeInTheDocument();
  const dinkes = within(table).getByText('DINKES').closest('tr')!;
  expect(within(dinkes).getByText('sesuai daftar')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Daftar Tier 1 / })).not.toBeInTheDocument();
});

it("lets Dinas set an OPD's roster (at least one technician: S2), sending the whole list", async () => {
  const calls = mockFetch(
    coverage,
    on('GET', '/api/v1/tier1-roster/DISDIK', () => problem(404)),
    on('PUT', '/api/v1/tier1-roster/DISDIK', () =>
      json({ opd: 'DISDIK', technicians: [{ username: 'tier1.disdik', name: 'Made Arsana' }], withdrawn: false, updatedAt: '2026-11-30T01:00:00Z', updatedBy: 'admin.dinas' }),
    ),
  );
  renderScreen(<CoveragePage />, { caller: CALLERS.dinas });
  await user.click(await screen.findByRole('button', { name: 'Daftar Tier 1 DISDIK' }));
  const dialog = await screen.findByRole('dialog');
  // a loader until the current roster (none: 404) is read
  await user.click(await within(dialog).findByRole('button', { name: 'Simpan daftar' }));
  expect(within(dialog).getByRole('textbox', { name: /Nama pengguna/ })).toHaveAccessibleDescription(/Wajib diisi/);
  await user.type(within(dialog).getByRole('textbox', { name: /Nama pengguna/ }), 'tier1.disdik');
  await user.type(within(dialog).getByRole('textbox', { name: /^Nama\s*\*?$/ }), 'Made Arsana');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan daftar' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.body).toEqual({ technicians: [{ username: 'tier1.disdik', name: 'Made Arsana' }] });
  expect(put.headers.has('If-Match')).toBe(false);
});

it("keeps and sends each technician's e-mail (where ticket notifications reach them)", async () => {
  const calls = mockFetch(
    coverage,
    on('GET', '/api/v1/tier1-roster/DINKES', () =>
      json(
        { opd: 'DINKES', technicians: [{ username: 'tier1.dinkes', name: 'Ni Luh', email: 'tier1@dinkes.test' }], withdrawn: false, updatedAt: '2026-11-30T01:00:00Z', updatedBy: 'admin.dinas' },
        200,
        { ETag: '"3"' },
      ),
    ),
    on('PUT', '/api/v1/tier1-roster/DINKES', () =>
      json({ opd: 'DINKES', technicians: [], withdrawn: false, updatedAt: '2026-11-30T01:00:00Z', updatedBy: 'admin.dinas' }),
    ),
  );
  renderScreen(<CoveragePage />, { caller: CALLERS.dinas });
  await user.click(await screen.findByRole('button', { name: 'Daftar Tier 1 DINKES' }));
  const dialog = await screen.findByRole('dialog');
  const email = await within(dialog).findByRole('textbox', { name: 'E-mail' });
  expect(email).toHaveValue('tier1@dinkes.test');
  await user.click(within(dialog).getByRole('button', { name: 'Tambah teknisi' }));
  await user.type(within(dialog).getAllByRole('textbox', { name: /Nama pengguna/ })[1], 'tier1b.dinkes');
  await user.type(within(dialog).getAllByRole('textbox', { name: /^Nama\s*\*?$/ })[1], 'Made');
  await user.type(within(dialog).getAllByRole('textbox', { name: 'E-mail' })[1], 'made@dinkes.test');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan daftar' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
  expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
    technicians: [
      { username: 'tier1.dinkes', name: 'Ni Luh', email: 'tier1@dinkes.test' },
      { username: 'tier1b.dinkes', name: 'Made', email: 'made@dinkes.test' },
    ],
  });
});
