import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { AGENTS, clock, page, ticket } from '../fixtures';
import type { Ticket } from '../model';
import TicketDetailPage from './TicketDetailPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const ID = '6f1c2a3b-0000-4000-8000-000000000001';
const base = `/api/v1/tickets/${ID}`;

function handlers(current: () => Ticket) {
  return [
    on('GET', base, () => json(current(), 200, { ETag: '"7"' })),
    on('GET', `${base}/sla`, () =>
      json({
        ticketId: ID,
        timeZone: 'Asia/Makassar',
        clocks: [
          clock({ clock: 'TIME_TO_OWN', status: 'BREACHED', targetSeconds: 1800, elapsedSeconds: 3600, breachedAt: '2026-11-30T01:30:00Z' }),
          clock({ status: 'PAUSED', pausedSeconds: 5400 }),
        ],
        timeline: [
          { at: '2026-11-30T01:00:00Z', kind: 'START', clock: 'RESOLUTION', description: 'Jam penyelesaian mulai', rule: 'Kebijakan SLA GANGGUAN × TINGGI v1: penyelesaian 480 menit kerja' },
          { at: '2026-11-30T08:00:00Z', until: '2026-12-01T00:00:00Z', kind: 'CALENDAR_GAP', description: 'Di luar jam kerja' },
          { at: '2026-11-30T01:30:00Z', kind: 'BREACH', clock: 'TIME_TO_OWN', description: 'Waktu pengambilan terlampaui', rule: 'Kebijakan SLA GANGGUAN × TINGGI v1: waktu pengambilan 30 menit kerja' },
        ],
      }),
    ),
    on('GET', `${base}/comments`, () =>
      json(page([{ id: 'c1', author: 'tier1.dinkes', byAgent: true, internal: true, text: 'Cek log server aplikasi.', at: '2026-11-30T02:00:00Z' }])),
    ),
    on('GET', `${base}/history`, () => json({ intact: true, entries: [] })),
  ];
}

function render(caller: { username: string; opd?: string; roles: readonly string[] }, tab = '') {
  return renderScreen(<TicketDetailPage />, { caller, route: `/layanan/tiket/${ID}${tab}`, path: '/layanan/tiket/:id' });
}

it("shows type, status, priority, queue and SLA at a glance, and the OPD's Tier 1 the steps of a new ticket", async () => {
  mockFetch(...handlers(() => ticket()));
  render(AGENTS.tier1Dinkes);
  expect(await screen.findByRole('heading', { level: 1, name: 'SIMPUS tidak dapat dibuka di Puskesmas I Denpasar Barat' })).toBeInTheDocument();
  const steps = screen.getByRole('group', { name: 'Langkah tiket' });
  expect(within(steps).getAllByRole('button').map((b) => b.textContent)).toEqual(['Ambil tiket', 'Tugaskan', 'Ubah prioritas', 'Eskalasi ke Tier 2']);
  expect(screen.getAllByText('Tier 1 (OPD)').length).toBeGreaterThan(0);
  expect(await screen.findAllByText('SLA terlampaui')).not.toHaveLength(0);
});

it('offers the requester no desk step, and Tier 1 nothing on a ticket escalated to Tier 2 (S3)', async () => {
  mockFetch(...handlers(() => ticket()));
  const first = render(CALLERS.dinkes);
  expect(await screen.findByText('Tidak ada langkah yang dapat Anda lakukan pada tiket ini sekarang.')).toBeInTheDocument();
  first.unmount();

  const escalated = ticket({
    tier: 'TIER2',
    escalations: [{ from: 'TIER1', to: 'TIER2', reason: 'Butuh akses basis data pusat data', automatic: false, by: 'tier1.dinkes', at: '2026-11-30T02:00:00Z' }],
  });
  mockFetch(...handlers(() => escalated));
  render(AGENTS.tier1Dinkes);
  expect(await screen.findByText('Tidak ada langkah yang dapat Anda lakukan pada tiket ini sekarang.')).toBeInTheDocument();
  expect(screen.getByText('Butuh akses basis data pusat data')).toBeInTheDocument();
});

it('escalates only with a reason, sending it with the ETag as If-Match (S3)', async () => {
  let current = ticket();
  const calls = mockFetch(
    on('POST', `${base}/escalate`, () => {
      current = ticket({ tier: 'TIER2' });
      return json(current);
    }),
    ...handlers(() => current),
  );
  render(AGENTS.tier1Dinkes);
  await user.click(await screen.findByRole('button', { name: 'Eskalasi ke Tier 2' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Eskalasi ke Tier 2' }));
  expect(within(dialog).getByRole('textbox', { name: /Alasan eskalasi/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await user.click(within(dialog).getByRole('textbox', { name: /Alasan eskalasi/ }));
  await user.paste('Perlu akses server di pusat data Dinas');
  await user.click(within(dialog).getByRole('button', { name: 'Eskalasi ke Tier 2' }));
  expect(await screen.findByText('Tersimpan.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.url.pathname).toBe(`${base}/escalate`);
  expect(post.body).toEqual({ reason: 'Perlu akses server di pusat data Dinas' });
  expect(post.headers.get('If-Match')).toBe('"7"');
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Eskalasi ke Tier 2' })).not.toBeInTheDocument());
});

it('offers a reload when someone else moved the ticket meanwhile (412)', async () => {
  mockFetch(on('POST', `${base}/take`, () => problem(412, { detail: 'Versi tiket sudah berubah.' })), ...handlers(() => ticket()));
  render(AGENTS.tier1Dinkes);
  await user.click(await screen.findByRole('button', { name: 'Ambil tiket' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Ambil tiket' }));
  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('Versi tiket sudah berubah.');
  expect(within(alert).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
});

it('shows the evidence checklist of a security incident; Tier 2 secures each step, and resolving early is refused (S8)', async () => {
  const security = ticket({
    category: 'KEAMANAN',
    priority: 'KRITIS',
    tier: 'TIER2',
    status: 'ASSIGNED',
    assignee: 'tier2.dinas',
    routingReason: 'S8: insiden keamanan langsung ke Tier 2',
    evidenceChecklist: [
      { code: 'ISOLATE', label: 'Isolasi perangkat dari jaringan', secured: true, securedBy: 'tier2.dinas', securedAt: '2026-11-30T02:00:00Z' },
      { code: 'LOGS', label: 'Salin log server', secured: false },
    ],
  });
  const calls = mockFetch(
    on('POST', `${base}/evidence/LOGS/secure`, () => json(security)),
    on('POST', `${base}/resolve`, () => problem(422, { obligation: 'S8', detail: 'Bukti insiden keamanan belum diamankan: [LOGS].' })),
    ...handlers(() => security),
  );
  render(AGENTS.tier2);
  const checklist = await screen.findByRole('region', { name: 'Daftar periksa pengamanan bukti (S8)' });
  expect(within(checklist).getByText('1 dari 2 langkah diamankan')).toBeInTheDocument();
  expect(within(checklist).getByText('Belum diamankan')).toBeInTheDocument();
  await user.click(within(checklist).getByRole('button', { name: 'Tandai diamankan: Salin log server' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.pathname === `${base}/evidence/LOGS/secure`)).toBe(true));
  expect(calls.find((c) => c.url.pathname === `${base}/evidence/LOGS/secure`)!.headers.get('If-Match')).toBe('"7"');

  await user.click(screen.getByRole('button', { name: 'Selesaikan' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('textbox', { name: /Catatan penyelesaian/ }));
  await user.paste('Situs dipulihkan dari cadangan.');
  await user.click(within(dialog).getByRole('button', { name: 'Selesaikan' }));
  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('S8');
  expect(alert).toHaveTextContent('belum diamankan');
});

it('shows every SLA clock and the timeline with the rule behind each entry (S5)', async () => {
  mockFetch(...handlers(() => ticket()));
  render(CALLERS.dinkes, '?tab=sla');
  const clocks = await screen.findByRole('table', { name: 'Jam SLA tiket' });
  const own = within(clocks).getByRole('rowheader', { name: 'Waktu pengambilan' }).closest('tr')!;
  expect(within(own).getByText('Terlampaui')).toBeInTheDocument();
  expect(within(own).getByText('30 m')).toBeInTheDocument();
  const resolution = within(clocks).getByRole('rowheader', { name: 'Penyelesaian' }).closest('tr')!;
  expect(within(resolution).getByText('Dijeda')).toBeInTheDocument();
  expect(within(resolution).getByText('1 j 30 m')).toBeInTheDocument();
  const timeline = screen.getByRole('list', { name: 'Linimasa SLA tiket' });
  expect(within(timeline).getByText('Aturan: Kebijakan SLA GANGGUAN × TINGGI v1: waktu pengambilan 30 menit kerja')).toBeInTheDocument();
  expect(within(timeline).getByText('Di luar waktu kerja')).toBeInTheDocument();
  expect(within(timeline).getByText('Pelanggaran SLA')).toBeInTheDocument();
});

it('lets the agent write an internal note; the requester has no such choice', async () => {
  const calls = mockFetch(
    on('POST', `${base}/comments`, () => json({ id: 'c2', author: 'tier1.dinkes', byAgent: true, internal: true, text: 'x', at: '2026-11-30T03:00:00Z' }, 201)),
    ...handlers(() => ticket({ status: 'ASSIGNED', assignee: 'tier1.dinkes' })),
  );
  const first = render(AGENTS.tier1Dinkes, '?tab=komentar');
  const list = await screen.findByRole('list', { name: 'Komentar tiket' });
  expect(within(list).getByText('Catatan internal')).toBeInTheDocument();
  await user.click(screen.getByRole('textbox', { name: /Tulis komentar/ }));
  await user.paste('Server aplikasi dimulai ulang.');
  await user.click(screen.getByRole('checkbox', { name: /Catatan internal/ }));
  await user.click(screen.getByRole('button', { name: 'Kirim komentar' }));
  expect(await screen.findByText('Komentar terkirim.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ text: 'Server aplikasi dimulai ulang.', internal: true });
  first.unmount();

  mockFetch(...handlers(() => ticket({ status: 'ASSIGNED', assignee: 'tier1.dinkes' })));
  render(CALLERS.dinkes, '?tab=komentar');
  expect(await screen.findByRole('textbox', { name: /Tulis komentar/ })).toBeInTheDocument();
  expect(screen.queryByRole('checkbox', { name: /Catatan internal/ })).not.toBeInTheDocument();
});

it('refuses a file over 20 MB before sending, and uploads a smaller one as multipart "file"', async () => {
  const calls = mockFetch(
    on('POST', `${base}/attachments`, () =>
      json({ fileId: 'f'.repeat(24), filename: 'galat.png', mediaType: 'image/png', sizeBytes: 3, sha256: 'ab'.repeat(32), uploadedBy: 'operator.dinkes', uploadedAt: '2026-11-30T03:00:00Z' }, 201),
    ),
    ...handlers(() => ticket({ status: 'ASSIGNED' })),
  );
  const { container } = render(CALLERS.dinkes, '?tab=lampiran');
  await screen.findByText('Belum ada lampiran.');
  const input = () => container.querySelector('input[type="file"]') as HTMLInputElement;
  const big = new File(['x'], 'rekaman.pdf', { type: 'application/pdf' });
  Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
  fireEvent.change(input(), { target: { files: [big] } });
  expect(await screen.findByText('Berkas lebih dari 20 MB.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Unggah' })).toBeDisabled();

  fireEvent.change(input(), { target: { files: [new File(['png'], 'galat.png', { type: 'image/png' })] } });
  await user.click(screen.getByRole('button', { name: 'Unggah' }));
  expect(await screen.findByText('Berkas galat.png dilampirkan.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.url.pathname).toBe(`${base}/attachments`);
  expect(post.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  expect(String(post.body)).toContain('name="file"; filename="galat.png"');
});

it('lists the incidents grouped under a problem, each with its status (S1)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/tickets', () => json(page([ticket({ id: 'child-1', title: 'SIMPUS galat 502 di Puskesmas II', status: 'ASSIGNED', problemId: ID })]))),
    ...handlers(() => ticket({ type: 'MASALAH', status: 'KNOWN_ERROR', rootCause: 'Kolam koneksi basis data habis' })),
  );
  render(AGENTS.tier1Dinkes);
  const list = await screen.findByRole('list', { name: 'Tiket anggota masalah' });
  expect(within(list).getByRole('link', { name: 'SIMPUS galat 502 di Puskesmas II' })).toHaveAttribute('href', '/layanan/tiket/child-1');
  expect(within(list).getByText('Ditangani')).toBeInTheDocument();
  expect(screen.getByText('Kolam koneksi basis data habis')).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname === '/api/v1/tickets')!.url.searchParams.get('problem')).toBe(ID);
});

it('shows the registered site as copied at opening next to the free-text location (S1, N1)', async () => {
  mockFetch(
    ...handlers(() =>
      ticket({ affectedRegisteredSite: { id: 'site-1', name: 'Puskesmas Curup', address: 'Jl. Sukowati No. 1' }, affectedSite: 'Ruang server lantai 2' }),
    ),
  );
  render(CALLERS.dinkes);
  expect(await screen.findByText('Puskesmas Curup — Jl. Sukowati No. 1')).toBeInTheDocument();
  expect(screen.getByText('Lokasi terdaftar')).toBeInTheDocument();
  expect(screen.getByText('Ruang server lantai 2')).toBeInTheDocument();
});
