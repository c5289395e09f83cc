import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import EngagementDetailPage from './EngagementDetailPage';
import { AUDIT_ID, aFinding, anAudit, anAuditor, LEAD_AUDITOR, page } from './fixtures';
import type { Audit } from './shared';

vi.setConfig({ testTimeout: 20_000 });

const BASE = `/api/v1/audits/${AUDIT_ID}`;

function show(caller: { username: string; opd?: string; roles: readonly string[] }, tab = 'ringkasan') {
  return renderScreen(<EngagementDetailPage />, { route: `/audit/penugasan/${AUDIT_ID}?tab=${tab}`, path: '/audit/penugasan/:id', caller });
}

const steps = () =>
  within(screen.getByRole('group', { name: 'Langkah penugasan' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

function serving(audit: Audit, etag = '"3"') {
  return on('GET', BASE, () => json(audit, 200, { ETag: etag }));
}

describe('engagement steps per status and role (AU1–AU3)', () => {
  it('Dinas may start or cancel a planned audit, not move it to reporting', async () => {
    mockFetch(serving(anAudit()));
    show(CALLERS.dinas);
    await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
    expect(steps()).toEqual(['Mulai audit', 'Batalkan audit']);
  });

  it('the lead auditor moves a running audit to reporting and may not cancel it', async () => {
    mockFetch(serving(anAudit({ status: 'IN_PROGRESS', team: [LEAD_AUDITOR] })));
    show(CALLERS.auditor);
    await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
    expect(steps()).toEqual(['Mulai pelaporan']);
  });

  it('the audited OPD reads the engagement without steps', async () => {
    mockFetch(serving(anAudit({ status: 'IN_PROGRESS', team: [LEAD_AUDITOR] })));
    show(CALLERS.dinkes);
    await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
    expect(screen.queryByRole('group', { name: 'Langkah penugasan' })).not.toBeInTheDocument();
    expect(screen.getByText('Tidak ada langkah yang dapat Anda lakukan pada status ini.')).toBeInTheDocument();
  });

  it('Dinas continues a completed audit into the next cycle', async () => {
    mockFetch(serving(anAudit({ status: 'COMPLETED', completedOn: '2026-12-30' })));
    const { router } = show(CALLERS.dinas);
    await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
    await userEvent.click(screen.getByRole('button', { name: 'Lanjutkan ke siklus berikutnya' }));
    expect(router.state.location.pathname + router.state.location.search).toBe(`/audit/penugasan/baru?previousAuditId=${AUDIT_ID}`);
  });
});

it('starting sends the version shown as If-Match and shows the new status', async () => {
  let started = false;
  const calls = mockFetch(
    on('GET', BASE, () => json(anAudit(started ? { status: 'IN_PROGRESS' } : {}), 200, { ETag: started ? '"4"' : '"3"' })),
    on('POST', `${BASE}/start`, () => {
      started = true;
      return json(anAudit({ status: 'IN_PROGRESS' }), 200, { ETag: '"4"' });
    }),
  );
  show(CALLERS.dinas);
  await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
  await userEvent.click(screen.getByRole('button', { name: 'Mulai audit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Mulai audit' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Mulai audit' }));
  expect(await screen.findByText('Status penugasan diperbarui.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.url.pathname).toBe(`${BASE}/start`);
  expect(post.headers.get('If-Match')).toBe('"3"');
  expect(screen.getByText('Berjalan')).toBeInTheDocument();
});

it('cancelling asks for a reason before anything is sent', async () => {
  const calls = mockFetch(
    serving(anAudit()),
    on('POST', `${BASE}/cancel`, () => json(anAudit({ status: 'CANCELLED', cancelReason: 'Anggaran dialihkan' }))),
  );
  show(CALLERS.dinas);
  await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
  await userEvent.click(screen.getByRole('button', { name: 'Batalkan audit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Batalkan audit' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Batalkan audit' }));
  expect(within(dialog).getByRole('textbox', { name: /Alasan/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Anggaran dialihkan');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Batalkan audit' }));
  await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'Anggaran dialihkan' }));
});

it('assigning the team sends the chosen auditors with one lead and shows the AU3 refusal', async () => {
  const expired = anAuditor({
    id: 'aud-2',
    type: 'EXTERNAL_AUDITOR',
    name: 'Komang Wira',
    username: undefined,
    homeOpd: undefined,
    decree: undefined,
    certificate: { number: 'CISA-778', issuer: 'ISACA', expiresOn: '2024-06-30' },
  });
  const calls = mockFetch(
    serving(anAudit()),
    on('GET', '/api/v1/auditors', () => json(page([anAuditor(), expired]))),
    on('POST', `${BASE}/team`, () =>
      problem(422, { obligation: 'AU3', detail: 'Sertifikat Komang Wira berakhir sebelum audit selesai.' }),
    ),
  );
  show(CALLERS.dinas, 'tim');
  const user = userEvent.setup();
  expect(await screen.findByText(/Belum ada tim/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Tetapkan tim' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tetapkan tim audit' });
  await user.click(within(dialog).getByRole('combobox', { name: /^Auditor/ }));
  await user.click(await screen.findByRole('option', { name: /Ni Made Sari/, hidden: true }));
  // The register's expired certificate is said in words in the choice itself.
  await user.click(await screen.findByRole('option', { name: /Komang Wira.*sertifikat kedaluwarsa/, hidden: true }));
  // The first auditor chosen becomes the lead until another is named.
  expect(within(dialog).getByRole('combobox', { name: /Ketua tim/ })).toHaveValue('Ni Made Sari · Tim internal · INSPEKTORAT');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('Melanggar aturan SPBE');
  expect(alert).toHaveTextContent('Aturan AU3');
  expect(alert).toHaveTextContent('Sertifikat Komang Wira berakhir sebelum audit selesai.');
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({
    members: [
      { auditorId: 'aud-1', lead: true },
      { auditorId: 'aud-2', lead: false },
    ],
  });
  expect(post.headers.get('If-Match')).toBe('"3"');
});

describe("the audited OPD's findings tab counts other OPDs' findings without showing them (AU7)", () => {
  it('shows the count the server gives the audited OPD under its own findings', async () => {
    mockFetch(
      serving(anAudit({ status: 'COMPLETED', completedOn: '2026-12-30', otherOpdFindings: 2 })),
      on('GET', `${BASE}/findings`, () => json(page([aFinding({ title: 'Cadangan tidak diuji' })]))),
    );
    show(CALLERS.dinkes, 'temuan');
    expect(await screen.findByText('Cadangan tidak diuji')).toBeInTheDocument();
    expect(screen.getByTestId('other-opd-findings')).toHaveTextContent(
      '2 temuan lain dalam audit ini menjadi tanggung jawab OPD lain dan tidak ditampilkan di sini.',
    );
  });

  it('says nothing when the caller sees every finding (no count from the server)', async () => {
    mockFetch(
      serving(anAudit({ status: 'COMPLETED', completedOn: '2026-12-30', otherOpdFindings: null })),
      on('GET', `${BASE}/findings`, () => json(page([aFinding({ title: 'Cadangan tidak diuji' })]))),
    );
    show(CALLERS.dinas, 'temuan');
    expect(await screen.findByText('Cadangan tidak diuji')).toBeInTheDocument();
    expect(screen.queryByTestId('other-opd-findings')).not.toBeInTheDocument();
  });
});

it('the working papers tab is offered to the team and Dinas, not to the audited OPD', async () => {
  mockFetch(serving(anAudit({ status: 'IN_PROGRESS', team: [LEAD_AUDITOR] })));
  const first = show(CALLERS.auditor);
  await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
  expect(screen.getByRole('tab', { name: 'Kertas kerja' })).toBeInTheDocument();
  first.unmount();
  show(CALLERS.dinkes);
  await screen.findByRole('heading', { level: 1, name: 'Audit Aplikasi SIMPUS 2026' });
  expect(screen.getByRole('tab', { name: 'Permintaan bukti' })).toBeInTheDocument();
  expect(screen.queryByRole('tab', { name: 'Kertas kerja' })).not.toBeInTheDocument();
  // its own operational data from other services is shown to the audited OPD too
  expect(screen.getByRole('tab', { name: 'Bukti dari layanan lain' })).toBeInTheDocument();
});
