import type { Application } from './permissions';

/** A DINKES application as the server answers it; override what a test is about. */
export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: '3f1c2a9e-0000-4000-8000-000000000001',
    name: 'SIMPUS',
    description: 'Sistem informasi puskesmas',
    ownerOpd: 'DINKES',
    applicationClass: 'KHUSUS',
    userOpds: ['DINKES'],
    sharedUse: 'NOT_SHARED',
    serviceType: 'TRANSAKSI',
    functionDomains: ['SEKTOR_KESEHATAN'],
    licence: { kind: 'OPEN_SOURCE', spdxId: 'EUPL-1.2' },
    techStack: ['Java'],
    contacts: [{ name: 'Budi', email: 'budi@dinkes.go.id' }],
    platforms: [],
    categories: [],
    features: [],
    status: 'DRAFT',
    stage: 'REQUIREMENTS_ANALYSIS',
    ownershipStatement: 'Hak cipta dan kode sumber aplikasi ini milik Pemerintah Daerah (aset negara).',
    registeredBy: 'operator.dinkes',
    registeredAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-02T02:00:00Z',
    documents: [],
    testResults: [],
    conformanceReviews: [],
    version: 3,
    ...overrides,
  };
}
