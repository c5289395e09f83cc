import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import ApplicationDetailPage from '../ApplicationDetailPage';
import { anApplication } from './fixtures';

vi.setConfig({ testTimeout: 30_000 });

const APP = anApplication({
  status: 'SUBMITTED',
  submission: { by: 'operator.dinkes', at: '2026-11-05T02:00:00Z' },
  testResults: [
    { id: 't1', kind: 'FUNCTIONAL', testedOn: '2026-11-04', passed: true, summary: 'Semua skenario lulus', recordedBy: 'operator.dinkes', recordedAt: '2026-11-04T02:00:00Z' },
  ],
});

/** axe-core's rules that apply here: jsdom has no layout (no color contrast), and the screen renders without the Shell's landmarks (region). */
async function violations() {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

it.each(['ringkasan', 'riwayat'])('the %s tab has no accessibility violation axe can find', async (tab) => {
  mockFetch(
    on('GET', `/api/v1/applications/${APP.id}`, () => json(APP)),
    on('GET', `/api/v1/applications/${APP.id}/history`, () =>
      json({ intact: true, entries: [{ sequence: 1, at: '2026-11-01T02:00:00Z', actor: 'operator.dinkes', action: 'ApplicationRegistered', data: '{}', previousHash: '0', hash: 'ab'.repeat(32) }] }),
    ),
  );
  renderScreen(<ApplicationDetailPage />, { route: `/aplikasi/${APP.id}?tab=${tab}`, path: '/aplikasi/:id', caller: CALLERS.dinas });
  await screen.findByRole('heading', { level: 1, name: 'SIMPUS' });
  if (tab === 'riwayat') await screen.findByTestId('chain-verdict');
  expect(await violations()).toEqual([]);
});
