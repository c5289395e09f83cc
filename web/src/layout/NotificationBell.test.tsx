import { screen } from '@testing-library/react';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../test/render';
import NotificationBell from './NotificationBell';

const COUNT = '/api/v1/notifications/unread-count';

describe('the header bell', () => {
  it('links an OPD operator to the inbox and says how many notifications are unread', async () => {
    const calls = mockFetch(on('GET', COUNT, () => json({ unread: 3 })));
    renderScreen(<NotificationBell roles={CALLERS.dinkes.roles} />, { caller: CALLERS.dinkes });
    const bell = await screen.findByRole('link', { name: 'Kotak masuk, 3 belum dibaca' });
    expect(bell).toHaveAttribute('href', '/layanan/kotak-masuk');
    expect(calls.map((c) => c.url.pathname)).toEqual([COUNT]);
  });

  it('says only "inbox" when nothing is unread', async () => {
    mockFetch(on('GET', COUNT, () => json({ unread: 0 })));
    renderScreen(<NotificationBell roles={CALLERS.dinas.roles} />, { caller: CALLERS.dinas });
    expect(await screen.findByRole('link', { name: 'Kotak masuk' })).toBeInTheDocument();
    expect(screen.queryByText('0')).not.toBeInTheDocument();
  });

  it('stays a plain link without an error when the service desk cannot answer', async () => {
    const calls = mockFetch(on('GET', COUNT, () => problem(503, { title: 'Service Unavailable' })));
    renderScreen(<NotificationBell roles={CALLERS.dinkes.roles} />, { caller: CALLERS.dinkes });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Kotak masuk' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is not shown, and asks nothing, for a role without an inbox (an auditor)', async () => {
    const calls = mockFetch();
    renderScreen(<NotificationBell roles={CALLERS.auditor.roles} />, { caller: CALLERS.auditor });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
