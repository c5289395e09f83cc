import type { Capacity, DataCenter } from '../shared';

export function site(overrides: Partial<DataCenter> = {}): DataCenter {
  return {
    code: 'PD-UTAMA',
    name: 'Pusat Data Utama Diskominfo',
    role: 'MAIN',
    address: 'Jl. Majapahit, Denpasar',
    capacity: { vcpu: 64, ramGib: 512, diskGib: 20000, rackUnits: 84, powerKw: 20, vcpuOvercommit: 4, ramOvercommit: 1.5 },
    links: [{ upstream: 'NATIONAL', name: 'PDN Jakarta', status: 'CONNECTED', bandwidthMbps: 1000 }],
    drTargets: [{ systemKind: 'APPLICATION', systemId: 'app-1', systemName: 'SIMPUS', rpoMinutes: 60, rtoMinutes: 240, replicaSite: 'PD-DR' }],
    registeredAt: '2026-11-01T00:00:00Z',
    registeredBy: 'admin.dinas',
    updatedAt: '2026-11-01T00:00:00Z',
    updatedBy: 'admin.dinas',
    ...overrides,
  };
}

export function capacity(code = 'PD-UTAMA'): Capacity {
  return {
    dataCenter: code,
    installed: { vcpu: 64, ramGib: 512, diskGib: 20000, rackUnits: 84, powerKw: 20, vcpuOvercommit: 4, ramOvercommit: 1.5 },
    allocatable: { vcpu: 256, ramGib: 768, diskGib: 20000, rackUnits: 84, powerKw: 20 },
    allocated: { vcpu: 64, ramGib: 96, diskGib: 1000, rackUnits: 0, powerKw: 0 },
    free: { vcpu: 192, ramGib: 672, diskGib: 19000, rackUnits: 84, powerKw: 20 },
  };
}
