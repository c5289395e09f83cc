import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, on, renderScreen } from '../../../test/render';
import { AGENTS, page } from '../fixtures';
import SlaSettingsPage from './SlaSettingsPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });
const year = new Date().getFullYear();

it('shows the policy of each type × priority in business time, the working hours and the chosen year\'s holidays (S5)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/sla-policies', () =>
      json([
        {
          type: 'GANGGUAN',
          priority: 'KRITIS',
          current: { version: 2, effectiveFrom: '2026-11-01T00:00:00Z', timeToOwnMinutes: 15, firstResponseMinutes: 30, resolutionMinutes: 240, reason: 'awal', changedBy: 'admin.dinas' },
          versions: [],
        },
      ]),
    ),
    on('GET', '/api/v1/business-calendar', () => json({ timeZone: 'Asia/Makassar', workingHours: { MONDAY: '07:30-16:00', FRIDAY: '07:30-16:30' } })),
    on('GET', '/api/v1/business-calendar/days', (url) =>
      json(
        page(
          url.searchParams.get('year') === String(year)
            ? [
                { date: `${year}-12-25`, name: 'Hari Raya Natal', kind: 'LIBUR_NASIONAL', removed: false, source: 'SKB 3 Menteri', updatedAt: `${year}-01-01T00:00:00Z` },
                { date: `${year}-12-26`, name: 'Cuti bersama Natal', kind: 'CUTI_BERSAMA', removed: true, source: 'admin.dinas', updatedAt: `${year}-01-02T00:00:00Z` },
              ]
            : [],
        ),
      ),
    ),
  );
  renderScreen(<SlaSettingsPage />, { caller: AGENTS.tier2 });
  const policies = await screen.findByRole('table', { name: /Target SLA per jenis tiket/ });
  const incident = within(policies).getByRole('rowheader', { name: 'Gangguan' }).closest('tr')!;
  expect(within(incident).getByText('15 m / 30 m / 4 j')).toBeInTheDocument();
  expect(within(incident).getByText(/^v2 sejak/)).toBeInTheDocument();

  const hours = await screen.findByRole('table', { name: 'Jam kerja per hari' });
  expect(within(within(hours).getByRole('rowheader', { name: 'Jumat' }).closest('tr')!).getByText('07:30-16:30')).toBeInTheDocument();
  expect(within(within(hours).getByRole('rowheader', { name: 'Sabtu' }).closest('tr')!).getByText('Libur')).toBeInTheDocument();

  const holidays = await screen.findByRole('table', { name: `Hari tidak bekerja tahun ${year}` });
  expect(within(holidays).getByText('Cuti bersama')).toBeInTheDocument();
  expect(within(holidays).getByText('dihapus (hari kerja)')).toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Tahun' }), String(year + 1));
  expect(await screen.findByText('Tidak ada hari libur tercatat untuk tahun ini.')).toBeInTheDocument();
  expect(calls.at(-1)!.url.searchParams.get('year')).toBe(String(year + 1));
});
