import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import ScheduleEngagementPage from './ScheduleEngagementPage';
import { AUDIT_ID, anAudit, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const year = new Date().getFullYear();

function planItem(id: string, name: string, scheduledAuditId?: string) {
  return {
    id,
    applicationId: `app-${id}`,
    applicationName: name,
    opd: 'DINKES',
    applicationClass: 'KHUSUS',
    kind: 'APLIKASI',
    obligation: 'AU5',
    basisDate: `${year - 2}-03-01`,
    dueDate: `${year}-12-01`,
    plannedAt: `${year - 2}-03-02T00:00:00Z`,
    objectType: 'APPLICATION',
    status: 'ACTIVE',
    neverAudited: true,
    overdue: false,
    scheduledAuditId,
  };
}

const plan = on('GET', '/api/v1/audit-plan', (url) =>
  json(page(url.searchParams.get('year') === String(year) ? [planItem('plan-1', 'SIMPUS'), planItem('plan-2', 'SIKDA', 'other-audit')] : [])),
);

function show(route = '/audit/penugasan/baru') {
  return renderScreen(<ScheduleEngagementPage />, {
    route,
    path: '/audit/penugasan/baru',
    caller: CALLERS.dinas,
    extraRoutes: [{ path: '/audit/penugasan/:id', element: <p>detail</p> }],
  });
}

it('schedules from the plan obligation named in the link with the AU2 scope checklist, then opens the engagement', async () => {
  const calls = mockFetch(plan, on('POST', '/api/v1/audits', () => json(anAudit(), 201)));
  const { router } = show('/audit/penugasan/baru?planItemId=plan-1');
  const user = userEvent.setup();
  // Only obligations not yet scheduled are offered.
  await user.click(await screen.findByRole('combobox', { name: /Kewajiban dalam rencana/ }));
  expect(await screen.findByRole('option', { name: /SIMPUS \(DINKES\) · Aplikasi/, hidden: true })).toBeInTheDocument();
  expect(screen.queryByRole('option', { name: /SIKDA/, hidden: true })).not.toBeInTheDocument();
  await user.keyboard('{Escape}');
  await user.click(screen.getByRole('textbox', { name: /Judul audit/ }));
  await user.paste('Audit Aplikasi SIMPUS');
  await user.click(screen.getByRole('checkbox', { name: 'Kinerja' }));
  await user.click(screen.getByRole('button', { name: 'Jadwalkan' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/audit/penugasan/${AUDIT_ID}`));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({
    title: 'Audit Aplikasi SIMPUS',
    plannedStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    plannedEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    scope: ['GOVERNANCE_AND_MANAGEMENT', 'FUNCTIONALITY', 'PERFORMANCE'],
    planItemId: 'plan-1',
  });
});

it('continuing a previous audit sends only its id and no scope when none is ticked (the previous scope is kept)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/audits', () => json(page([anAudit({ status: 'COMPLETED', completedOn: '2024-12-20' })]))),
    on('POST', '/api/v1/audits', () => json(anAudit(), 201)),
  );
  show(`/audit/penugasan/baru?previousAuditId=${AUDIT_ID}`);
  const user = userEvent.setup();
  expect(await screen.findByText(/temuan yang masih terbuka dibawa ke audit baru/)).toBeInTheDocument();
  await user.click(screen.getByRole('textbox', { name: /Judul audit/ }));
  await user.paste('Audit Aplikasi SIMPUS siklus 2');
  await user.click(screen.getByRole('button', { name: 'Jadwalkan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const body = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
  expect(body.previousAuditId).toBe(AUDIT_ID);
  expect(body).not.toHaveProperty('scope');
  expect(body).not.toHaveProperty('planItemId');
});

it('says what is missing before sending, and puts the server’s field message next to its field', async () => {
  const calls = mockFetch(
    plan,
    on('POST', '/api/v1/audits', () => problem(400, { errors: [{ field: 'title', message: 'judul terlalu panjang' }] })),
  );
  show('/audit/penugasan/baru?planItemId=plan-1');
  const user = userEvent.setup();
  const title = await screen.findByRole('textbox', { name: /Judul audit/ });
  await user.click(screen.getByRole('button', { name: 'Jadwalkan' }));
  expect(title).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await user.type(title, 'Audit');
  await user.click(screen.getByRole('button', { name: 'Jadwalkan' }));
  await waitFor(() => expect(title).toHaveAccessibleDescription(/judul terlalu panjang/));
  expect(screen.getByRole('alert')).toHaveTextContent('Periksa kembali isian Anda');
});

it('an ad hoc audit needs its kind and the audited OPD', async () => {
  const calls = mockFetch(
    plan,
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
    on('POST', '/api/v1/audits', () => json(anAudit(), 201)),
  );
  show();
  const user = userEvent.setup();
  await user.click(await screen.findByRole('radio', { name: 'Ad hoc' }));
  await user.click(screen.getByRole('textbox', { name: /Judul audit/ }));
  await user.paste('Audit keamanan jaringan DINKES');
  await user.click(screen.getByRole('button', { name: 'Jadwalkan' }));
  expect(screen.getByRole('combobox', { name: /OPD yang diaudit/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await user.click(screen.getByRole('combobox', { name: /OPD yang diaudit/ }));
  await user.click(await screen.findByRole('option', { name: 'DINKES — Dinas Kesehatan', hidden: true }));
  await user.click(screen.getByRole('button', { name: 'Jadwalkan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ kind: 'APLIKASI', auditedOpd: 'DINKES', title: 'Audit keamanan jaringan DINKES' });
});
