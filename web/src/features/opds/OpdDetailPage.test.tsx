import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { PROFILE } from '../profile/fixtures';
import { MANDIRI_TIK_CRITERIA } from './i18n';
import OpdDetailPage from './OpdDetailPage';

// Forms driven through user events on a shared 2-core machine can pass 5 s; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 20_000 });

const DINKES = {
  code: 'DINKES',
  name: 'Dinas Kesehatan',
  kind: 'DINAS',
  dinas: false,
  mandiriTik: false,
  active: true,
  parentCode: null,
  head: null,
  tier1Contact: { name: 'Sari', phone: '081234567890', email: 'sari@dinkes.go.id' },
  registeredAt: '2026-01-01T00:00:00Z',
  version: 3,
};

function baseHandlers(extra: Parameters<typeof mockFetch> = []) {
  return mockFetch(
    ...extra,
    on('GET', '/api/v1/opds/DINKES', () => json(DINKES, 200, { ETag: '"3"' })),
    on('GET', '/api/v1/opds/DINKES/children', () => json([])),
    on('GET', '/api/v1/opds/DINKES/history', () => json({ intact: true, entries: [] })),
    on('GET', '/api/v1/opds/DINKES/mandiri-tik-decisions', () => json([])),
  );
}

function renderDetail(caller: (typeof CALLERS)[keyof typeof CALLERS] = CALLERS.dinas) {
  return renderScreen(<OpdDetailPage />, { caller, route: '/opd/DINKES', path: '/opd/:code' });
}

describe('OPD detail', () => {
  it('sends the ETag it read as If-Match and shows a reload banner when someone else changed the OPD (412)', async () => {
    const calls = baseHandlers([on('PUT', '/api/v1/opds/DINKES', () => problem(412, { detail: 'Versi sudah berubah' }))]);
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah data OPD' }));
    const name = screen.getByRole('textbox', { name: /^Nama/ });
    fireEvent.change(name, { target: { value: 'Dinas Kesehatan Daerah' } });
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Orang lain telah mengubah data ini');
    expect(within(alert).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ name: 'Dinas Kesehatan Daerah', kind: 'DINAS', active: true, dinas: false, parentCode: null });

    const reads = calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/opds/DINKES').length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/opds/DINKES').length).toBe(reads + 1));
    expect(await screen.findByText('Data terbaru sudah dimuat; periksa lalu simpan lagi.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts a 400 field message next to its field of the Tier 1 contact form', async () => {
    baseHandlers([
      on('PUT', '/api/v1/opds/DINKES/tier1-contact', () =>
        problem(400, { errors: [{ field: 'phone', pointer: '/phone', message: 'nomor telepon tidak valid' }] }),
      ),
    ]);
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah kontak Tier 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    const phone = await screen.findByLabelText(/^Telepon/);
    expect(await screen.findByText('nomor telepon tidak valid')).toBeInTheDocument();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
  });

  it("offers the profile's Mandiri TIK criteria and prefills the office the regulation names", async () => {
    const calls = baseHandlers([
      on('GET', '/api/v1/regulation-profile', () => json(PROFILE)),
      on('POST', '/api/v1/opds/DINKES/mandiri-tik-decisions', () =>
        json({ sequence: 1, designated: true, decreeNumber: '800/1/2026', decreeDate: '2026-11-01', decidedBy: 'SEKDA', criteriaMet: ['ICT_BUDGET'], recordedAt: '2026-11-02T00:00:00Z' }, 201),
      ),
    ]);
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Catat keputusan' }));
    const form = screen.getByRole('form', { name: 'Catat keputusan Mandiri TIK' });
    const office = within(form).getByRole('textbox', { name: /^Pejabat yang memutuskan/ });
    await vi.waitFor(() => expect(office).toHaveValue('SEKDA'));
    expect(office).toHaveAccessibleDescription(/Peraturan Walikota Bitung Nomor 69 Tahun 2021.*SEKDA/);
    expect(within(form).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['HAS_ICT_STAFF', 'ICT_BUDGET']);

    fireEvent.change(within(form).getByRole('textbox', { name: /^Nomor keputusan/ }), { target: { value: '800/1/2026' } });
    fireEvent.change(within(form).getByLabelText(/^Tanggal keputusan/), { target: { value: '2026-11-01' } });
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Memiliki anggaran TIK' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Catat keputusan' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ decidedBy: 'SEKDA', criteriaMet: ['ICT_BUDGET'] });
  });

  it('offers every known criterion when the profile cannot be read', async () => {
    const calls = baseHandlers([on('GET', '/api/v1/regulation-profile', () => problem(503))]);
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Catat keputusan' }));
    const form = screen.getByRole('form', { name: 'Catat keputusan Mandiri TIK' });
    await vi.waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/v1/regulation-profile')).toBe(true));
    expect(within(form).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual([...MANDIRI_TIK_CRITERIA]);
    expect(within(form).getByRole('textbox', { name: /^Pejabat yang memutuskan/ })).toHaveValue('');
  });

  it('records a Mandiri TIK decree and shows the 422 with the regulation article it breaks', async () => {
    const calls = baseHandlers([
      on('POST', '/api/v1/opds/DINKES/mandiri-tik-decisions', () =>
        problem(422, {
          type: 'https://spbe.github.io/problems/rule-violation',
          obligation: 'G3',
          detail: 'Menurut Peraturan Bupati Rejang Lebong 6/2022, OPD Mandiri TIK ditetapkan oleh BUPATI, bukan oleh SEKDA.',
        }),
      ),
    ]);
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Catat keputusan' }));
    const form = screen.getByRole('form', { name: 'Catat keputusan Mandiri TIK' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Nomor keputusan/ }), { target: { value: '100/12/2026' } });
    fireEvent.change(within(form).getByLabelText(/^Tanggal keputusan/), { target: { value: '2026-11-01' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Pejabat yang memutuskan/ }), { target: { value: 'sekda' } });
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Memiliki SDM TIK' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Memiliki anggaran TIK' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Catat keputusan' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Melanggar aturan SPBE');
    expect(alert).toHaveTextContent('Aturan G3 — Peraturan Bupati Rejang Lebong 6/2022 Pasal 52; Peraturan Walikota Bitung 69/2021 Pasal 47');
    expect(alert).toHaveTextContent('bukan oleh SEKDA');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(post.body).toEqual({
      designated: true,
      decreeNumber: '100/12/2026',
      decreeDate: '2026-11-01',
      decidedBy: 'SEKDA',
      assessmentReference: null,
      criteriaMet: ['HAS_ICT_STAFF', 'ICT_BUDGET'],
      notes: null,
    });
  });

  it('offers no edit or decree buttons to an operator, and does not ask for the history it may not read', async () => {
    const calls = baseHandlers();
    renderDetail(CALLERS.dinkes);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dinas Kesehatan' })).toBeInTheDocument();
    expect(await screen.findByText('Sari')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ubah data OPD' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Catat keputusan' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname.endsWith('/history'))).toBe(false);
  });
});
