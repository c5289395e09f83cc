import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import { page } from '../vps/fixtures';
import ConsentsPage from './ConsentsPage';
import DatasetsPage from './DatasetsPage';

vi.setConfig({ testTimeout: 30_000 });

/** axe-core's rules that apply here: jsdom has no layout (no color contrast), and no Shell landmarks (region). */
async function violations() {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const handlers = [
  on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
  on('GET', '/api/v1/custody-consents', () =>
    json(
      page([
        {
          id: 'c-1',
          opd: 'DINKES',
          actions: ['RESTORE_TEST'],
          allSystems: true,
          targets: [],
          validFrom: '2026-11-01',
          validUntil: '2027-10-31',
          letterNumber: '800/12/DINKES/2026',
          status: 'GRANTED',
          standing: 'IN_FORCE',
          grantedBy: 'operator.dinkes',
          grantedAt: '2026-11-01T01:00:00Z',
        },
      ]),
    ),
  ),
  on('GET', '/api/v1/datasets/levels', () => json({ levels: ['BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA'] })),
  on('GET', '/api/v1/datasets', () =>
    json(page([{ id: 'ds-1', opd: 'DINKES', name: 'Pasien TB', systemKind: 'APPLICATION', systemId: 'app-1', systemName: 'SITT', classification: 'RAHASIA', owner: 'Bidang P2P' }])),
  ),
];

it.each([
  ['ConsentsPage', <ConsentsPage key="c" />, 'Daftar persetujuan pengelolaan data'],
  ['DatasetsPage', <DatasetsPage key="d" />, 'Register dataset'],
])('%s has one h1 and no axe violations', async (_name, element, table) => {
  mockFetch(...handlers);
  renderScreen(element, { caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: table });
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(await violations()).toEqual([]);
});
