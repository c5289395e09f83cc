import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import EvaluationDetailPage from './EvaluationDetailPage';
import CompliancePage from './CompliancePage';
import MandiriTikPage from './MandiriTikPage';
import { COORDINATOR, evaluation, framework, index, indicators, page } from './fixtures';

vi.setConfig({ testTimeout: 30_000 });

const BASE = '/api/v1/evaluations/2026-permenpanrb-59-2020';

/** axe-core's rules that apply here: jsdom has no layout (no color contrast), and no Shell landmarks (region). */
async function violations() {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

it.each(['Indikator', 'Indeks'])('the evaluation page (%s tab) has no violation axe can find', async (tab) => {
  mockFetch(
    on('GET', BASE, () => json(evaluation(), 200, { ETag: '"1"' })),
    on('GET', '/api/v1/evaluations/frameworks/permenpanrb-59-2020', () => json(framework)),
    on('GET', `${BASE}/indicators`, () => json(page(indicators))),
    on('GET', `${BASE}/index`, () => json(index)),
  );
  renderScreen(<EvaluationDetailPage />, { route: '/evaluasi/2026-permenpanrb-59-2020', path: '/evaluasi/:id', caller: CALLERS.dinas });
  await screen.findByRole('table', { name: /Indikator aspek 1\./ });
  if (tab !== 'Indikator') {
    await userEvent.click(screen.getByRole('tab', { name: tab }));
    await screen.findByRole('table', { name: 'Indeks per domain dan aspek' });
  }
  expect(await violations()).toEqual([]);
});

it('the Mandiri TIK page has no violation axe can find', async () => {
  mockFetch(
    on('GET', '/api/v1/mandiri-tik-assessments/criteria', () => json({ decidedBy: 'BUPATI', criteria: ['HAS_ICT_STAFF', 'ICT_BUDGET'] })),
    on('GET', '/api/v1/mandiri-tik-assessments', () =>
      json(page([{ id: 'a1', opd: 'DINKES', status: 'PROPOSED', criteria: [], criteriaMet: [], reasons: [], proposedTo: 'BUPATI', assessedBy: 'admin.dinas', assessedAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' }])),
    ),
  );
  renderScreen(<MandiriTikPage />, { caller: CALLERS.dinas });
  await screen.findByRole('table', { name: 'Daftar penilaian Mandiri TIK' });
  expect(await violations()).toEqual([]);
});

it('the final evaluation with its sign-off for the coordinator has no violation axe can find (G2)', async () => {
  mockFetch(
    on('GET', BASE, () => json(evaluation({ stage: 'FINAL', finalIndex: 3, finalPredicate: 'Baik', finalisedBy: 'evaluator', finalisedAt: '2026-06-30T01:00:00Z' }), 200, { ETag: '"1"' })),
    on('GET', '/api/v1/evaluations/frameworks/permenpanrb-59-2020', () => json(framework)),
    on('GET', `${BASE}/indicators`, () => json(page(indicators))),
  );
  renderScreen(<EvaluationDetailPage />, { route: '/evaluasi/2026-permenpanrb-59-2020', path: '/evaluasi/:id', caller: COORDINATOR });
  await screen.findByRole('button', { name: 'Sahkan dan publikasikan' });
  await screen.findByRole('table', { name: /Indikator aspek 1\./ });
  expect(await violations()).toEqual([]);
});

it('the compliance page has no violation axe can find (SEC4)', async () => {
  mockFetch(
    on('GET', '/api/v1/evaluations/compliance', () =>
      json({
        applies: true, obligation: 'SEC4', regulation: 'Peraturan Walikota Samarinda Nomor 9 Tahun 2018', deadline: '2020-05-17',
        today: '2026-11-30', deadlinePassed: true, daysFromDeadline: 2388, message: 'Batas waktu telah lewat.',
        checks: [{ area: 'PERENCANAAN', obligation: 'G4', basis: 'Rencana Induk SPBE (SM p13)', status: 'SHORT', subject: 'Rencana Induk SPBE', detail: 'Tidak ada.' }],
        notVisible: ['Aplikasi SPBE'],
      }),
    ),
  );
  renderScreen(<CompliancePage />, { caller: COORDINATOR });
  await screen.findByRole('table', { name: 'Temuan dari data layanan evaluasi' });
  expect(await violations()).toEqual([]);
});
