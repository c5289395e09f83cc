import { screen, within } from '@testing-library/react';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import EvaluationDetailPage from './EvaluationDetailPage';
import { EVALUATOR, evaluation, framework, index, indicators, page } from './fixtures';
import type { IndicatorEvidence } from './OperationsEvidence';
import type { Evaluation, Framework, Indicator } from './queries';

vi.setConfig({ testTimeout: 20_000 });

const ID = '2026-permenpanrb-59-2020';
const BASE = `/api/v1/evaluations/${ID}`;

/** The fixture framework plus the aspect holding 27 and 28 (Penerapan Manajemen SPBE, 59/2020). */
const withManagement: Framework = {
  ...framework,
  domains: [
    ...framework.domains,
    {
      no: '3',
      name: 'Manajemen SPBE',
      weight: 16.5,
      aspects: [
        {
          no: '5',
          name: 'Penerapan Manajemen SPBE',
          weight: 12,
          indicators: [
            { no: '27', name: 'Tingkat Kematangan Penerapan Manajemen Perubahan', weight: 1.5, levelDescriptors: [] },
            { no: '28', name: 'Tingkat Kematangan Penerapan Manajemen Layanan SPBE', weight: 1.5, levelDescriptors: [] },
          ],
        },
      ],
    },
  ],
};

function management(no: string, name: string, level: number): Indicator {
  return {
    no,
    name,
    weight: 1.5,
    aspectNo: '5',
    domainNo: '3',
    unit: 'BAGIAN_ORGANISASI',
    opd: 'SETDA-ORG',
    level,
    proposedLevel: level,
    explanation: 'Klaim unit',
    proposedBy: 'operator.setda-org',
    proposedAt: '2026-02-02T01:00:00Z',
    evidenceDocumentIds: ['doc-sop'],
    expiredEvidenceDocumentIds: [],
  };
}

const allIndicators = [
  ...indicators,
  management('27', 'Tingkat Kematangan Penerapan Manajemen Perubahan', 2),
  management('28', 'Tingkat Kematangan Penerapan Manajemen Layanan SPBE', 4),
];

const serviceManagement: IndicatorEvidence = {
  no: '28',
  name: 'Tingkat Kematangan Penerapan Manajemen Layanan SPBE',
  subject: 'Manajemen Layanan SPBE',
  opd: 'SETDA-ORG',
  claimedLevel: 4,
  proposedLevel: 4,
  supportedLevel: 2,
  ceiling: 4,
  flag: 'ABOVE_SUPPORTED',
  reason:
    'Manajemen layanan: tiket layanan digunakan oleh 9 dari 12 OPD, SLA terpenuhi 87 % — data mendukung level 2: baru sebagian OPD (Terkelola).',
  figures: { opdsWithTickets: 9, activeOpds: 12, tickets: 140, resolved: 120, resolvedWithinSla: 105, slaMetPercent: 87 },
  basis: 'PermenPANRB 59/2020, Lampiran, Tabel 1 (tingkat kapabilitas proses)',
  year: 2026,
};

const changeManagement: IndicatorEvidence = {
  ...serviceManagement,
  no: '27',
  name: 'Tingkat Kematangan Penerapan Manajemen Perubahan',
  subject: 'Manajemen Perubahan',
  claimedLevel: 2,
  proposedLevel: 2,
  supportedLevel: 2,
  ceiling: 2,
  flag: 'SUPPORTED',
  reason: 'Manajemen perubahan: 5 permintaan perubahan dari 3 OPD, 4 disetujui dan diimplementasikan — data mendukung sedikitnya level 2.',
  figures: { changeTickets: 5, changesImplemented: 4, opdsWithChanges: 3 },
};

function stack(current: Evaluation, evidence: () => Response) {
  return mockFetch(
    on('GET', `${BASE}/evidence`, evidence),
    on('GET', BASE, () => json(current, 200, { ETag: '"7"' })),
    on('GET', `/api/v1/evaluations/frameworks/${current.frameworkId}`, () => json({ ...withManagement, id: current.frameworkId })),
    on('GET', `${BASE}/indicators`, () => json(page(allIndicators))),
    on('GET', `${BASE}/index`, () => json(index)),
    on('GET', `${BASE}/history`, () => json({ intact: true, entries: [] })),
  );
}

function show(caller: { username: string; opd?: string; roles: readonly string[] }, id = ID) {
  return renderScreen(<EvaluationDetailPage />, { caller, route: `/evaluasi/${id}`, path: '/evaluasi/:id' });
}

function row(name: string) {
  return screen.getByText(name).closest('tr')!;
}

it('flags the service-management claim above what the tickets support, in words with the reason (issue 13, indicator 28, M1)', async () => {
  const calls = stack(evaluation({ stage: 'PENILAIAN_DOKUMEN' }), () => json(page([changeManagement, serviceManagement])));
  show(EVALUATOR);

  const flag = await screen.findByText('Klaim di atas yang didukung data');
  const service = row('Tingkat Kematangan Penerapan Manajemen Layanan SPBE');
  expect(service).toContainElement(flag);
  expect(within(service).getByText('Tingkat 4')).toBeInTheDocument();
  expect(within(service).getByText('Data platform mendukung tingkat 2')).toBeInTheDocument();
  expect(within(service).getByText(/digunakan oleh 9 dari 12 OPD, SLA terpenuhi 87 %/)).toBeInTheDocument();
  expect(within(service).getByText(/Tidak menolak klaim/)).toBeInTheDocument();
  // the flag carries an icon next to its words, not colour alone
  expect(flag.closest('[data-flag="ABOVE_SUPPORTED"]')!.querySelector('svg')).not.toBeNull();

  const change = row('Tingkat Kematangan Penerapan Manajemen Perubahan');
  expect(within(change).getByText('Klaim didukung data')).toBeInTheDocument();
  expect(within(change).getByText('Data platform mendukung sedikitnya tingkat 2')).toBeInTheDocument();
  expect(within(change).queryByText('Klaim di atas yang didukung data')).not.toBeInTheDocument();

  // indicators no rule covers show no evidence
  expect(within(row('Tingkat Kematangan Kebijakan Internal Arsitektur SPBE')).queryByText('Bukti operasional')).not.toBeInTheDocument();
  const asked = calls.find((c) => c.url.pathname === `${BASE}/evidence`)!;
  expect(asked.url.searchParams.get('size')).toBe('50');
});

it('shows "no data" for an indicator the platform saw nothing for, without a flag (issue 13)', async () => {
  stack(evaluation(), () =>
    json(page([{ ...serviceManagement, supportedLevel: null, flag: 'NO_DATA', reason: 'Manajemen layanan: belum ada tiket layanan di platform pada tahun ini.' }])),
  );
  show(CALLERS.dinas);

  expect(await screen.findByText('Tanpa data')).toBeInTheDocument();
  const service = row('Tingkat Kematangan Penerapan Manajemen Layanan SPBE');
  expect(within(service).getByText('Belum ada data operasional tahun 2026')).toBeInTheDocument();
  expect(within(service).queryByText('Klaim di atas yang didukung data')).not.toBeInTheDocument();
});

it('keeps the indicators usable when the evidence cannot be read (issue 13)', async () => {
  stack(evaluation(), () => problem(503, { title: 'Service Unavailable' }));
  show(EVALUATOR);

  expect(await screen.findByText('Bukti operasional tidak dapat dimuat.')).toBeInTheDocument();
  expect(screen.getByText('Tingkat Kematangan Penerapan Manajemen Layanan SPBE')).toBeInTheDocument();
});

it('asks for no evidence under a framework no rule covers (issue 13)', async () => {
  const other = evaluation({ id: '2026-pemdi-2026', frameworkId: 'pemdi-2026', frameworkStatus: 'PROVISIONAL' });
  const base = '/api/v1/evaluations/2026-pemdi-2026';
  const calls = mockFetch(
    on('GET', `${base}/evidence`, () => json(page([serviceManagement]))),
    on('GET', base, () => json(other, 200, { ETag: '"1"' })),
    on('GET', '/api/v1/evaluations/frameworks/pemdi-2026', () => json({ ...withManagement, id: 'pemdi-2026' })),
    on('GET', `${base}/indicators`, () => json(page(allIndicators))),
    on('GET', `${base}/index`, () => json({ ...index, evaluationId: other.id })),
    on('GET', `${base}/history`, () => json({ intact: true, entries: [] })),
  );
  show(EVALUATOR, other.id);

  expect(await screen.findByText('Tingkat Kematangan Penerapan Manajemen Layanan SPBE')).toBeInTheDocument();
  expect(screen.queryByText('Bukti operasional')).not.toBeInTheDocument();
  expect(calls.some((c) => c.url.pathname.endsWith('/evidence'))).toBe(false);
});
