import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import ApplicationDetailPage from '../ApplicationDetailPage';
import { anApplication } from './fixtures';
import type { Application } from './permissions';

// Mantine screens render slowly in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const APP_ID = anApplication().id;
const BASE = `/api/v1/applications/${APP_ID}`;

function show(app: Application, caller: { username: string; opd?: string; roles: readonly string[] }, tab = 'ringkasan') {
  return renderScreen(<ApplicationDetailPage />, {
    route: `/aplikasi/${app.id}?tab=${tab}`,
    path: '/aplikasi/:id',
    caller,
  });
}

const workflowButtons = () =>
  within(screen.getByRole('group', { name: 'Tindakan alur kerja' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('workflow buttons per status and role', () => {
  it('an operator of the owner OPD sees Ajukan on a draft, not Rekomendasikan', async () => {
    mockFetch(on('GET', BASE, () => json(anApplication({ status: 'DRAFT' }))));
    show(anApplication(), CALLERS.dinkes);
    expect(await screen.findByRole('heading', { level: 1, name: 'SIMPUS' })).toBeInTheDocument();
    expect(workflowButtons()).toContain('Ajukan');
    expect(workflowButtons()).not.toContain('Rekomendasikan');
  });

  it('Dinas sees Rekomendasikan and Tolak on a submitted application, not Ajukan', async () => {
    mockFetch(on('GET', BASE, () => json(anApplication({ status: 'SUBMITTED' }))));
    show(anApplication(), CALLERS.dinas);
    await screen.findByRole('heading', { level: 1, name: 'SIMPUS' });
    expect(workflowButtons()).toEqual(expect.arrayContaining(['Rekomendasikan', 'Tolak']));
    expect(workflowButtons()).not.toContain('Ajukan');
  });

  it('an auditor sees no workflow button', async () => {
    mockFetch(on('GET', BASE, () => json(anApplication({ status: 'SUBMITTED' }))));
    show(anApplication(), CALLERS.auditor);
    await screen.findByRole('heading', { level: 1, name: 'SIMPUS' });
    expect(screen.queryByRole('group', { name: 'Tindakan alur kerja' })).not.toBeInTheDocument();
    expect(screen.getByText('Tidak ada tindakan yang dapat Anda lakukan pada status ini.')).toBeInTheDocument();
  });
});

describe('a workflow step', () => {
  it('sends the step with the version seen as If-Match and refreshes the page', async () => {
    let submitted = false;
    const calls = mockFetch(
      on('GET', BASE, () => json(anApplication(submitted ? { status: 'SUBMITTED', version: 4 } : {}))),
      on('POST', `${BASE}/submit`, () => {
        submitted = true;
        return json(anApplication({ status: 'SUBMITTED', version: 4 }));
      }),
    );
    show(anApplication(), CALLERS.dinkes);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajukan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ajukan' }));
    expect(await screen.findByText('Tindakan tercatat.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe(`${BASE}/submit`);
    expect(post.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(screen.getAllByTestId('application-status')[0]).toHaveTextContent('Diajukan'));
  });

  it('a 412 shows the "someone else changed this" banner whose reload refetches', async () => {
    const calls = mockFetch(
      on('GET', BASE, () => json(anApplication({ status: 'SUBMITTED' }))),
      on('POST', `${BASE}/reject`, () => problem(412, { detail: 'Versi data "3" sudah tidak berlaku; versi saat ini "4".' })),
    );
    show(anApplication(), CALLERS.dinas);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tolak' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: /Alasan/ }));
    await user.paste('Belum ada analisis kebutuhan');
    await user.click(within(dialog).getByRole('button', { name: 'Tolak' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Orang lain telah mengubah data ini');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ reason: 'Belum ada analisis kebutuhan' });
    const gets = () => calls.filter((c) => c.method === 'GET' && c.url.pathname === BASE).length;
    const before = gets();
    await user.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(gets()).toBe(before + 1));
  });

  it('a 422 names the obligation and the regulation article', async () => {
    mockFetch(
      on('GET', BASE, () => json(anApplication())),
      on('POST', `${BASE}/submit`, () =>
        problem(422, { obligation: 'A11', detail: 'Jenis layanan aplikasi (serviceType) wajib diisi sebelum diajukan.' }),
      ),
    );
    show(anApplication(), CALLERS.dinkes);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajukan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ajukan' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Melanggar aturan SPBE');
    expect(alert).toHaveTextContent('Aturan A11 — Peraturan Bupati Manggarai Barat 57/2018 Pasal 22');
    expect(alert).toHaveTextContent('serviceType');
  });

  it('a reason the server requires is asked for before anything is sent', async () => {
    const calls = mockFetch(on('GET', BASE, () => json(anApplication({ status: 'SUBMITTED' }))));
    show(anApplication(), CALLERS.dinas);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tolak' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Tolak' }));
    expect(await within(dialog).findByText('Wajib diisi')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});

describe('a test result', () => {
  it('is recorded without If-Match (the endpoint reads none), pointing at a test report document', async () => {
    const calls = mockFetch(
      on('GET', BASE, () => json(anApplication({ stage: 'TESTING' }))),
      on('GET', `${BASE}/documents`, () =>
        json({
          applicationId: APP_ID,
          requiredKinds: [],
          missingRequiredKinds: [],
          complete: true,
          kinds: [{ kind: 'TEST_REPORT', required: false, versions: [{ fileId: 'r-1', kind: 'TEST_REPORT', version: 2, filename: 'uat.pdf', contentType: 'application/pdf', sizeBytes: 1, sha256: 'c'.repeat(64), uploadedBy: 'x', uploadedAt: '2026-11-01T00:00:00Z', href: '' }] }],
        }),
      ),
      on('POST', `${BASE}/test-results`, () => json({}, 201)),
    );
    show(anApplication(), CALLERS.dinkes);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Catat hasil uji' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: /Ringkasan/ }));
    await user.paste('UAT lulus');
    await user.click(within(dialog).getByRole('combobox', { name: /Laporan pengujian/ }));
    await user.click(await screen.findByRole('option', { name: 'v2 · uat.pdf', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Catat hasil uji' }));
    expect(await screen.findByText('Tindakan tercatat.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBeNull();
    expect(post.body).toMatchObject({ kind: 'FUNCTIONAL', passed: true, summary: 'UAT lulus', reportFileId: 'r-1' });
  });
});

describe('editing the form', () => {
  it('sends the whole form with If-Match, keeping the fields it does not show', async () => {
    const calls = mockFetch(
      on('GET', BASE, () => json(anApplication())),
      on('PUT', BASE, () => json(anApplication({ name: 'SIMPUS Terpadu', version: 4 }))),
    );
    show(anApplication(), CALLERS.dinkes);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ubah isian' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /Nama aplikasi/ });
    await user.clear(name);
    await user.click(name);
    await user.paste('SIMPUS Terpadu');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Tindakan tercatat.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({
      name: 'SIMPUS Terpadu',
      applicationClass: 'KHUSUS',
      userOpds: [],
      serviceType: 'TRANSAKSI',
      functionDomains: ['SEKTOR_KESEHATAN'],
      licence: { kind: 'OPEN_SOURCE', spdxId: 'EUPL-1.2' },
      contacts: [{ name: 'Budi', email: 'budi@dinkes.go.id' }],
    });
  });

  it('after submission the reviewed fields cannot be edited', async () => {
    mockFetch(on('GET', BASE, () => json(anApplication({ status: 'SUBMITTED' }))));
    show(anApplication(), CALLERS.dinkes);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ubah isian' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Nama aplikasi/ })).toBeDisabled();
    expect(within(dialog).getByRole('textbox', { name: /Basis data/ })).toBeEnabled();
  });
});

describe('history tab', () => {
  it('shows the chain as verified, with the entries', async () => {
    mockFetch(
      on('GET', BASE, () => json(anApplication())),
      on('GET', `${BASE}/history`, () =>
        json({
          intact: true,
          entries: [
            { sequence: 1, at: '2026-11-01T02:00:00Z', actor: 'operator.dinkes', action: 'ApplicationRegistered', data: '{"name":"SIMPUS"}', previousHash: '0', hash: 'abcdef0123456789abcdef' },
          ],
        }),
      ),
    );
    show(anApplication(), CALLERS.dinkes, 'riwayat');
    expect(await screen.findByTestId('chain-verdict')).toHaveTextContent('Rantai riwayat terverifikasi');
    expect(screen.getByText('#1 ApplicationRegistered')).toBeInTheDocument();
    expect(screen.getByText(/oleh operator\.dinkes/)).toBeInTheDocument();
  });

  it('shows a broken chain prominently with the first broken entry', async () => {
    mockFetch(
      on('GET', BASE, () => json(anApplication())),
      on('GET', `${BASE}/history`, () => json({ intact: false, firstBrokenSequence: 4, entries: [] })),
    );
    show(anApplication(), CALLERS.auditor, 'riwayat');
    const verdict = await screen.findByTestId('chain-verdict');
    expect(verdict).toHaveTextContent('Rantai riwayat RUSAK mulai entri #4');
    expect(verdict).toHaveAttribute('role', 'alert');
  });
});
