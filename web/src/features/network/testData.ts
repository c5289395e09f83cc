import type { NetworkSchemas } from '../../api/client';

type Lan = NetworkSchemas['LanResponse'];

/** A small DINKES LAN as the service answers it (Dinas runs it unless told otherwise). */
export function lanFixture(overrides: Partial<Lan> = {}): Lan {
  return {
    opd: 'DINKES',
    opdName: 'Dinas Kesehatan',
    steward: 'DINAS',
    mandiriTik: false,
    mayEdit: true,
    mayEditSpecial: true,
    revision: 7,
    devices: [
      {
        id: 'd1',
        name: 'core-sw-01',
        kind: 'SWITCH',
        vendor: 'Cisco',
        model: 'C9300',
        security: false,
        internetFacing: false,
        hardwareEndOfLife: '2030-01-31',
        interfaces: [
          { name: 'Gi1/0/1', untaggedVlan: 10, taggedVlans: [] },
          { name: 'Gi1/0/48', taggedVlans: [10, 20] },
        ],
        addedAt: '2026-01-05T02:00:00Z',
        updatedAt: '2026-01-05T02:00:00Z',
      },
      {
        id: 'd2',
        name: 'sensor-suhu-farmasi',
        kind: 'SPECIAL',
        security: false,
        internetFacing: false,
        interfaces: [{ name: 'eth0', taggedVlans: [] }],
        addedAt: '2026-01-05T02:00:00Z',
        updatedAt: '2026-01-05T02:00:00Z',
      },
    ],
    cables: [{ id: 'c1', a: { deviceId: 'd1', interfaceName: 'Gi1/0/1' }, b: { deviceId: 'd2', interfaceName: 'eth0' }, medium: 'COPPER', addedAt: '2026-01-05T02:00:00Z' }],
    vlans: [
      { vid: 10, name: 'STAF' },
      { vid: 20, name: 'TAMU' },
    ],
    prefixes: [{ id: 'p1', cidr: '10.20.0.0/24', vlan: 10, addedAt: '2026-01-05T02:00:00Z' }],
    addresses: [{ id: 'a1', address: '10.20.0.1', prefix: '10.20.0.0/24', assignedTo: { deviceId: 'd1', interfaceName: 'Gi1/0/1' }, addedAt: '2026-01-05T02:00:00Z' }],
    byod: null,
    ...overrides,
  };
}

export function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}
