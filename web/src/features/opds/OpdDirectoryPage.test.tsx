import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import OpdDirectoryPage from './OpdDirectoryPage';

vi.setConfig({ testTimeout: 20_000 });

const node = (code: string, name: string, children: unknown[] = [], extra = {}) => ({
  code,
  name,
  kind: 'DINAS',
  dinas: false,
  mandiriTik: false,
  active: true,
  children,
  ...extra,
});

const TREE = [
  node('SETDA', 'Sekretariat Daerah', [node('BAG-HUKUM', 'Bagian Hukum'), node('BAG-UMUM', 'Bagian Umum')]),
  node('DISKOMINFO', 'Dinas Komunikasi dan Informatika', [], { dinas: true }),
];

describe('OPD directory', () => {
  it('searches the tree and keeps a match under its parent', async () => {
    mockFetch(on('GET', '/api/v1/opds/tree', () => json(TREE)));
    renderScreen(<OpdDirectoryPage />, { caller: CALLERS.dinkes });
    const tree = await screen.findByRole('navigation', { name: 'Struktur OPD' });
    expect(within(tree).getByRole('link', { name: 'Bagian Umum' })).toHaveAttribute('href', '/opd/BAG-UMUM');
    expect(within(tree).getByText('Dinas TIK')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Cari OPD' }), { target: { value: 'hukum' } });
    expect(within(tree).getByRole('link', { name: 'Bagian Hukum' })).toBeInTheDocument();
    expect(within(tree).getByRole('link', { name: 'Sekretariat Daerah' })).toBeInTheDocument();
    expect(within(tree).queryByRole('link', { name: 'Bagian Umum' })).not.toBeInTheDocument();
    expect(within(tree).queryByRole('link', { name: /Komunikasi/ })).not.toBeInTheDocument();
    // Registering is Dinas's: an operator is not offered the button.
    expect(screen.queryByRole('button', { name: 'Daftarkan OPD' })).not.toBeInTheDocument();
  });

  it('pages the list view with its filters', async () => {
    const calls = mockFetch(
      on('GET', '/api/v1/opds/tree', () => json(TREE)),
      on('GET', '/api/v1/opds', (url) =>
        json({
          items: [{ ...node('DINKES', 'Dinas Kesehatan'), registeredAt: '2026-01-01T00:00:00Z', version: 0, parentCode: null }],
          page: Number(url.searchParams.get('page') ?? 0),
          size: 20,
          totalItems: 45,
          totalPages: 3,
        }),
      ),
    );
    renderScreen(<OpdDirectoryPage />, { caller: CALLERS.dinkes });
    await userEvent.click(screen.getByRole('tab', { name: 'Daftar' }));
    expect(await screen.findByRole('table', { name: 'Daftar OPD' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mandiri TIK' }), 'true');
    await userEvent.click(await screen.findByRole('button', { name: 'Halaman 2' }));
    await vi.waitFor(() => expect(calls.at(-1)!.url.searchParams.get('page')).toBe('1'));
    expect(calls.at(-1)!.url.searchParams.get('mandiriTik')).toBe('true');
  });

  it('lets Dinas register an OPD and shows a 400 message next to the code', async () => {
    const calls = mockFetch(
      on('GET', '/api/v1/opds/tree', () => json(TREE)),
      on('POST', '/api/v1/opds', () => problem(400, { errors: [{ field: 'code', message: 'kode OPD tidak valid' }] })),
    );
    renderScreen(<OpdDirectoryPage />, { caller: CALLERS.dinas });
    await userEvent.click(await screen.findByRole('button', { name: 'Daftarkan OPD' }));
    const dialog = await screen.findByRole('dialog', { name: 'Daftarkan OPD baru' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Kode$|^Kode \*/ }), { target: { value: 'x' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Nama/ }), { target: { value: 'Badan Baru' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Daftarkan' }));
    expect(await within(dialog).findByText('kode OPD tidak valid')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ code: 'X', name: 'Badan Baru', kind: 'DINAS', dinas: false, parentCode: null });
  });
});
