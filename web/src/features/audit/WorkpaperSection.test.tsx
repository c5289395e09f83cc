import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { FakeXhr } from '../../test/fakeXhr';
import type { Caller } from '../../auth/roles';
import { readsWorkpapers, WorkpaperSection, type Workpaper } from './WorkpaperSection';
import { AUDIT_ID, anAudit, LEAD_AUDITOR, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const BASE = `/api/v1/audits/${AUDIT_ID}/workpapers`;
const running = anAudit({ status: 'IN_PROGRESS', team: [LEAD_AUDITOR] });

function aWorkpaper(overrides: Partial<Workpaper> = {}): Workpaper {
  return {
    id: 'wp-1',
    auditId: AUDIT_ID,
    title: 'Uji kebijakan pencadangan',
    scopeArea: 'GOVERNANCE_AND_MANAGEMENT',
    notes: 'Wawancara pengelola server',
    files: [{ documentId: '6b0d4f826b4e8aad8cb7cba2', filename: 'notulen.pdf', mediaType: 'application/pdf', sizeBytes: 2048, sha256: 'ab'.repeat(32), signatureStatus: 'UNSIGNED' }],
    recordedBy: 'auditor',
    recordedAt: '2026-12-02T03:00:00Z',
    updatedBy: 'auditor',
    updatedAt: '2026-12-02T03:00:00Z',
    ...overrides,
  };
}

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

it('the team records a working paper for a scope item of the audit, then its files are uploaded with the new version', async () => {
  const calls = mockFetch(
    on('GET', BASE, () => json(page([]))),
    on('POST', BASE, () => json(aWorkpaper({ id: 'wp-2', files: [] }), 201, { ETag: '"0"' })),
  );
  renderScreen(<WorkpaperSection engagement={running} />, { caller: CALLERS.auditor });
  expect(await screen.findByText('Belum ada kertas kerja.')).toBeInTheDocument();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Catat kertas kerja' }));
  const dialog = await screen.findByRole('dialog', { name: 'Catat kertas kerja' });
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getAllByText('Wajib diisi').length).toBeGreaterThan(0);
  expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

  await user.type(within(dialog).getByRole('textbox', { name: 'Judul' }), 'Uji pemulihan cadangan');
  const scope = within(dialog).getByRole('combobox', { name: 'Butir ruang lingkup' });
  // only the audit's own scope items are offered (AU2)
  expect(within(scope).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['', 'GOVERNANCE_AND_MANAGEMENT', 'FUNCTIONALITY']);
  await user.selectOptions(scope, 'FUNCTIONALITY');
  await user.type(within(dialog).getByRole('textbox', { name: 'Catatan' }), 'Pemulihan diuji');
  await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.7'], 'notulen.pdf', { type: 'application/pdf' }));
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ title: 'Uji pemulihan cadangan', scopeArea: 'FUNCTIONALITY', notes: 'Pemulihan diuji' });
  const xhr = FakeXhr.last!;
  expect(xhr.url).toBe(`${BASE}/wp-2/files`);
  expect(xhr.requestHeaders['If-Match']).toBe('"0"');
  expect((xhr.body as FormData).getAll('file').map((f) => (f as File).name)).toEqual(['notulen.pdf']);
  act(() => xhr.respond(200, aWorkpaper({ id: 'wp-2' })));
  expect(await screen.findByText('Kertas kerja disimpan.')).toBeInTheDocument();
});

it('revising sends the version read when the dialog opened; a stale one shows the problem (412)', async () => {
  const calls = mockFetch(
    on('GET', BASE, () => json(page([aWorkpaper()]))),
    on('GET', `${BASE}/wp-1`, () => json(aWorkpaper(), 200, { ETag: '"3"' })),
    on('PUT', `${BASE}/wp-1`, () => problem(412, { detail: 'Kertas kerja sudah diubah orang lain' })),
  );
  renderScreen(<WorkpaperSection engagement={running} />, { caller: CALLERS.auditor });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Ubah: Uji kebijakan pencadangan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Ubah kertas kerja' });
  expect(within(dialog).getByRole('textbox', { name: 'Judul' })).toHaveValue('Uji kebijakan pencadangan');
  await waitFor(() => expect(calls.some((c) => c.url.pathname === `${BASE}/wp-1` && c.method === 'GET')).toBe(true));
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText('Kertas kerja sudah diubah orang lain', { exact: false })).toBeInTheDocument();
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.headers.get('If-Match')).toBe('"3"');
  expect(put.body).toEqual({ title: 'Uji kebijakan pencadangan', scopeArea: 'GOVERNANCE_AND_MANAGEMENT', notes: 'Wawancara pengelola server' });
});

it('Dinas reads working papers and downloads a file but records none; a completed audit offers no changes', async () => {
  mockFetch(on('GET', BASE, () => json(page([aWorkpaper()]))));
  renderScreen(<WorkpaperSection engagement={running} />, { caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Kertas kerja tim audit' });
  expect(within(table).getByText('Tata kelola dan manajemen')).toBeInTheDocument();
  expect(within(table).getByRole('button', { name: 'Unduh notulen.pdf' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Catat kertas kerja' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Ubah/ })).not.toBeInTheDocument();
});

it('the team sees a completed audit’s working papers frozen', async () => {
  mockFetch(on('GET', BASE, () => json(page([aWorkpaper()]))));
  renderScreen(<WorkpaperSection engagement={{ ...running, status: 'COMPLETED' }} />, { caller: CALLERS.auditor });
  await screen.findByRole('table', { name: 'Kertas kerja tim audit' });
  expect(screen.getByText('Audit sudah ditutup; kertas kerja tidak dapat diubah lagi.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Catat kertas kerja' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Ubah/ })).not.toBeInTheDocument();
});

it('the audited OPD and auditors not on the team do not get the tab', () => {
  const as = (c: { username: string; opd?: string; roles: readonly string[] }): Caller => ({ ...c, name: c.username, roles: [...c.roles] });
  expect(readsWorkpapers(as(CALLERS.dinkes), running)).toBe(false);
  expect(readsWorkpapers(as({ username: 'lain', roles: ['AUDITOR'] }), running)).toBe(false);
  expect(readsWorkpapers(as(CALLERS.auditor), running)).toBe(true);
  expect(readsWorkpapers(as(CALLERS.dinas), running)).toBe(true);
});
