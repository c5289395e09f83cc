import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import { lanFixture } from '../testData';
import LanDiagramTaskPage from './LanDiagramTaskPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const year = new Date().getFullYear();
const submission = {
  number: 1,
  revision: 14,
  uncoveredRevisions: [12, 13],
  attachment: { filename: 'lan-dinkes.pdf', mediaType: 'application/pdf', sizeBytes: 204800, sha256: 'ab' },
  submittedBy: 'admin.dinas',
  submittedAt: `${year}-03-01T02:00:00Z`,
  late: false,
};
function task(status: string, extra: object = {}) {
  return { id: `${year}-DINKES`, year, opd: 'DINKES', dueDate: `${year}-11-30`, status, overdue: false, submissions: [], version: 3, ...extra };
}
const diff = { previousYear: null, added: 4, removed: 0, changed: 0, entries: [{ part: 'DEVICE', kind: 'ADDED', key: 'd1', label: 'core-sw-01', fields: [] }] };
const svg = () => new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { 'Content-Type': 'image/svg+xml' } });

beforeEach(() => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:d'), revokeObjectURL: vi.fn() }));
});

const render = (caller: (typeof CALLERS)[keyof typeof CALLERS]) =>
  renderScreen(<LanDiagramTaskPage />, { route: `/jaringan/diagram-tahunan/${year}-DINKES`, path: '/jaringan/diagram-tahunan/:id', caller });

it('lets the steward submit the diagram as multipart with a file, a note and the version as If-Match (N6)', async () => {
  const calls = mockFetch(
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES`, () => json(task('RETURNED', { returnReason: 'VLAN tamu belum tergambar.' }))),
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES/diff`, () => json(diff)),
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture({ mayEdit: true }))),
    on('POST', `/api/v1/lan-diagrams/tasks/${year}-DINKES/submissions`, () => json(task('SUBMITTED', { submissions: [submission] }))),
  );
  render(CALLERS.dinas);
  expect(await screen.findByRole('heading', { level: 1, name: `Diagram LAN DINKES ${year}` })).toBeInTheDocument();
  expect(screen.getByText('VLAN tamu belum tergambar.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Terima' })).not.toBeInTheDocument();
  const form = (await screen.findByRole('heading', { name: 'Serahkan diagram' })).closest('section')!;
  const file = new File(['%PDF-1.7'], 'lan.pdf', { type: 'application/pdf' });
  await userEvent.upload(form.querySelector('input[type="file"]') as HTMLInputElement, file);
  expect(within(form).getByText('lan.pdf')).toBeInTheDocument();
  fireEvent.change(within(form).getByRole('textbox', { name: /Catatan/ }), { target: { value: 'Diagram 2026' } });
  await userEvent.click(within(form).getByRole('button', { name: 'Serahkan' }));

  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"3"');
  expect(post.headers.get('Content-Type')).toMatch(/^multipart\/form-data/);
  expect(String(post.body)).toContain('name="file"; filename="lan.pdf"');
  expect(String(post.body)).toContain('Diagram 2026');
});

it('refuses a file over 20 MB before sending it', async () => {
  const calls = mockFetch(
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES`, () => json(task('OPEN'))),
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES/diff`, () => json(diff)),
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture({ mayEdit: true }))),
  );
  render(CALLERS.dinas);
  const form = (await screen.findByRole('heading', { name: 'Serahkan diagram' })).closest('section')!;
  const big = new File(['x'], 'big.png', { type: 'image/png' });
  Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
  await userEvent.upload(form.querySelector('input[type="file"]') as HTMLInputElement, big);
  await userEvent.click(within(form).getByRole('button', { name: 'Serahkan' }));
  expect(await within(form).findByText('Berkas lebih dari 20 MB.')).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'POST')).toBe(false);
});

it('offers no submission to an operator whose LAN Dinas runs', async () => {
  mockFetch(
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES`, () => json(task('OPEN'))),
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES/diff`, () => json(diff)),
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture({ mayEdit: false }))),
  );
  render(CALLERS.dinkes);
  expect(await screen.findByText('Belum ada penyerahan.')).toBeInTheDocument();
  expect(await screen.findByText(/dibandingkan dengan inventaris kosong/)).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Serahkan diagram' })).not.toBeInTheDocument();
});

it('lets Dinas return a submitted diagram only with a reason, then accept buttons follow the status', async () => {
  const calls = mockFetch(
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES/diagram`, svg),
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES/diff`, () => json(diff)),
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES`, () => json(task('SUBMITTED', { submissions: [submission] }))),
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('POST', `/api/v1/lan-diagrams/tasks/${year}-DINKES/return`, () => json(task('RETURNED'))),
  );
  render(CALLERS.dinas);
  const table = await screen.findByRole('table', { name: 'Riwayat penyerahan diagram' });
  expect(within(table).getByText('12, 13')).toBeInTheDocument();
  expect(await screen.findByRole('img', { name: `Diagram topologi DINKES ${year}` })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Terima' })).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Kembalikan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Kembalikan diagram' }, { timeout: 5000 });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
  expect(within(dialog).getByText('Wajib diisi')).toBeInTheDocument();
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Alasan/ }), { target: { value: 'Kabel uplink tidak tercatat.' } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ reason: 'Kabel uplink tidak tercatat.' });
  expect(post.headers.get('If-Match')).toBe('"3"');
});

it('shows no review buttons to the operator while the diagram awaits review', async () => {
  mockFetch(
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES/diagram`, svg),
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES/diff`, () => json(diff)),
    on('GET', `/api/v1/lan-diagrams/tasks/${year}-DINKES`, () => json(task('SUBMITTED', { submissions: [submission] }))),
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture({ mayEdit: false }))),
  );
  render(CALLERS.dinkes);
  await screen.findByRole('table', { name: 'Riwayat penyerahan diagram' });
  expect(screen.queryByRole('button', { name: 'Terima' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Kembalikan' })).not.toBeInTheDocument();
});
