import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import AuditPlanPage, { auditObjectPath } from './AuditPlanPage';

// Forms driven through user events on a shared 2-core machine can pass 5 s; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 20_000 });

const year = new Date().getFullYear();

function item(id: string, dueDate: string, name: string) {
  return { id, applicationId: `app-${id}`, applicationName: name, opd: 'BPKAD', applicationClass: 'UMUM', kind: 'KEAMANAN', obligation: 'AU6', basisDate: `${year - 2}-03-01`, dueDate, plannedAt: `${year - 2}-03-02T00:00:00Z` };
}

it('shows the year plan earliest first, marks past-due rows in words, and asks for another year when chosen', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/audit-plan', (url) =>
      json({
        items: url.searchParams.get('year') === String(year) ? [item('1', `${year - 1}-12-31`, 'SIPKD'), item('2', `${year + 1}-01-01`, 'SIMDA')] : [],
        page: 0,
        size: 20,
        totalItems: url.searchParams.get('year') === String(year) ? 2 : 0,
        totalPages: 1,
      }),
    ),
  );
  renderScreen(<AuditPlanPage />, { caller: CALLERS.auditor });

  const table = await screen.findByRole('table', { name: `Rencana audit tahun ${year}` });
  const pastRow = within(table).getByRole('link', { name: 'SIPKD' }).closest('tr')!;
  expect(within(pastRow).getByText('Lewat jatuh tempo')).toBeInTheDocument();
  expect(within(pastRow).getByText('Keamanan')).toBeInTheDocument();
  const futureRow = within(table).getByRole('link', { name: 'SIMDA' }).closest('tr')!;
  expect(within(futureRow).queryByText('Lewat jatuh tempo')).not.toBeInTheDocument();
  expect(calls[0].url.searchParams.get('sort')).toBe('dueDate,asc');

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tahun' }), String(year - 1));
  expect(await screen.findByText(`Tidak ada audit yang jatuh tempo pada tahun ${year - 1}.`)).toBeInTheDocument();
  expect(calls.at(-1)!.url.searchParams.get('year')).toBe(String(year - 1));
});

it('links a scheduled obligation to its engagement and offers Dinas to schedule the others', async () => {
  mockFetch(
    on('GET', '/api/v1/audit-plan', () =>
      json({
        items: [
          { ...item('1', `${year}-06-01`, 'SIPKD'), status: 'ACTIVE', scheduledAuditId: 'audit-9', scheduledStart: `${year}-05-01` },
          { ...item('2', `${year}-08-01`, 'SIMDA'), status: 'ACTIVE', neverAudited: true },
        ],
        page: 0,
        size: 20,
        totalItems: 2,
        totalPages: 1,
      }),
    ),
  );
  renderScreen(<AuditPlanPage />, { caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: `Rencana audit tahun ${year}` });
  expect(within(table).getByRole('link', { name: 'Terjadwal: SIPKD' })).toHaveAttribute('href', '/audit/penugasan/audit-9');
  expect(within(table).getByRole('link', { name: 'Jadwalkan: SIMDA' })).toHaveAttribute('href', '/audit/penugasan/baru?planItemId=2');
  expect(within(table).queryByRole('link', { name: 'Jadwalkan: SIPKD' })).not.toBeInTheDocument();
  // A new object of the universe says so in words.
  const simda = within(table).getByRole('link', { name: 'SIMDA' }).closest('tr')!;
  expect(within(simda).getByText('Belum pernah diaudit')).toBeInTheDocument();
  expect(within(within(table).getByRole('link', { name: 'SIPKD' }).closest('tr')!).queryByText('Belum pernah diaudit')).not.toBeInTheDocument();
});

describe('auditObjectPath', () => {
  it('links an application to its page and infrastructure (AU4, AU6) to its data center, LAN or the WAN', () => {
    expect(auditObjectPath({ objectKind: 'APPLICATION', applicationId: 'a-1', opd: 'DINKES' })).toBe('/aplikasi/a-1');
    expect(auditObjectPath({ applicationId: 'a-2', opd: 'DINKES' })).toBe('/aplikasi/a-2');
    expect(auditObjectPath({ objectKind: 'DATA_CENTER', applicationId: 'data-center:PD-DENPASAR', opd: 'DISKOMINFO' }))
      .toBe('/pusat-data/lokasi/PD-DENPASAR');
    expect(auditObjectPath({ objectKind: 'LAN', applicationId: 'lan:DINKES', opd: 'DINKES' })).toBe('/jaringan/lan/DINKES');
    expect(auditObjectPath({ objectKind: 'WAN', applicationId: 'wan', opd: 'DISKOMINFO' })).toBe('/jaringan/wan');
  });
});

describe('the plan views beside the year plan (AU4–AU6)', () => {
  const pageOf = (items: unknown[]) => json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

  it('downloads the chosen year and kind as CSV', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
    const calls = mockFetch(
      on('GET', '/api/v1/audit-plan', () => pageOf([item('1', `${year}-06-01`, 'SIPKD')])),
      on('GET', '/api/v1/audit-plan/export.csv', () =>
        new Response('jatuh_tempo\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="rencana-audit-${year}.csv"` } }),
      ),
    );
    renderScreen(<AuditPlanPage />, { caller: CALLERS.dinas });
    await screen.findByRole('table', { name: `Rencana audit tahun ${year}` });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Jenis audit' }), 'KEAMANAN');
    await userEvent.click(screen.getByRole('button', { name: `Unduh CSV ${year}` }));
    expect(await screen.findByText('Rencana audit diunduh sebagai CSV.')).toBeInTheDocument();
    const csv = calls.filter((c) => c.url.pathname === '/api/v1/audit-plan/export.csv');
    expect(csv).toHaveLength(1);
    expect(csv[0].url.searchParams.get('year')).toBe(String(year));
    expect(csv[0].url.searchParams.get('kind')).toBe('KEAMANAN');
  });

  it('lists what is overdue today across years, and says so when nothing is', async () => {
    const calls = mockFetch(
      on('GET', '/api/v1/audit-plan/overdue', (url) =>
        pageOf(url.searchParams.get('kind') === 'APLIKASI' ? [] : [item('7', `${year - 2}-02-01`, 'SIMPEG')]),
      ),
    );
    renderScreen(<AuditPlanPage />, { route: '/audit/rencana?tab=terlambat', caller: CALLERS.auditor });
    const table = await screen.findByRole('table', { name: 'Audit yang lewat jatuh tempo hari ini' });
    const row = within(table).getByRole('link', { name: 'SIMPEG' }).closest('tr')!;
    expect(within(row).getByText('Lewat jatuh tempo')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Jenis audit' }), 'APLIKASI');
    expect(await screen.findByText('Tidak ada audit yang lewat jatuh tempo.')).toBeInTheDocument();
    expect(calls.at(-1)!.url.searchParams.get('kind')).toBe('APLIKASI');
  });

  it('counts what falls due per month over five years from the chosen year', async () => {
    const months = (due: Record<number, number>) =>
      Array.from({ length: 12 }, (_, m) => ({ month: m + 1, total: due[m + 1] ?? 0, infrastruktur: 0, aplikasi: due[m + 1] ?? 0, keamanan: 0 }));
    const calls = mockFetch(
      on('GET', '/api/v1/audit-plan/calendar', (url) => {
        const from = Number(url.searchParams.get('fromYear'));
        return json({
          fromYear: from,
          toYear: from + 4,
          years: Array.from({ length: 5 }, (_, i) => ({ year: from + i, total: i === 1 ? 3 : 0, neverAudited: i === 1 ? 2 : 0, months: months(i === 1 ? { 3: 3 } : {}) })),
        });
      }),
    );
    renderScreen(<AuditPlanPage />, { route: '/audit/rencana?tab=kalender', caller: { username: 'koordinator', roles: ['COORDINATOR'] } });
    const table = await screen.findByRole('table', { name: `Jumlah audit jatuh tempo per bulan, ${year}–${year + 4}` });
    const next = within(table).getByRole('rowheader', { name: String(year + 1) }).closest('tr')!;
    expect(within(next).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', '—', '3', '—', '—', '—', '—', '—', '—', '—', '—', '—', '3', '2']);
    expect(calls[0].url.searchParams.get('toYear')).toBe(String(year + 4));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mulai tahun' }), String(year - 1));
    expect(await screen.findByRole('table', { name: `Jumlah audit jatuh tempo per bulan, ${year - 1}–${year + 3}` })).toBeInTheDocument();
  });
});
