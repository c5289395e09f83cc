import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import PlanningPage from './PlanningPage';
import { page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

function doc(id: string, kind: string, title: string, overdue: boolean, extra: object = {}) {
  return {
    id, kind, title, periodStart: 2022, periodEnd: 2026, decreeNumber: `Perwali ${id}/2022`, decreeDate: '2022-03-01', documentId: `doc-${id}`,
    reviewMonths: 12, nextReviewDue: overdue ? '2025-03-01' : '2027-03-01', overdue,
    reviews: [], registeredBy: 'admin.dinas', registeredAt: '2022-03-02T00:00:00Z', updatedAt: '2022-03-02T00:00:00Z', ...extra,
  };
}
const TERMS = { terms: { ARSITEKTUR: { periodYears: 5, reviewMonths: 12 }, PETA_RENCANA: { periodYears: 5, reviewMonths: 12 } } };

it("shows the regulation's terms and each document's next review, an overdue one in words, and filters overdue ones (G4)", async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/evaluations/planning-documents/terms', () => json(TERMS)),
    on('GET', '/api/v1/evaluations/planning-documents', (url) =>
      json(page(url.searchParams.get('overdue') ? [doc('1', 'ARSITEKTUR', 'Arsitektur SPBE Kota Denpasar 2022–2026', true)] : [
        doc('1', 'ARSITEKTUR', 'Arsitektur SPBE Kota Denpasar 2022–2026', true),
        doc('2', 'PETA_RENCANA', 'Peta Rencana SPBE 2022–2026', false, { reviews: [{ reviewedOn: '2025-02-01', summary: 'Reviu tahunan', recordedBy: 'admin.dinas', recordedAt: '2025-02-02T00:00:00Z' }] }),
      ])),
    ),
  );
  renderScreen(<PlanningPage />, { caller: CALLERS.auditor });
  expect(await screen.findAllByText(/periode 5 tahun, reviu tiap 12 bulan/, { selector: 'p' })).toHaveLength(2);
  const table = await screen.findByRole('table', { name: 'Dokumen perencanaan SPBE' });
  const overdueRow = within(table).getByText('Arsitektur SPBE Kota Denpasar 2022–2026').closest('tr')!;
  expect(within(overdueRow).getByText('Lewat jatuh tempo')).toBeInTheDocument();
  const fine = within(table).getByText('Peta Rencana SPBE 2022–2026').closest('tr')!;
  expect(within(fine).queryByText('Lewat jatuh tempo')).not.toBeInTheDocument();
  expect(within(fine).getByText(/Reviu tahunan/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Catat reviu|Daftarkan dokumen/ })).not.toBeInTheDocument();

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Reviu' }), 'true');
  await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('overdue')).toBe('true'));
});

it('lets Dinas register a document and record a review, sending what the API takes and showing its refusal', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/evaluations/planning-documents/terms', () => json(TERMS)),
    on('GET', '/api/v1/evaluations/planning-documents', () => json(page([doc('1', 'ARSITEKTUR', 'Arsitektur SPBE', true)]))),
    on('POST', '/api/v1/evaluations/planning-documents', () => problem(422, { title: 'Unprocessable', obligation: 'G4', detail: 'Periode Arsitektur SPBE harus 5 tahun.' })),
    on('POST', '/api/v1/evaluations/planning-documents/1/reviews', () => json(doc('1', 'ARSITEKTUR', 'Arsitektur SPBE', false))),
  );
  renderScreen(<PlanningPage />, { caller: CALLERS.dinas });

  await userEvent.click(await screen.findByRole('button', { name: 'Catat reviu Arsitektur SPBE' }));
  const review = await screen.findByRole('dialog', { name: 'Reviu: Arsitektur SPBE' });
  await userEvent.type(within(review).getByRole('textbox', { name: /Ringkasan hasil reviu/ }), 'Sesuai RPJMD');
  await userEvent.click(within(review).getByRole('button', { name: 'Catat reviu' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith('/reviews'))).toBe(true));
  const sent = calls.find((c) => c.url.pathname.endsWith('/reviews'))!.body as Record<string, unknown>;
  expect(sent).toEqual({ reviewedOn: new Date().toISOString().slice(0, 10), summary: 'Sesuai RPJMD' });
  expect(await screen.findByText('Reviu Arsitektur SPBE dicatat.')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Daftarkan dokumen' }));
  const form = await screen.findByRole('dialog', { name: 'Daftarkan dokumen' });
  await userEvent.click(within(form).getByRole('button', { name: 'Daftarkan dokumen' }));
  expect(within(form).getAllByText('Wajib diisi')).toHaveLength(4);
  await userEvent.click(within(form).getByRole('textbox', { name: /^Judul/ }));
  await userEvent.paste('Arsitektur SPBE 2027–2030');
  await userEvent.click(within(form).getByRole('textbox', { name: /Nomor penetapan/ }));
  await userEvent.paste('Perwali 9/2026');
  await userEvent.type(within(form).getByLabelText(/Tanggal penetapan/), '2026-01-05');
  await userEvent.click(within(form).getByRole('textbox', { name: /ID dokumen platform/ }));
  await userEvent.paste('doc-arsitektur');
  await userEvent.click(within(form).getByRole('button', { name: 'Daftarkan dokumen' }));
  const alert = await within(form).findByRole('alert');
  expect(within(alert).getByText('Periode Arsitektur SPBE harus 5 tahun.')).toBeInTheDocument();
  const year = new Date().getFullYear();
  expect(calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/v1/evaluations/planning-documents')!.body).toEqual({
    kind: 'ARSITEKTUR', title: 'Arsitektur SPBE 2027–2030', periodStart: year, periodEnd: year + 4, decreeNumber: 'Perwali 9/2026', decreeDate: '2026-01-05', documentId: 'doc-arsitektur',
  });
});
