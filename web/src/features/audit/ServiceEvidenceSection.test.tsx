import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { ServiceEvidenceSection, type EvidenceView } from './ServiceEvidenceSection';
import { AUDIT_ID, anAudit, LEAD_AUDITOR, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const LIVE = new RegExp(`^/api/v1/audits/${AUDIT_ID}/service-evidence/[A-Z_]+$`);
const PULLED = `/api/v1/audits/${AUDIT_ID}/pulled-evidence`;
const running = anAudit({ status: 'IN_PROGRESS', team: [LEAD_AUDITOR] });

function aView(overrides: Partial<EvidenceView> = {}): EvidenceView {
  return {
    source: 'BACKUPS',
    sourceLabel: 'Kepatuhan pencadangan',
    producer: 'datacenter-service',
    from: '2025-12-01',
    to: '2026-11-30',
    scope: { opd: 'DINKES', objectId: 'app-simpus', linkedTo: 'OBJECT', note: 'VPS yang menjalankan aplikasi app-simpus.' },
    dataAsOf: '2026-11-30T01:00:00Z',
    headline: [
      { key: 'vpsInScope', label: 'VPS dalam cakupan', number: 2, text: '2' },
      { key: 'vpsWithoutSuccess', label: 'VPS tanpa pencadangan berhasil', number: 1, text: '1' },
    ],
    backups: {
      vpsInScope: 2, runs: 3, successfulRuns: 2, failedRuns: 1, offsiteSuccessfulRuns: 1, lastSuccessAt: '2026-11-01T18:00:00Z', vpsWithoutSuccess: 1,
      rows: [
        { systemKind: 'VPS', systemId: 'v-2', name: 'simpus-2.vps.go.id', opd: 'DINKES', runs: 0, successfulRuns: 0, offsiteSuccessfulRuns: 0, lastSuccessAt: null, inScopeVps: true, withoutSuccess: true },
      ],
    },
    uptime: null,
    lanDiagrams: null,
    changes: null,
    rowsTruncated: false,
    ...overrides,
  } as EvidenceView;
}

const changesView = aView({
  source: 'CHANGES',
  sourceLabel: 'Tiket perubahan',
  headline: [{ key: 'implementedWithoutApproval', label: 'Diimplementasikan tanpa persetujuan', number: 1, text: '1' }],
  backups: null,
  changes: {
    changes: 2, approved: 1, implemented: 2, implementedWithoutApproval: 1,
    rows: [{ ticketId: 't-9', title: null, affectedApplicationId: 'app-simpus', openedAt: '2026-03-01T02:00:00Z', approvedAt: null, implementedAt: '2026-03-05T02:00:00Z', implementedWithoutApproval: true }],
  },
} as Partial<EvidenceView>);

const aPulled = {
  id: 'p-1', auditId: AUDIT_ID, source: 'BACKUPS', sourceLabel: 'Kepatuhan pencadangan', from: '2026-01-01', to: '2026-06-30',
  linkedTo: 'OBJECT', dataAsOf: '2026-11-30T01:00:00Z', headline: aView().headline, rows: 1, pulledBy: 'auditor', pulledAt: '2026-11-30T03:00:00Z',
};

it('the team sees the live view of a source over the chosen period and pulls it into the audit', async () => {
  let pulled: unknown[] = [];
  const calls = mockFetch(
    on('GET', LIVE, (url) => json(url.pathname.endsWith('/CHANGES') ? changesView : aView())),
    on('GET', PULLED, () => json(page(pulled))),
    on('POST', PULLED, () => {
      pulled = [aPulled];
      return json({ id: 'p-1', auditId: AUDIT_ID, pulledBy: 'auditor', pulledAt: '2026-11-30T03:00:00Z', evidence: aView() }, 201);
    }),
  );
  renderScreen(<ServiceEvidenceSection engagement={running} />, { caller: CALLERS.auditor });
  expect(await screen.findByText('VPS dalam cakupan')).toBeInTheDocument();
  expect(screen.getByText('Terkait objek audit')).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: 'VPS simpus-2.vps.go.id' })).toBeInTheDocument();
  expect(await screen.findByText('Belum ada bukti dari layanan lain yang diambil ke audit ini.')).toBeInTheDocument();

  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Dari tanggal'), '2026-01-01');
  await user.type(screen.getByLabelText('Sampai tanggal'), '2026-06-30');
  await user.click(screen.getByRole('button', { name: 'Tampilkan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'GET' && c.url.searchParams.get('from') === '2026-01-01' && c.url.searchParams.get('to') === '2026-06-30')).toBe(true));

  await user.click(await screen.findByRole('button', { name: 'Ambil sebagai bukti' }));
  await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ source: 'BACKUPS', from: '2026-01-01', to: '2026-06-30' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Kepatuhan pencadangan diambil sebagai bukti audit.');
  const table = await screen.findByRole('table', { name: 'Bukti dari layanan lain dalam audit ini' });
  expect(within(table).getByText('VPS dalam cakupan: 2; VPS tanpa pencadangan berhasil: 1')).toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Sumber' }), 'CHANGES');
  expect(await screen.findByText('(judul tidak dibagikan — perubahan keamanan)')).toBeInTheDocument();
  expect(calls.some((c) => c.url.pathname.endsWith('/service-evidence/CHANGES'))).toBe(true);
});

it('the audited OPD reads the view and the pulled records but is offered no pull; a completed audit takes none', async () => {
  mockFetch(on('GET', LIVE, () => json(aView())), on('GET', PULLED, () => json(page([aPulled]))));
  const { unmount } = renderScreen(<ServiceEvidenceSection engagement={running} />, { caller: CALLERS.dinkes });
  expect(await screen.findByText('VPS dalam cakupan')).toBeInTheDocument();
  expect(await screen.findByRole('table', { name: 'Bukti dari layanan lain dalam audit ini' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Ambil sebagai bukti' })).not.toBeInTheDocument();
  unmount();

  renderScreen(<ServiceEvidenceSection engagement={{ ...running, status: 'COMPLETED' }} />, { caller: CALLERS.auditor });
  expect(await screen.findByText('VPS dalam cakupan')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Ambil sebagai bukti' })).not.toBeInTheDocument();
});

it('a period the server refuses shows its message next to the date field', async () => {
  mockFetch(
    on('GET', LIVE, (url) => url.searchParams.has('from')
      ? problem(400, { errors: [{ field: 'from', message: 'Awal periode tidak boleh setelah akhir periode.' }] })
      : json(aView())),
    on('GET', PULLED, () => json(page([]))),
  );
  renderScreen(<ServiceEvidenceSection engagement={running} />, { caller: CALLERS.dinas });
  expect(await screen.findByText('VPS dalam cakupan')).toBeInTheDocument();
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Dari tanggal'), '2026-06-01');
  await user.type(screen.getByLabelText('Sampai tanggal'), '2026-01-01');
  await user.click(screen.getByRole('button', { name: 'Tampilkan' }));
  expect(await screen.findByText('Awal periode tidak boleh setelah akhir periode.')).toBeInTheDocument();
});
