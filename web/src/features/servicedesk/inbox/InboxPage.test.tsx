import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import InboxPage from './InboxPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const TICKET = '6f1c2a3b-0000-4000-8000-000000000001';

function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: '11111111-0000-4000-8000-000000000001',
    kind: 'TICKET_ASSIGNED',
    relation: 'REQUESTER',
    ticketId: TICKET,
    ticketNumber: '6F1C2A3B',
    ticketTitle: 'SIMPUS tidak dapat dibuka',
    requesterOpd: 'DINKES',
    summary: 'Tiket Anda sedang ditangani oleh tier1.dinkes.',
    actor: 'tier1.dinkes',
    createdAt: '2026-11-30T02:00:00Z',
    read: false,
    ...overrides,
  };
}

const page = (items: unknown[]) => json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

const ALL_ON = { ASSIGNMENT: true, COMMENT: true, INFORMATION_REQUEST: true, ESCALATION: true, RESOLUTION: true, BREACH_WARNING: true };
const preferences = (mail: Record<string, boolean> = ALL_ON, version = 0) =>
  on('GET', '/api/v1/notifications/preferences', () => json({ username: 'operator.dinkes', mail, inbox: true, version }, 200, { ETag: `"${version}"` }));

it('lists my notifications with what happened and a link to each ticket; the unread filter asks the server', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/notifications', (url) =>
      url.searchParams.get('unread') === 'true'
        ? page([entry()])
        : page([entry(), entry({ id: '11111111-0000-4000-8000-000000000002', kind: 'TICKET_RESOLVED', summary: 'Tiket Anda telah diselesaikan.', read: true })]),
    ),
    on('GET', '/api/v1/notifications/unread-count', () => json({ unread: 1 })),
    preferences(),
  );
  renderScreen(<InboxPage />, { caller: CALLERS.dinkes });

  expect(await screen.findByRole('heading', { level: 1, name: 'Kotak masuk' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Daftar pemberitahuan' });
  expect(within(table).getAllByRole('link', { name: 'Tiket 6F1C2A3B: SIMPUS tidak dapat dibuka' })[0]).toHaveAttribute('href', `/layanan/tiket/${TICKET}`);
  expect(within(table).getByText('Tiket Anda sedang ditangani oleh tier1.dinkes.')).toBeInTheDocument();
  expect(within(table).getByText('Penugasan')).toBeInTheDocument();
  expect(within(table).getByText('Belum dibaca')).toBeInTheDocument();
  expect(within(table).getByText('Sudah dibaca')).toBeInTheDocument();
  expect(screen.getByTestId('unread-count')).toHaveTextContent('1 belum dibaca');
  // only the unread entry has a "mark read" button
  expect(within(table).getAllByRole('button', { name: /^Tandai sudah dibaca/ })).toHaveLength(1);

  await user.click(screen.getByRole('checkbox', { name: 'Hanya yang belum dibaca' }));
  await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1));
  const lists = calls.filter((c) => c.url.pathname === '/api/v1/notifications');
  expect(lists.at(-1)!.url.searchParams.get('unread')).toBe('true');
  expect(lists[0].url.searchParams.get('unread')).toBeNull();
});

it('marks one entry read, and all of them, then refreshes the list and the count', async () => {
  let unread = 2;
  const calls = mockFetch(
    on('GET', '/api/v1/notifications', () =>
      page(unread > 0 ? [entry(), entry({ id: '11111111-0000-4000-8000-000000000002', kind: 'SLA_WARNING', relation: 'ASSIGNEE', ticketTitle: 'Jaringan lambat' })] : [entry({ read: true })]),
    ),
    on('GET', '/api/v1/notifications/unread-count', () => json({ unread })),
    preferences(),
    on('POST', '/api/v1/notifications/11111111-0000-4000-8000-000000000001/read', () => {
      unread = 1;
      return json(entry({ read: true }));
    }),
    on('POST', '/api/v1/notifications/read-all', () => {
      const marked = unread;
      unread = 0;
      return json({ marked });
    }),
  );
  renderScreen(<InboxPage />, { caller: CALLERS.dinkes });

  await user.click(await screen.findByRole('button', { name: 'Tandai sudah dibaca: SIMPUS tidak dapat dibuka' }));
  await waitFor(() => expect(screen.getByTestId('unread-count')).toHaveTextContent('1 belum dibaca'));
  expect(calls.some((c) => c.method === 'POST' && c.url.pathname.endsWith('/read'))).toBe(true);

  await user.click(screen.getByRole('button', { name: 'Tandai semua sudah dibaca' }));
  await waitFor(() => expect(screen.getByTestId('unread-count')).toHaveTextContent('0 belum dibaca'));
  expect(calls.filter((c) => c.method === 'POST' && c.url.pathname === '/api/v1/notifications/read-all')).toHaveLength(1);
  expect(screen.getByRole('button', { name: 'Tandai semua sudah dibaca' })).toBeDisabled();
});

it('says so when there is nothing, and shows a problem when the inbox cannot be read', async () => {
  mockFetch(
    on('GET', '/api/v1/notifications', () => page([])),
    on('GET', '/api/v1/notifications/unread-count', () => json({ unread: 0 })),
    preferences(),
  );
  const first = renderScreen(<InboxPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText('Belum ada pemberitahuan.')).toHaveAttribute('role', 'status');
  first.unmount();

  mockFetch(
    on('GET', '/api/v1/notifications', () => problem(503, { title: 'Layanan sedang tidak tersedia' })),
    on('GET', '/api/v1/notifications/unread-count', () => json({ unread: 0 })),
    preferences(),
  );
  renderScreen(<InboxPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByRole('alert')).toBeInTheDocument();
});

it('shows a switch per kind with what the server holds, and saves the whole choice with the version read as If-Match', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/notifications', () => page([])),
    on('GET', '/api/v1/notifications/unread-count', () => json({ unread: 0 })),
    preferences({ ...ALL_ON, COMMENT: false }, 3),
    on('PUT', '/api/v1/notifications/preferences', (_url, body) =>
      json({ username: 'operator.dinkes', mail: (body as { mail: Record<string, boolean> }).mail, inbox: true, version: 4 }, 200, { ETag: '"4"' }),
    ),
  );
  renderScreen(<InboxPage />, { caller: CALLERS.dinkes });

  const panel = await screen.findByRole('form', { name: 'Pemberitahuan lewat e-mail' });
  expect(screen.getByRole('heading', { level: 2, name: 'Pemberitahuan lewat e-mail' })).toBeInTheDocument();
  expect(screen.getByText(/selalu menerima semua pemberitahuan/)).toBeInTheDocument();
  expect(within(panel).getAllByRole('switch')).toHaveLength(6);
  expect(within(panel).getByRole('switch', { name: /^Komentar/ })).not.toBeChecked();
  expect(within(panel).getByRole('switch', { name: /^Penugasan dan tiket baru di antrean/ })).toBeChecked();
  const save = within(panel).getByRole('button', { name: 'Simpan pilihan e-mail' });
  expect(save).toBeDisabled();

  await user.click(within(panel).getByRole('switch', { name: /^Peringatan dan pelanggaran SLA/ }));
  await user.click(save);

  expect(await within(panel).findByText('Pilihan e-mail disimpan.')).toBeInTheDocument();
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.headers.get('If-Match')).toBe('"3"');
  expect(put.body).toEqual({ mail: { ...ALL_ON, COMMENT: false, BREACH_WARNING: false } });
  expect(within(panel).getByRole('switch', { name: /^Peringatan dan pelanggaran SLA/ })).not.toBeChecked();
});

it('shows a refused kind next to its switch, and a change made meanwhile elsewhere with a reload', async () => {
  let answer = problem(400, { title: 'Permintaan tidak valid', errors: [{ field: 'mail.COMMENT', pointer: '/mail/COMMENT', message: 'mail.COMMENT harus true atau false.' }] });
  mockFetch(
    on('GET', '/api/v1/notifications', () => page([])),
    on('GET', '/api/v1/notifications/unread-count', () => json({ unread: 0 })),
    preferences(ALL_ON, 1),
    on('PUT', '/api/v1/notifications/preferences', () => answer),
  );
  renderScreen(<InboxPage />, { caller: CALLERS.dinkes });

  const panel = await screen.findByRole('form', { name: 'Pemberitahuan lewat e-mail' });
  await user.click(within(panel).getByRole('switch', { name: /^Komentar/ }));
  await user.click(within(panel).getByRole('button', { name: 'Simpan pilihan e-mail' }));
  expect(await within(panel).findByText('mail.COMMENT harus true atau false.')).toBeInTheDocument();

  answer = problem(412, { title: 'Versi data sudah tidak berlaku', detail: 'Versi data "1" sudah tidak berlaku; versi saat ini "2".' });
  await user.click(within(panel).getByRole('button', { name: 'Simpan pilihan e-mail' }));
  const alert = await within(panel).findByRole('alert');
  expect(alert).toHaveAttribute('data-problem-status', '412');
  expect(within(alert).getByRole('button')).toBeInTheDocument();
});
