import { screen } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import BackupPage from './backup/BackupPage';
import OsImagesPage from './osimages/OsImagesPage';
import DataCenterDetailPage from './sites/DataCenterDetailPage';
import DataCenterListPage from './sites/DataCenterListPage';
import { capacity, site } from './sites/fixtures';
import PlacementPage from './placement/PlacementPage';
import RacksPage from './racks/RacksPage';
import UptimePage from './uptime/UptimePage';
import VpsDetailPage from './vps/VpsDetailPage';
import VpsListPage from './vps/VpsListPage';
import VpsRequestPage from './vps/VpsRequestPage';
import { page, vps } from './vps/fixtures';

vi.setConfig({ testTimeout: 30_000 });

/** axe-core's rules that apply here: jsdom has no layout (no color contrast), and no Shell landmarks (region). */
async function violations() {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const ACTIVE = vps({
  status: 'ACTIVE',
  dataCenter: 'PD-DENPASAR',
  expiresOn: '2099-01-01',
  provisioning: {
    hostname: 'sikda',
    ipAddress: '10.61.20.11',
    handedTo: 'Made',
    handoverMethod: 'IN_PERSON',
    handedBy: 'admin.dinas',
    handedAt: '2026-11-02T03:00:00Z',
    provisionedBy: 'admin.dinas',
    provisionedAt: '2026-11-02T03:00:00Z',
  },
});

const handlers = [
  on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
  on('GET', '/api/v1/applications', () => json(page([{ id: 'app-1', name: 'SIMPUS', ownerOpd: 'DINKES', status: 'ACTIVE' }]))),
  on('GET', '/api/v1/vps-requests', () => json(page([vps(), ACTIVE]))),
  on('GET', '/api/v1/vps-requests/vps-1', () => json(ACTIVE)),
  on('GET', '/api/v1/data-centers', () => json(page([site()]))),
  on('GET', '/api/v1/capacity', () => json(page([capacity()]))),
  on('GET', '/api/v1/data-centers/PD-UTAMA', () => json(site())),
  on('GET', '/api/v1/data-centers/PD-UTAMA/capacity', () => json(capacity())),
  on('GET', '/api/v1/monitors', () =>
    json(
      page([
        {
          id: 'm-1',
          opd: 'DINKES',
          name: 'SIMPUS',
          target: 'http://127.0.0.1:8080/actuator/health',
          protocol: 'HTTP',
          intervalSeconds: 60,
          failureThreshold: 3,
          sloPercent: 99.5,
          active: true,
          state: 'DOWN',
          consecutiveFailures: 3,
          openOutage: { id: 'o', since: '2026-11-30T00:00:00Z', detectedAt: '2026-11-30T00:03:00Z' },
          maintenance: [],
          createdBy: 'x',
          createdAt: '2026-11-01T00:00:00Z',
        },
      ]),
    ),
  ),
  on('GET', '/api/v1/racks', () => json(page([{ id: 'r-1', dataCenter: 'PD-UTAMA', name: 'R01', heightU: 4, maxPowerKw: 5, reservedUnits: 2, reservedPowerKw: 1, registeredAt: '2026-11-01T00:00:00Z' }]))),
  on('GET', '/api/v1/racks/r-1/elevation', () =>
    json({ rackId: 'r-1', dataCenter: 'PD-UTAMA', name: 'R01', heightU: 4, maxPowerKw: 5, reservedPowerKw: 1, units: [{ u: 4 }, { u: 3, reservationId: 'c', opd: 'RSUD-WANGAYA', purpose: 'SIMRS' }, { u: 2, reservationId: 'c', opd: 'RSUD-WANGAYA', purpose: 'SIMRS' }, { u: 1 }] }),
  ),
  on('GET', '/api/v1/colocations', () => json(page([]))),
  on('GET', '/api/v1/os-images', () =>
    json(
      page([
        { code: 'ubuntu-24.04', name: 'Ubuntu Server', version: '24.04 LTS', family: 'LINUX', endOfSupport: '2029-05-31', supportEnded: false, status: 'ACTIVE', addedBy: 'x', addedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' },
        { code: 'centos-7', name: 'CentOS', version: '7', family: 'LINUX', endOfSupport: '2024-06-30', supportEnded: true, status: 'RETIRED', retireReason: 'EOL', addedBy: 'x', addedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' },
      ]),
    ),
  ),
  on('GET', '/api/v1/placements', () =>
    json({ opd: 'DISKOMINFO', placementMandatory: true, flagged: 1, vps: [], colocations: [], outside: [{ id: 'd', opd: 'DISKOMINFO', name: 'Server lama', location: 'OPD_PREMISES', status: 'DECLARED', declaredAt: '2026-11-01T00:00:00Z', declaredBy: 'x', flag: { obligation: 'D2', detail: 'wajib' } }] }),
  ),
  on('GET', '/api/v1/backup-compliance', () =>
    json(
      page([
        {
          policyId: 'p-1',
          opd: 'DINKES',
          system: { kind: 'APPLICATION', id: 'app-1', name: 'SITT' },
          frequencyHours: 24,
          rpoHours: 24,
          offsiteCopy: true,
          standing: 'OVERDUE',
          nextSuccessDueBy: '2026-11-30T00:00:00Z',
          restoreTestDueBy: '2026-01-01',
          restoreTestOverdue: true,
        },
      ]),
    ),
  ),
];

/** Each screen, its h1, the route pattern it reads, and what shows once its data is there. */
const SCREENS: [string, () => ReactElement, string, string | undefined, () => Promise<unknown>][] = [
  ['VPS list', () => <VpsListPage />, 'Permohonan VPS', undefined, () => screen.findByRole('table', { name: 'Daftar permohonan VPS' })],
  ['VPS request form', () => <VpsRequestPage />, 'Ajukan VPS', undefined, () => screen.findByRole('combobox', { name: /OPD pemohon/ })],
  ['VPS detail', () => <VpsDetailPage />, 'VPS SIMPUS', '/pusat-data/vps/:id', () => screen.findByText('10.61.20.11')],
  ['data centers', () => <DataCenterListPage />, 'Pusat Data', undefined, () => screen.findAllByRole('meter')],
  ['data center detail', () => <DataCenterDetailPage />, 'Pusat Data Utama Diskominfo', '/pusat-data/lokasi/:code', () => screen.findByRole('table', { name: 'Kapasitas per sumber daya' })],
  ['uptime', () => <UptimePage />, 'Pemantauan Layanan', undefined, () => screen.findByRole('table', { name: 'Daftar pemantau layanan' })],
  ['racks', () => <RacksPage />, 'Rak dan Kolokasi', undefined, () => screen.findByRole('list', { name: 'Tampilan rak R01' })],
  ['placement', () => <PlacementPage />, 'Register Penempatan', undefined, () => screen.findByRole('table', { name: 'Sistem yang dinyatakan berjalan di luar Pusat Data' })],
  ['OS image catalogue', () => <OsImagesPage />, 'Katalog Image Sistem Operasi', undefined, () => screen.findByRole('table', { name: 'Katalog image sistem operasi' })],
  ['backups', () => <BackupPage />, 'Cadangan Data', undefined, () => screen.findByRole('table', { name: 'Kepatuhan cadangan per sistem' })],
];

it.each(SCREENS)('the %s screen has one h1 and no accessibility violation axe can find', async (_name, element, heading, path, ready) => {
  mockFetch(...handlers);
  const route = path?.replace(':id', 'vps-1').replace(':code', 'PD-UTAMA') ?? '/';
  renderScreen(element(), { caller: CALLERS.dinas, route, path });
  await screen.findByRole('heading', { level: 1, name: heading });
  await ready();
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(await violations()).toEqual([]);
});
