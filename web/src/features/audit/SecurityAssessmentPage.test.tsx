import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import SecurityAssessmentPage from './SecurityAssessmentPage';
import { page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function anAssessment(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    opd: 'DINKES',
    type: 'VULNERABILITY_ASSESSMENT',
    title: 'Pemindaian kerentanan SIMPUS',
    scope: 'Server aplikasi dan basis data',
    plannedOn: '2026-11-02',
    status: 'PLANNED',
    findings: [
      {
        id: 'f-1',
        title: 'TLS 1.0 masih aktif',
        severity: 'HIGH',
        recommendation: 'Matikan TLS 1.0 dan 1.1',
        dueDate: '2026-12-31',
        overdue: false,
        resolved: false,
        openedAt: '2026-11-03T02:00:00Z',
        openedBy: 'admin.dinas',
      },
    ],
    openFindings: 1,
    files: [],
    createdBy: 'admin.dinas',
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-03T02:00:00Z',
    ...overrides,
  };
}

function show(caller: { username: string; opd?: string; roles: readonly string[] }) {
  return renderScreen(<SecurityAssessmentPage />, { route: '/audit/penilaian-keamanan', caller });
}

it('lists the assessments with their open findings and filters by type through the API (AU8)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/security-assessments', (url) => json(page(url.searchParams.get('type') === 'FORENSICS' ? [] : [anAssessment()]))),
  );
  show(CALLERS.dinas);
  await screen.findByRole('heading', { level: 1, name: 'Penilaian Keamanan Informasi' });
  const table = await screen.findByRole('table', { name: 'Daftar penilaian keamanan informasi' });
  const row = within(table).getByRole('button', { name: 'Pemindaian kerentanan SIMPUS' }).closest('tr')!;
  expect(within(row).getByText('Penilaian kerentanan')).toBeInTheDocument();
  expect(within(row).getByText('Direncanakan')).toBeInTheDocument();
  expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('1');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Jenis penilaian' }), 'FORENSICS');
  expect(await screen.findByText('Belum ada penilaian keamanan yang cocok.')).toBeInTheDocument();
  expect(calls.at(-1)!.url.searchParams.get('type')).toBe('FORENSICS');
});

it('Dinas plans an assessment: what it sends, and the field the server refuses shown next to it', async () => {
  let attempt = 0;
  const calls = mockFetch(
    on('GET', '/api/v1/security-assessments', () => json(page([]))),
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
    on('POST', '/api/v1/security-assessments', () =>
      ++attempt === 1 ? problem(400, { errors: [{ field: 'title', message: 'judul terlalu panjang' }] }) : json(anAssessment(), 201),
    ),
  );
  show(CALLERS.dinas);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Rencanakan penilaian' }));
  const dialog = await screen.findByRole('dialog', { name: 'Rencanakan penilaian keamanan' });
  await user.click(within(dialog).getByRole('button', { name: 'Rencanakan penilaian' }));
  expect(within(dialog).getAllByText('Wajib diisi').length).toBeGreaterThanOrEqual(3);
  expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

  await user.click(within(dialog).getByRole('combobox', { name: /OPD yang dinilai/ }));
  await user.click(await screen.findByRole('option', { name: 'DINKES — Dinas Kesehatan', hidden: true }));
  await user.click(within(dialog).getByRole('combobox', { name: /Jenis penilaian/ }));
  // The filter above the list has a native option of the same name; the Select's own list is the last one.
  await user.click((await screen.findAllByRole('option', { name: 'Penilaian risiko', hidden: true })).at(-1)!);
  await user.type(within(dialog).getByRole('textbox', { name: /Judul penilaian/ }), 'Penilaian risiko SIMPUS');
  await user.click(within(dialog).getByRole('button', { name: 'Rencanakan penilaian' }));
  expect(await within(dialog).findByText('judul terlalu panjang')).toBeInTheDocument();
  const sent = calls.filter((c) => c.method === 'POST')[0].body as Record<string, unknown>;
  expect(sent).toMatchObject({ opd: 'DINKES', type: 'RISK_ASSESSMENT', title: 'Penilaian risiko SIMPUS' });
  expect(sent.plannedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await user.click(within(dialog).getByRole('button', { name: 'Rencanakan penilaian' }));
  expect(await screen.findByText('Penilaian keamanan direncanakan.')).toBeInTheDocument();
});

it('the assessed OPD reports how it remedied a finding; it gets no Dinas steps', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/security-assessments', () => json(page([anAssessment()]))),
    on('GET', `/api/v1/security-assessments/${ID}`, () => json(anAssessment())),
    on('POST', `/api/v1/security-assessments/${ID}/findings/f-1/resolve`, () => json(anAssessment({ openFindings: 0 }))),
  );
  show(CALLERS.dinkes);
  const user = userEvent.setup();
  expect(screen.queryByRole('button', { name: 'Rencanakan penilaian' })).not.toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: 'Pemindaian kerentanan SIMPUS' }));
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByRole('table', { name: 'Temuan penilaian keamanan' })).toBeInTheDocument();
  expect(within(dialog).queryByRole('group', { name: 'Langkah penilaian' })).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Laporkan penanganan: TLS 1.0 masih aktif' }));
  await user.click(within(dialog).getByRole('button', { name: 'Simpan penanganan' }));
  expect(within(dialog).getByText('Wajib diisi')).toBeInTheDocument();
  await user.type(within(dialog).getByRole('textbox', { name: /Cara penanganan/ }), 'TLS 1.0 dan 1.1 dimatikan');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan penanganan' }));
  expect(await within(dialog).findByText('Penilaian keamanan diperbarui.')).toBeInTheDocument();
  await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ resolution: 'TLS 1.0 dan 1.1 dimatikan' });
});

it('Dinas completes a planned assessment with a summary and sees a refusal as a problem', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/security-assessments', () => json(page([anAssessment()]))),
    on('GET', `/api/v1/security-assessments/${ID}`, () => json(anAssessment())),
    on('POST', `/api/v1/security-assessments/${ID}/complete`, () =>
      problem(422, { title: 'Aturan dilanggar', detail: 'Tanggal selesai tidak boleh setelah hari ini.', obligation: 'AU8' }),
    ),
  );
  show(CALLERS.dinas);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Pemindaian kerentanan SIMPUS' }));
  const dialog = await screen.findByRole('dialog');
  const steps = await within(dialog).findByRole('group', { name: 'Langkah penilaian' });
  expect(within(steps).getAllByRole('button').map((b) => b.textContent)).toEqual(['Catat temuan', 'Selesaikan penilaian', 'Batalkan penilaian']);
  await user.click(within(steps).getByRole('button', { name: 'Selesaikan penilaian' }));
  await user.type(within(dialog).getByRole('textbox', { name: /Ringkasan hasil/ }), 'Dua kerentanan tinggi');
  await user.click(within(dialog).getByRole('button', { name: 'Selesaikan' }));
  expect(await within(dialog).findByText(/Tanggal selesai tidak boleh setelah hari ini/)).toBeInTheDocument();
  const sent = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
  expect(sent.summary).toBe('Dua kerentanan tinggi');
  expect(sent.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
