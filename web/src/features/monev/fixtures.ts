import type { Evaluation, Framework, Indicator, ScoreView } from './queries';
import type { EvidenceDocument } from './EvidenceDocuments';
import type { MonevSchemas } from '../../api/client';

export const EVALUATOR = { username: 'evaluator', roles: ['EVALUATOR'] } as const;
export const COORDINATOR = { username: 'sekda', roles: ['COORDINATOR'] } as const;

/** A two-domain slice of 59/2020 (names and weights as the framework file has them), three indicators. */
export const framework: Framework = {
  id: 'permenpanrb-59-2020',
  name: 'PermenPANRB 59/2020',
  regulation: 'PermenPANRB 59/2020',
  status: 'OFFICIAL',
  totalWeight: 100,
  decimals: 2,
  domains: [
    {
      no: '1',
      name: 'Kebijakan Internal SPBE',
      weight: 13,
      aspects: [
        {
          no: '1',
          name: 'Kebijakan Internal terkait Tata Kelola SPBE',
          weight: 13,
          indicators: [
            {
              no: '1',
              name: 'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE',
              weight: 1.3,
              architectureDomain: 'PROSES_BISNIS',
              levelDescriptors: ['Rintisan: a', 'Terkelola: b', 'Terdefinisi: c', 'Terpadu dan Terukur: d', 'Optimum: e'],
            },
            { no: '2', name: 'Tingkat Kematangan Kebijakan Internal Peta Rencana SPBE', weight: 1.3, levelDescriptors: [] },
          ],
        },
      ],
    },
    {
      no: '4',
      name: 'Layanan SPBE',
      weight: 45.5,
      aspects: [
        {
          no: '7',
          name: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
          weight: 27.5,
          indicators: [{ no: '32', name: 'Tingkat Kematangan Layanan Perencanaan', weight: 2.75, levelDescriptors: [] }],
        },
      ],
    },
  ],
  predicates: [
    { minInclusive: 1, maxExclusive: 1.8, predicate: 'Kurang' },
    { minInclusive: 1.8, maxExclusive: 2.6, predicate: 'Cukup' },
    { minInclusive: 2.6, maxExclusive: 3.5, predicate: 'Baik' },
    { minInclusive: 3.5, maxExclusive: 4.2, predicate: 'Sangat Baik' },
    { minInclusive: 4.2, maxExclusive: 5, predicate: 'Memuaskan' },
  ],
};

export function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    id: '2026-permenpanrb-59-2020',
    year: 2026,
    frameworkId: 'permenpanrb-59-2020',
    frameworkName: 'PermenPANRB 59/2020',
    frameworkStatus: 'OFFICIAL',
    stage: 'PENILAIAN_MANDIRI',
    units: { DINAS: 'DISKOMINFO', BAPPEDA: 'BAPPEDA' },
    indicators: 3,
    assessed: 1,
    openedBy: 'admin.dinas',
    openedAt: '2026-02-01T01:00:00Z',
    updatedAt: '2026-02-03T01:00:00Z',
    published: false,
    ...overrides,
  };
}

export function indicator(no: string, overrides: Partial<Indicator> = {}): Indicator {
  const names: Record<string, [string, number, string]> = {
    '1': ['Tingkat Kematangan Kebijakan Internal Arsitektur SPBE', 1.3, '1'],
    '2': ['Tingkat Kematangan Kebijakan Internal Peta Rencana SPBE', 1.3, '1'],
    '32': ['Tingkat Kematangan Layanan Perencanaan', 2.75, '7'],
  };
  const [name, weight, aspectNo] = names[no];
  return {
    no,
    name,
    weight,
    aspectNo,
    domainNo: aspectNo === '7' ? '4' : '1',
    unit: 'DINAS',
    opd: 'DISKOMINFO',
    evidenceDocumentIds: [],
    expiredEvidenceDocumentIds: [],
    ...overrides,
  };
}

export const indicators: Indicator[] = [
  indicator('1', {
    level: 3,
    proposedLevel: 3,
    explanation: 'Perwal arsitektur SPBE sudah ditetapkan.',
    evidenceDocumentIds: ['doc-perwal-arsitektur', 'https://jdih.example.go.id/perwal-12'],
    proposedBy: 'admin.dinas',
    proposedAt: '2026-02-02T01:00:00Z',
  }),
  indicator('2', { unit: 'BAPPEDA', opd: 'BAPPEDA' }),
  indicator('32'),
];

export function page<T>(items: T[]) {
  return { items, page: 0, size: 200, totalItems: items.length, totalPages: 1 };
}

export function score(value: number | null, predicate: string | null, assessed = 3, indicatorsCount = 3): ScoreView {
  return { value, predicate, exact: value, assessed, indicators: indicatorsCount, complete: assessed === indicatorsCount };
}

export const index: MonevSchemas['IndexResponse'] = {
  evaluationId: '2026-permenpanrb-59-2020',
  frameworkId: 'permenpanrb-59-2020',
  overall: score(3, 'Baik', 1),
  domains: [
    { no: '1', name: 'Kebijakan Internal SPBE', score: score(3, 'Baik', 1, 2) },
    { no: '4', name: 'Layanan SPBE', score: score(null, null, 0, 1) },
  ],
  aspects: [
    { no: '1', name: 'Kebijakan Internal terkait Tata Kelola SPBE', domainNo: '1', score: score(3, 'Baik', 1, 2) },
    { no: '7', name: 'Layanan Administrasi Pemerintahan Berbasis Elektronik', domainNo: '4', score: score(null, null, 0, 1) },
  ],
};

/** An uploaded evidence document of an indicator (GET …/indicators/{no}/evidence-documents). */
export function evidenceDocument(overrides: Partial<EvidenceDocument> = {}): EvidenceDocument {
  return {
    id: '6b0d4f826b4e8aad8cb7cba2',
    title: 'Perwal Arsitektur SPBE',
    filename: 'perwal-arsitektur.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 2048,
    sha256: 'ab'.repeat(32),
    signatureStatus: 'UNSIGNED',
    validUntil: '2029-12-31',
    expired: false,
    evidenceAsOf: '2026-03-01',
    usedInProposal: false,
    uploadedBy: 'admin.dinas',
    uploadedAt: '2026-02-01T02:00:00Z',
    ...overrides,
  };
}
