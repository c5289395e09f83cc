import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import MandiriTikPage from './MandiriTikPage';
import { page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const CRITERIA = { decidedBy: 'SEKDA', criteria: ['HAS_ICT_STAFF', 'BUILDS_APPS_OR_LAN'] };
function assessment(id: string, opd: string, status: string, extra: object = {}) {
  return {
    id,
    opd,
    status,
    criteria: [
      { code: 'HAS_ICT_STAFF', verdict: 'MET', evidenceDocumentIds: ['doc-sk-staf'] },
      { code: 'BUILDS_APPS_OR_LAN', verdict: status === 'NOT_PASSED' ? 'NOT_MET' : 'MET', evidenceDocumentIds: [], reason: status === 'NOT_PASSED' ? 'Belum pernah membangun LAN' : undefined },
    ],
    criteriaMet: status === 'NOT_PASSED' ? ['HAS_ICT_STAFF'] : ['HAS_ICT_STAFF', 'BUILDS_APPS_OR_LAN'],
    reasons: [],
    proposedTo: status === 'NOT_PASSED' ? undefined : 'SEKDA',
    assessedBy: 'admin.dinas',
    assessedAt: '2026-03-01T01:00:00Z',
    updatedAt: '2026-03-01T01:00:00Z',
    ...extra,
  };
}
const LIST = [
  assessment('a1', 'DINKES', 'PROPOSED'),
  assessment('a2', 'DISDIK', 'NOT_PASSED'),
  assessment('a3', 'BAPPEDA', 'DESIGNATED', { decreeNumber: '100/12/2026', decreeDate: '2026-04-01' }),
];

it("shows the region's criteria and deciding office, every assessment's status, and withdraw only to Dinas on a proposal (G3)", async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/mandiri-tik-assessments/criteria', () => json(CRITERIA)),
    on('GET', '/api/v1/mandiri-tik-assessments', () => json(page(LIST))),
    on('POST', '/api/v1/mandiri-tik-assessments/a1/withdraw', () => json(assessment('a1', 'DINKES', 'WITHDRAWN'))),
  );
  renderScreen(<MandiriTikPage />, { caller: CALLERS.dinas });

  expect(await screen.findByText('Mampu dan berpengalaman membangun aplikasi dan/atau LAN sendiri')).toBeInTheDocument();
  expect(screen.getByText('Diputuskan oleh: Sekretaris Daerah')).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Daftar penilaian Mandiri TIK' });
  expect(within(within(table).getByRole('link', { name: 'DISDIK' }).closest('tr')!).getByText('1 dari 2')).toBeInTheDocument();
  expect(within(table).getByText('SK 100/12/2026, 1 Apr 2026')).toBeInTheDocument();
  expect(within(table).getAllByRole('button', { name: /Tarik usulan/ })).toHaveLength(1);

  await userEvent.click(within(table).getByRole('button', { name: 'Tarik usulan DINKES' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tarik usulan Mandiri TIK DINKES' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tarik usulan' }));
  expect(within(dialog).getByText('Wajib diisi')).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('textbox', { name: /Alasan penarikan/ }));
  await userEvent.paste('Anggaran TIK dialihkan');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tarik usulan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ note: 'Anggaran TIK dialihkan' });
  expect(await screen.findByText('Penilaian DINKES disimpan: Ditarik.')).toBeInTheDocument();
});

it('offers operators and evaluators no assessing or withdrawing', async () => {
  mockFetch(
    on('GET', '/api/v1/mandiri-tik-assessments/criteria', () => json(CRITERIA)),
    on('GET', '/api/v1/mandiri-tik-assessments', () => json(page(LIST.slice(0, 1)))),
  );
  renderScreen(<MandiriTikPage />, { caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: 'Daftar penilaian Mandiri TIK' });
  expect(screen.queryByRole('button', { name: 'Nilai OPD' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Tarik usulan/ })).not.toBeInTheDocument();
});

it('says so when the regulation names no criteria, and offers no assessment then', async () => {
  mockFetch(
    on('GET', '/api/v1/mandiri-tik-assessments/criteria', () => json({ decidedBy: 'WALI_KOTA', criteria: [] })),
    on('GET', '/api/v1/mandiri-tik-assessments', () => json(page([]))),
  );
  renderScreen(<MandiriTikPage />, { caller: CALLERS.dinas });
  expect(await screen.findByText(/tidak menyebut kriteria Mandiri TIK/)).toBeInTheDocument();
  expect(await screen.findByText('Belum ada penilaian Mandiri TIK.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Nilai OPD' })).not.toBeInTheDocument();
});

it('sends one verdict per criterion, evidence for a met one and a reason for one not met, after checking them here', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/mandiri-tik-assessments/criteria', () => json(CRITERIA)),
    on('GET', '/api/v1/mandiri-tik-assessments', () => json(page([]))),
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DISDIK', name: 'Dinas Pendidikan' }]))),
    on('POST', '/api/v1/mandiri-tik-assessments', () =>
      problem(422, { title: 'Unprocessable', obligation: 'G3', detail: 'DISDIK sudah Mandiri TIK.' }),
    ),
  );
  renderScreen(<MandiriTikPage />, { caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('button', { name: 'Nilai OPD' }));
  const dialog = await screen.findByRole('dialog', { name: 'Penilaian Mandiri TIK' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan penilaian' }));
  expect(within(dialog).getAllByText('Wajib diisi')).toHaveLength(3);

  await waitFor(() => expect(within(dialog).getAllByRole('option', { name: /DISDIK/ }).length).toBe(1));
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /OPD yang dinilai/ }), 'DISDIK');
  const staff = within(dialog).getByRole('radiogroup', { name: /Memiliki SDM TIK/ });
  await userEvent.click(within(staff).getByRole('radio', { name: 'Terpenuhi' }));
  const lan = within(dialog).getByRole('radiogroup', { name: /membangun aplikasi dan\/atau LAN/ });
  await userEvent.click(within(lan).getByRole('radio', { name: 'Tidak terpenuhi' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan penilaian' }));
  expect(within(dialog).getByText('Kriteria terpenuhi memerlukan sedikitnya satu bukti.')).toBeInTheDocument();
  expect(within(dialog).getByText('Tuliskan alasan kriteria tidak terpenuhi.')).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await userEvent.click(within(dialog).getByRole('textbox', { name: /Bukti untuk "Memiliki SDM TIK"/ }));
  await userEvent.paste('doc-sk-staf\ndoc-daftar-pegawai');
  await userEvent.click(within(dialog).getByRole('textbox', { name: /Alasan tidak terpenuhi/ }));
  await userEvent.paste('Belum pernah membangun LAN sendiri');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan penilaian' }));

  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    opd: 'DISDIK',
    criteria: [
      { code: 'HAS_ICT_STAFF', verdict: 'MET', evidenceDocumentIds: ['doc-sk-staf', 'doc-daftar-pegawai'] },
      { code: 'BUILDS_APPS_OR_LAN', verdict: 'NOT_MET', reason: 'Belum pernah membangun LAN sendiri' },
    ],
  });
  const alert = await within(dialog).findByRole('alert');
  expect(within(alert).getByText('DISDIK sudah Mandiri TIK.')).toBeInTheDocument();
});
