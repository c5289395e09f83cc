import { screen, within } from '@testing-library/react';
import { json, mockFetch, on, problem, renderScreen } from '../../test/render';
import CompliancePage from './CompliancePage';
import { COORDINATOR } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const PATH = '/api/v1/evaluations/compliance';

function show() {
  return renderScreen(<CompliancePage />, { caller: COORDINATOR, route: '/evaluasi/kepatuhan', path: '/evaluasi/kepatuhan' });
}

it("shows Samarinda's passed deadline, the shortfalls first with their basis, and what the service cannot see (SEC4)", async () => {
  mockFetch(
    on('GET', PATH, () =>
      json({
        applies: true,
        obligation: 'SEC4',
        regulation: 'Peraturan Walikota Samarinda Nomor 9 Tahun 2018',
        deadline: '2020-05-17',
        today: '2026-11-30',
        deadlinePassed: true,
        daysFromDeadline: 2388,
        message: 'Batas waktu penyesuaian 2020-05-17 telah lewat 2388 hari; 1 kekurangan pada data yang terlihat oleh layanan ini.',
        checks: [
          { area: 'PERENCANAAN', obligation: 'G4', basis: 'Rencana Induk SPBE (SM p13)', status: 'SHORT', subject: 'Rencana Induk SPBE', detail: 'Tidak ada Rencana Induk SPBE terdaftar yang berlaku tahun 2026.' },
          { area: 'OPERASIONAL', obligation: 'M1', basis: 'Bukti operasional 2025 (PermenPANRB 59/2020, Tabel 1)', status: 'SHORT', subject: '16. Tingkat Kematangan Layanan Pusat Data', detail: 'Klaim tingkat 3 di atas tingkat yang didukung data (2). Layanan pusat data: 5 VPS beroperasi untuk 4 dari 12 OPD.', reference: '16' },
          { area: 'EVALUASI', obligation: 'M1', basis: 'Pemantauan dan evaluasi SPBE setiap tahun (SM p35, M1)', status: 'MET', subject: 'Evaluasi 2025', detail: 'Final: indeks 3.00 (Baik).', reference: '2025-permenpanrb-59-2020' },
        ],
        notVisible: ['Aplikasi SPBE (duplikasi antar-OPD SM p14, tanda tangan elektronik SM p34): data app-registry-service, belum dibaca layanan ini.'],
      }),
    ),
  );
  show();

  expect(await screen.findByRole('heading', { level: 1, name: 'Kepatuhan terhadap batas waktu penyesuaian' })).toBeInTheDocument();
  expect(await screen.findByText('Peraturan Walikota Samarinda Nomor 9 Tahun 2018')).toBeInTheDocument();
  expect(screen.getByText('Lewat 2388 hari')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Temuan dari data layanan evaluasi' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows[0]).toHaveTextContent('Kurang');
  expect(rows[0]).toHaveTextContent('Rencana Induk SPBE (SM p13) (G4)');
  // evidence from operations (issue 13): its own area, the claim above the data and why
  expect(rows[1]).toHaveTextContent('Kurang');
  expect(rows[1]).toHaveTextContent('Bukti operasional');
  expect(rows[1]).toHaveTextContent('Klaim tingkat 3 di atas tingkat yang didukung data (2)');
  expect(rows[2]).toHaveTextContent('Terpenuhi');
  expect(screen.getByRole('heading', { name: 'Yang tidak terlihat oleh layanan ini' })).toBeInTheDocument();
  expect(screen.getByText(/SM p14/)).toBeInTheDocument();
});

it('says the rule does not apply where the profile sets no deadline, without an error (SEC4)', async () => {
  mockFetch(
    on('GET', PATH, () =>
      json({
        applies: false,
        obligation: 'SEC4',
        regulation: 'Peraturan Bupati Rejang Lebong Nomor 6 Tahun 2022',
        today: '2026-11-30',
        message: 'Peraturan daerah ini tidak menetapkan batas waktu penyesuaian bagi sistem yang sudah berjalan.',
        checks: [],
        notVisible: [],
      }),
    ),
  );
  show();
  expect(await screen.findByText('Tidak berlaku di daerah ini')).toBeInTheDocument();
  expect(screen.getByText(/tidak menetapkan batas waktu/)).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

it("shows the server's problem when the caller may not read the view", async () => {
  mockFetch(on('GET', PATH, () => problem(403, { title: 'Forbidden', detail: 'Akses ditolak.' })));
  show();
  expect(await screen.findByText(/Akses ditolak/)).toBeInTheDocument();
});
