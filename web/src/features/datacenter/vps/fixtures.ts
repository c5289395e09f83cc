import type { Vps } from '../shared';

export function vps(overrides: Partial<Vps> = {}): Vps {
  return {
    id: 'vps-1',
    opd: 'DINKES',
    applicationId: 'app-1',
    applicationName: 'SIMPUS',
    vcpu: 2,
    ramGib: 4,
    diskGib: 80,
    osImage: 'ubuntu-24.04',
    purpose: 'Server aplikasi puskesmas',
    termMonths: 12,
    status: 'SUBMITTED',
    dataCenter: null,
    expiresOn: null,
    submission: { at: '2026-11-01T02:00:00Z', by: 'operator.dinkes' },
    updatedAt: '2026-11-01T02:00:00Z',
    ...overrides,
  };
}

export const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
