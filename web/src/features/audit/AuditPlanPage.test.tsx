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
