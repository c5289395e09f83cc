import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import EngagementDetailPage from './EngagementDetailPage';
import { AUDIT_ID, anAudit, LEAD_AUDITOR } from './fixtures';
import type { Audit } from './shared';

vi.setConfig({ testTimeout: 20_000 });

const BASE = `/api/v1/audits/${AUDIT_ID}`;

function show(audit: Audit, caller: { username: string; opd?: string; roles: readonly string[] }) {
  const calls = mockFetch(
    on('GET', BASE, () => json(audit, 200, { ETag: '"5"' })),
    on('GET', `${BASE}/report.pdf`, () =>
      new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''laporan-audit.pdf" } }),
    ),
  );
  renderScreen(<EngagementDetailPage />, { route: `/audit/penugasan/${AUDIT_ID}`, path: '/audit/penugasan/:id', caller });
  return calls;
}

beforeEach(() => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:laporan'), revokeObjectURL: vi.fn() }));
});

it('the audited OPD downloads the final report of a completed audit (AU7)', async () => {
  const calls = show(anAudit({ status: 'COMPLETED', completedOn: '2026-12-30', team: [LEAD_AUDITOR] }), CALLERS.dinkes);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Unduh laporan audit (PDF)' }));
  expect(await screen.findByText('Laporan audit diunduh.')).toBeInTheDocument();
  expect(calls.filter((c) => c.url.pathname === `${BASE}/report.pdf`)).toHaveLength(1);
  expect(screen.getByText(/Salinan untuk OPD Anda: memuat temuan yang menjadi tanggung jawab OPD Anda/)).toBeInTheDocument();
});

it('Dinas is told the report is the whole one for the addressee, not an OPD copy', async () => {
  show(anAudit({ status: 'COMPLETED', completedOn: '2026-12-30', team: [LEAD_AUDITOR] }), CALLERS.dinas);
  expect(await screen.findByRole('button', { name: 'Unduh laporan audit (PDF)' })).toBeInTheDocument();
  expect(screen.getByText('Laporan hasil audit untuk penerima yang ditetapkan peraturan (AU7).')).toBeInTheDocument();
  expect(screen.queryByText(/Salinan untuk OPD Anda/)).not.toBeInTheDocument();
});

it('while reporting, the team gets the draft and the audited OPD no button', async () => {
  const reporting = anAudit({ status: 'REPORTING', team: [LEAD_AUDITOR] });
  show(reporting, CALLERS.auditor);
  expect(await screen.findByRole('button', { name: 'Unduh konsep laporan (PDF)' })).toBeInTheDocument();
});

it('the audited OPD sees no report while the audit is being reported, nor anyone before that', async () => {
  show(anAudit({ status: 'REPORTING', team: [LEAD_AUDITOR] }), CALLERS.dinkes);
  await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
  expect(screen.queryByRole('button', { name: /laporan/ })).not.toBeInTheDocument();
});

it('a problem answer (409) is shown through the problem banner', async () => {
  mockFetch(
    on('GET', BASE, () => json(anAudit({ status: 'REPORTING', team: [LEAD_AUDITOR] }), 200, { ETag: '"5"' })),
    on('GET', `${BASE}/report.pdf`, () => problem(409, { detail: 'Laporan audit tersedia sejak tahap pelaporan.' })),
  );
  renderScreen(<EngagementDetailPage />, { route: `/audit/penugasan/${AUDIT_ID}`, path: '/audit/penugasan/:id', caller: CALLERS.dinas });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Unduh konsep laporan (PDF)' }));
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Laporan audit tersedia sejak tahap pelaporan.'));
});
