import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import { AGENTS } from '../fixtures';
import ChangeDetailPage from './ChangeDetailPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const change = {
  id: 'chg-1',
  title: 'Tambah modul antrean daring SIMPUS',
  description: 'Modul antrean untuk Puskesmas.',
  requesterOpd: 'DINKES',
  requester: 'operator.dinkes',
  priority: 'SEDANG',
  stage: 'APPROVAL',
  tier: 'TIER1',
  assignee: 'tier1.dinkes',
  openedAt: '2026-11-20T01:00:00Z',
  updatedAt: '2026-11-25T01:00:00Z',
  approverRole: 'DINAS_ADMIN',
  nextSteps: ['APPROVED', 'REFUSED'],
  steps: [
    { step: 'ANALYSIS_STARTED', stage: 'ANALYSIS', by: 'tier1.dinkes', at: '2026-11-21T01:00:00Z', note: 'Dampak ke basis data kecil.' },
    { step: 'SUBMITTED_FOR_APPROVAL', stage: 'APPROVAL', by: 'tier1.dinkes', at: '2026-11-22T01:00:00Z', note: 'Analisis selesai.' },
  ],
};

it('shows every S6 stage with who and when; only the approving role decides, a refusal needs its reason', async () => {
  mockFetch(
    on('GET', '/api/v1/changes/chg-1', () => json(change, 200, { ETag: '"3"' })),
    on('GET', '/api/v1/changes/chg-1/lan-changes', () => json({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 })),
  );
  const first = renderScreen(<ChangeDetailPage />, { caller: AGENTS.tier1Dinkes, route: '/layanan/perubahan/chg-1', path: '/layanan/perubahan/:id' });
  const steps = await screen.findByRole('list', { name: 'Tahapan perubahan' });
  expect(within(steps).getByText('Dampak ke basis data kecil.')).toBeInTheDocument();
  expect(screen.getByText('Tidak ada langkah yang dapat dilakukan sekarang.')).toBeInTheDocument();
  first.unmount();

  const calls = mockFetch(
    on('GET', '/api/v1/changes/chg-1', () => json(change, 200, { ETag: '"3"' })),
    on('POST', '/api/v1/changes/chg-1/refuse', () => json({ ...change, stage: 'CLOSED', nextSteps: [] })),
    on('GET', '/api/v1/changes/chg-1/lan-changes', () => json({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 })),
  );
  renderScreen(<ChangeDetailPage />, { caller: CALLERS.dinas, route: '/layanan/perubahan/chg-1', path: '/layanan/perubahan/:id' });
  const group = await screen.findByRole('group', { name: 'Langkah berikutnya' });
  expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Setujui', 'Tolak']);
  await user.click(within(group).getByRole('button', { name: 'Tolak' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Tolak' }));
  expect(within(dialog).getByRole('textbox', { name: /Alasan penolakan/ })).toHaveAccessibleDescription(/Wajib diisi/);
  await user.type(within(dialog).getByRole('textbox', { name: /Alasan penolakan/ }), 'Anggaran belum tersedia');
  await user.click(within(dialog).getByRole('button', { name: 'Tolak' }));
  expect(await screen.findByText('Tersimpan.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ reason: 'Anggaran belum tersedia' });
  expect(post.headers.get('If-Match')).toBe('"3"');
});
