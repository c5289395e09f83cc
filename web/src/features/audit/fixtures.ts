import type { Audit, Auditor, Certificate, Evidence, Finding } from './shared';

export const AUDIT_ID = '11111111-2222-3333-4444-555555555555';
export const FINDING_ID = '99999999-8888-7777-6666-555555555555';

export function anAudit(overrides: Partial<Audit> = {}): Audit {
  return {
    id: AUDIT_ID,
    kind: 'APLIKASI',
    objectId: 'app-simpus',
    objectName: 'SIMPUS',
    auditedOpd: 'DINKES',
    planItemId: 'plan-1',
    title: 'Audit Aplikasi SIMPUS 2026',
    plannedStart: '2026-12-01',
    plannedEnd: '2026-12-31',
    scope: ['GOVERNANCE_AND_MANAGEMENT', 'FUNCTIONALITY'],
    team: [],
    status: 'PLANNED',
    createdBy: 'admin.dinas',
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-01T02:00:00Z',
    ...overrides,
  };
}

export const LEAD_AUDITOR = { auditorId: 'aud-1', name: 'Ni Made Sari', username: 'auditor', auditorType: 'INTERNAL', lead: true };

export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: FINDING_ID,
    auditId: AUDIT_ID,
    auditKind: 'APLIKASI',
    title: 'Cadangan data tidak diuji',
    severity: 'HIGH',
    criterion: 'Kebijakan cadangan',
    condition: 'Pemulihan tidak pernah diuji',
    cause: 'Tidak ada jadwal uji',
    effect: 'Data bisa hilang',
    recommendation: 'Uji pemulihan tiap triwulan',
    ownerOpd: 'DINKES',
    dueDate: '2027-01-31',
    status: 'IDENTIFIED',
    overdue: false,
    openedBy: 'auditor',
    openedAt: '2026-11-10T03:00:00Z',
    updatedAt: '2026-11-10T03:00:00Z',
    carriedOverTo: [],
    remediationFiles: [],
    ...overrides,
  };
}

export function anAuditor(overrides: Partial<Auditor> = {}): Auditor {
  return {
    id: 'aud-1',
    type: 'INTERNAL',
    name: 'Ni Made Sari',
    username: 'auditor',
    homeOpd: 'INSPEKTORAT',
    decree: { number: '800/123/INSP/2026', date: '2026-01-15' },
    active: true,
    registeredBy: 'admin.dinas',
    registeredAt: '2026-01-20T02:00:00Z',
    updatedAt: '2026-01-20T02:00:00Z',
    ...overrides,
  };
}

export function aCertificate(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: 'cert-1',
    holder: 'dr. Putu Adi',
    opdCode: 'DINKES',
    issuer: 'CN=BSrE CA, O=BSSN, C=ID',
    serialNumber: '1A2B3C',
    notBefore: '2025-01-01T00:00:00Z',
    notAfter: '2027-01-01T00:00:00Z',
    keyUsage: ['DIGITAL_SIGNATURE'],
    source: 'MANUAL',
    status: 'VALID',
    notYetValid: false,
    warnedThresholds: [],
    registeredBy: 'admin.dinas',
    registeredAt: '2025-01-02T00:00:00Z',
    updatedAt: '2025-01-02T00:00:00Z',
    ...overrides,
  };
}

export function anEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 'ev-1',
    auditId: AUDIT_ID,
    auditedOpd: 'DINKES',
    title: 'Laporan uji pemulihan cadangan',
    purpose: 'Memeriksa kebijakan cadangan',
    dueDate: '2026-12-10',
    status: 'REQUESTED',
    overdue: false,
    round: 1,
    submissions: [],
    requestedBy: 'auditor',
    requestedAt: '2026-11-10T03:00:00Z',
    updatedAt: '2026-11-10T03:00:00Z',
    ...overrides,
  };
}

export function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}
