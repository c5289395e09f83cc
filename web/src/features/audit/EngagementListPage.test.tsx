import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import EngagementListPage from './EngagementListPage';
import { AUDIT_ID, anAudit, LEAD_AUDITOR, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

it('lists engagements with their lead and status, and filters by kind and status through the API (AU1)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/audits', (url) =>
      json(
        url.searchParams.get('status') === 'COMPLETED'
          ? page([])
          : { ...page([anAudit({ team: [LEAD_AUDITOR], status: 'IN_PROGRESS' })]), totalItems: 45, totalPages: 3 },
      ),
    ),
  );
  renderScreen(<EngagementListPage />, { route: '/audit/penugasan', caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Daftar penugasan audit' });
  const row = within(table).getByRole('link', { name: 'Audit Aplikasi SIMPUS 2026' }).closest('tr')!;
  expect(within(table).getByRole('link', { name: 'Audit Aplikasi SIMPUS 2026' })).toHaveAttribute('href', `/audit/penugasan/${AUDIT_ID}`);
  expect(within(row).getByText('Ni Made Sari')).toBeInTheDocument();
  expect(within(row).getByText('Berjalan')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Jadwalkan audit' })).toHaveAttribute('href', '/audit/penugasan/baru');
  expect(screen.getByRole('navigation', { name: 'Halaman penugasan audit' })).toBeInTheDocument();

  const user = userEvent.setup();
  const status = screen.getByRole('combobox', { name: 'Status' });
  await user.click(status);
  const listbox = document.getElementById(status.getAttribute('aria-controls')!)!;
  await user.click(within(listbox).getByRole('option', { name: 'Selesai', hidden: true }));
  expect(await screen.findByText('Belum ada penugasan audit yang cocok.')).toBeInTheDocument();
  await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('status')).toBe('COMPLETED'));
  expect(calls.at(-1)!.url.searchParams.get('page')).toBe('0');
});

it('an auditor sees the engagements without the schedule button', async () => {
  mockFetch(on('GET', '/api/v1/audits', () => json(page([anAudit()]))));
  renderScreen(<EngagementListPage />, { route: '/audit/penugasan?kind=KEAMANAN', caller: CALLERS.auditor });
  await screen.findByRole('table', { name: 'Daftar penugasan audit' });
  expect(screen.queryByRole('link', { name: 'Jadwalkan audit' })).not.toBeInTheDocument();
});

it('downloads the engagement list as CSV with the filters on screen (Unduh CSV)', async () => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    on('GET', '/api/v1/audits', () => json(page([anAudit()]))),
    on('GET', '/api/v1/audits/export.csv', () =>
      new Response('id,jenis_audit\r\n', {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="penugasan-audit.csv"' },
      }),
    ),
  );
  renderScreen(<EngagementListPage />, { route: '/audit/penugasan?kind=KEAMANAN&status=IN_PROGRESS&page=2', caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: 'Daftar penugasan audit' });
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  expect(await screen.findByText('Daftar diunduh sebagai CSV (sesuai saringan).')).toBeInTheDocument();
  const csv = calls.filter((c) => c.url.pathname === '/api/v1/audits/export.csv');
  expect(csv).toHaveLength(1);
  expect(csv[0].url.searchParams.get('kind')).toBe('KEAMANAN');
  expect(csv[0].url.searchParams.get('status')).toBe('IN_PROGRESS');
  // the whole filtered list, not the page on screen
  expect(csv[0].url.searchParams.has('page')).toBe(false);
  expect(csv[0].url.searchParams.has('size')).toBe(false);
});

it('shows the problem when the CSV export is refused', async () => {
  mockFetch(
    on('GET', '/api/v1/audits', () => json(page([anAudit()]))),
    on('GET', '/api/v1/audits/export.csv', () => problem(403, { detail: 'Ekspor tidak diizinkan untuk pengguna ini' })),
  );
  renderScreen(<EngagementListPage />, { route: '/audit/penugasan', caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: 'Daftar penugasan audit' });
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  expect(await screen.findByText('Ekspor tidak diizinkan untuk pengguna ini', { exact: false })).toBeInTheDocument();
});
