import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DatacenterSchemas } from '../../../api/client';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { page } from '../vps/fixtures';
import BackupPage from './BackupPage';

vi.setConfig({ testTimeout: 30_000 });

function system(overrides: Partial<DatacenterSchemas['SystemComplianceResponse']> = {}): DatacenterSchemas['SystemComplianceResponse'] {
  return {
    policyId: 'p-1',
    opd: 'DINKES',
    system: { kind: 'APPLICATION', id: 'app-1', name: 'SIMPUS' },
    frequencyHours: 24,
    rpoHours: 24,
    offsiteCopy: true,
    standing: 'COMPLIANT',
    lastRunAt: '2026-11-30T00:00:00Z',
    lastRunResult: 'SUCCESS',
    lastSuccessAt: '2026-11-30T00:00:00Z',
    nextSuccessDueBy: '2026-12-01T01:00:00Z',
    restoreTestDueBy: '2027-05-30',
    restoreTestOverdue: false,
    policyVersion: 4,
    ...overrides,
  };
}

const opds = on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }])));

it('flags overdue and failing systems and an overdue restore test in words (D6)', async () => {
  mockFetch(
    opds,
    on('GET', '/api/v1/backup-compliance', () =>
      json(
        page([
          system(),
          system({ policyId: 'p-2', system: { kind: 'VPS', id: 'vps-1', name: 'VPS SIKDA' }, standing: 'OVERDUE', restoreTestOverdue: true, restoreTestDueBy: '2026-01-01' }),
          system({ policyId: 'p-3', system: { kind: 'APPLICATION', id: 'app-3', name: 'EPUSKESMAS' }, standing: 'FAILING', lastRunResult: 'FAILED' }),
        ]),
      ),
    ),
  );
  renderScreen(<BackupPage />, { caller: CALLERS.auditor });
  const table = await screen.findByRole('table', { name: 'Kepatuhan cadangan per sistem' });
  const overdue = within(table).getByText('VPS SIKDA').closest('tr')!;
  expect(within(overdue).getAllByText('Terlambat').length).toBeGreaterThan(0);
  expect(within(overdue).getByText(/Terlambat \(jatuh tempo/)).toBeInTheDocument();
  const failing = within(table).getByText('EPUSKESMAS').closest('tr')!;
  expect(within(failing).getAllByText('Gagal').length).toBeGreaterThan(0);
  expect(within(within(table).getByText('SIMPUS').closest('tr')!).getByText('Patuh')).toBeInTheDocument();
  // An auditor reads compliance; restore tests are the owner's or Dinas'.
  expect(screen.queryByRole('button', { name: /Catat uji pemulihan/ })).not.toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'Kepatuhan per OPD' })).toBeInTheDocument();
});

it('records a restore test with the policy version its row showed as If-Match (no fresh read)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/backup-compliance', () => json(page([system()]))),
    on('POST', '/api/v1/backup-policies/p-1/restore-tests', () => json({ id: 'rt-1' }, 201)),
  );
  renderScreen(<BackupPage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('button', { name: 'Catat uji pemulihan SIMPUS' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Durasi/ }), '45');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await screen.findByText('Uji pemulihan dicatat.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"4"');
  expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/backup-policies/p-1')).toHaveLength(0);
  expect(post.body).toEqual({ testedOn: new Date().toISOString().slice(0, 10), durationMinutes: 45, result: 'PASSED' });
  // No per-OPD tab for an operator.
  expect(screen.queryByRole('tab', { name: 'Kepatuhan per OPD' })).not.toBeInTheDocument();
});

it('refuses a frequency less often than the RPO before sending, then sends the PolicyForm (D6)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/backup-compliance', () => json(page([]))),
    on('GET', '/api/v1/applications', () => json(page([{ id: 'app-1', name: 'SIMPUS', ownerOpd: 'DINKES', status: 'ACTIVE' }]))),
    on('POST', '/api/v1/backup-policies', () => json({ id: 'p-9' }, 201)),
  );
  renderScreen(<BackupPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText('Belum ada sistem yang dilindungi kebijakan cadangan.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Tambah kebijakan' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('combobox', { name: /^Sistem/ }));
  await userEvent.click(await screen.findByRole('option', { name: 'SIMPUS', hidden: true }));
  const frequency = within(dialog).getByRole('textbox', { name: /Frekuensi/ });
  await userEvent.clear(frequency);
  await userEvent.type(frequency, '48');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getByRole('textbox', { name: /Frekuensi/ })).toHaveAccessibleDescription(/sesering RPO/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await userEvent.clear(frequency);
  await userEvent.type(frequency, '12');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    systemKind: 'APPLICATION',
    systemId: 'app-1',
    frequencyHours: 12,
    retentionDays: 30,
    rpoHours: 24,
    offsiteCopy: true,
  });
});

it('downloads the compliance CSV through the gateway and shows its problem', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/backup-compliance', () => json(page([system()]))),
    on('GET', '/api/v1/backup-compliance/export.csv', () => problem(403)),
  );
  renderScreen(<BackupPage />, { caller: CALLERS.dinkes });
  await screen.findByRole('table');
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Anda tidak berwenang');
  expect(calls.some((c) => c.url.pathname === '/api/v1/backup-compliance/export.csv')).toBe(true);
});
