import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import FindingListPage from './FindingListPage';
import { AUDIT_ID, aFinding, FINDING_ID, page } from './fixtures';
import type { Finding } from './shared';

vi.setConfig({ testTimeout: 20_000 });

const ONE = `/api/v1/audits/${AUDIT_ID}/findings/${FINDING_ID}`;

function handlers(finding: Finding) {
  return [
    on('GET', '/api/v1/audits/findings', () => json(page([finding]))),
    on('GET', ONE, () => json(finding, 200, { ETag: '"5"' })),
    on('GET', '/api/v1/opds', () => json(page([]))),
  ];
}

async function openFinding(caller: { username: string; opd?: string; roles: readonly string[] }) {
  renderScreen(<FindingListPage />, { route: '/audit/temuan', caller });
  await userEvent.click(await screen.findByRole('button', { name: 'Cadangan data tidak diuji' }));
  return screen.findByRole('dialog', { name: 'Temuan: Cadangan data tidak diuji' });
}

const stepButtons = (dialog: HTMLElement) =>
  within(dialog)
    .queryAllByRole('group', { name: 'Tindak lanjut' })
    .flatMap((g) => within(g).getAllByRole('button').map((b) => b.textContent));

it('lists findings with severity and past-due in words, and filters open ones through the API (AU7)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/audits/findings', () => json(page([aFinding({ overdue: true, status: 'IN_REMEDIATION' })]))),
    on('GET', '/api/v1/opds', () => json(page([]))),
  );
  renderScreen(<FindingListPage />, { route: '/audit/temuan', caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Daftar temuan audit' });
  const row = within(table).getByRole('button', { name: 'Cadangan data tidak diuji' }).closest('tr')!;
  expect(within(row).getByText('Tinggi')).toBeInTheDocument();
  expect(within(row).getByText('Lewat tenggat')).toBeInTheDocument();
  expect(within(row).getByText('Dalam perbaikan')).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'OPD pemilik' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('checkbox', { name: 'Hanya yang terbuka' }));
  await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('open')).toBe('true'));
});

it('an OPD operator sees no OPD filter (the server lists its own OPD’s findings)', async () => {
  mockFetch(...handlers(aFinding()));
  renderScreen(<FindingListPage />, { route: '/audit/temuan', caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: 'Daftar temuan audit' });
  expect(screen.queryByRole('combobox', { name: 'OPD pemilik' })).not.toBeInTheDocument();
});

it('the owner OPD confirms an identified finding with a note and the version read as If-Match', async () => {
  const calls = mockFetch(
    ...handlers(aFinding()),
    on('POST', `${ONE}/confirm`, () => json(aFinding({ status: 'CONFIRMED' }), 200, { ETag: '"6"' })),
  );
  const dialog = await openFinding(CALLERS.dinkes);
  expect(stepButtons(dialog)).toEqual(['Konfirmasi']);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Konfirmasi' }));
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Catatan' }), 'Benar');
  const form = within(dialog).getByRole('textbox', { name: 'Catatan' }).closest('form')!;
  await userEvent.click(within(form).getByRole('button', { name: 'Konfirmasi' }));
  expect(await within(dialog).findByText('Tindak lanjut temuan diperbarui.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ note: 'Benar' });
  expect(post.headers.get('If-Match')).toBe('"5"');
});

it('accepting the risk needs a reason; the owner OPD may also start remediation, not verify', async () => {
  const calls = mockFetch(
    ...handlers(aFinding({ status: 'CONFIRMED' })),
    on('POST', `${ONE}/accept-risk`, () => problem(409, { detail: 'Status temuan sudah berubah.' })),
  );
  const dialog = await openFinding(CALLERS.dinkes);
  expect(stepButtons(dialog)).toEqual(['Mulai perbaikan', 'Terima risiko']);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Terima risiko' }));
  const form = within(dialog).getByRole('textbox', { name: /Alasan/ }).closest('form')!;
  await userEvent.click(within(form).getByRole('button', { name: 'Terima risiko' }));
  expect(within(dialog).getByRole('textbox', { name: /Alasan/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Sistem diganti 2027');
  await userEvent.click(within(form).getByRole('button', { name: 'Terima risiko' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Tidak dapat dilakukan pada keadaan data saat ini');
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ reason: 'Sistem diganti 2027' });
});

it('an auditor verifies or sends back a resolved finding', async () => {
  mockFetch(...handlers(aFinding({ status: 'RESOLVED' })));
  const dialog = await openFinding(CALLERS.auditor);
  expect(stepButtons(dialog)).toEqual(['Verifikasi', 'Kembalikan ke perbaikan']);
});

it('another OPD’s operator is offered no step on a finding it does not own', async () => {
  mockFetch(...handlers(aFinding({ status: 'IN_REMEDIATION' })));
  const dialog = await openFinding(CALLERS.disdik);
  expect(stepButtons(dialog)).toEqual([]);
});

it('downloads the findings as CSV with the filters and sort of the list (Unduh CSV, AU7)', async () => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    ...handlers(aFinding()),
    on('GET', '/api/v1/audits/findings/export.csv', () =>
      new Response('id,audit_id\r\n', {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="temuan-audit.csv"' },
      }),
    ),
  );
  renderScreen(<FindingListPage />, { route: '/audit/temuan?severity=HIGH&overdue=true', caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: 'Daftar temuan audit' });
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  expect(await screen.findByText('Daftar diunduh sebagai CSV (sesuai saringan).')).toBeInTheDocument();
  const csv = calls.filter((c) => c.url.pathname === '/api/v1/audits/findings/export.csv');
  expect(csv).toHaveLength(1);
  expect(csv[0].url.searchParams.get('severity')).toBe('HIGH');
  expect(csv[0].url.searchParams.get('overdue')).toBe('true');
  expect(csv[0].url.searchParams.get('sort')).toBe('details.dueDate,asc');
  expect(csv[0].url.searchParams.has('ownerOpd')).toBe(false);
  expect(csv[0].url.searchParams.has('page')).toBe(false);
});
