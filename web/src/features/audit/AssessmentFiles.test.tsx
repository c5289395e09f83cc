import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, mockFetch, on, renderScreen } from '../../test/render';
import { FakeXhr } from '../../test/fakeXhr';
import type { AuditSchemas } from '../../api/client';
import { AssessmentFiles } from './AssessmentFiles';

vi.setConfig({ testTimeout: 20_000 });

type Assessment = AuditSchemas['AssessmentResponse'];
const ID = 'a-1';
const FILE = { documentId: '6b0d4f826b4e8aad8cb7cba2', filename: 'laporan-pentest.pdf', mediaType: 'application/pdf', sizeBytes: 2048, sha256: 'ab'.repeat(32), signatureStatus: 'UNSIGNED', attachedBy: 'admin.dinas', attachedAt: '2026-11-30T02:00:00Z' };

function anAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: ID, opd: 'DINKES', type: 'PENETRATION_TEST', title: 'Uji penetrasi SIMPUS', plannedOn: '2026-11-02', status: 'COMPLETED',
    findings: [], openFindings: 0, files: [], createdBy: 'admin.dinas', createdAt: '2026-11-01T02:00:00Z', updatedAt: '2026-11-03T02:00:00Z',
    ...overrides,
  } as Assessment;
}

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

it('Dinas attaches report files to a completed assessment and is told how many were attached', async () => {
  mockFetch();
  renderScreen(<AssessmentFiles assessment={anAssessment()} queryKey={['x']} />, { caller: CALLERS.dinas });
  expect(screen.getByText('Belum ada berkas laporan.')).toBeInTheDocument();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Lampirkan' }));
  expect(await screen.findByText('Wajib diisi')).toBeInTheDocument();
  expect(FakeXhr.last).toBeUndefined();

  await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.7'], 'laporan.pdf', { type: 'application/pdf' }));
  await user.click(screen.getByRole('button', { name: 'Lampirkan' }));
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  const xhr = FakeXhr.last!;
  expect(xhr.url).toBe(`/api/v1/security-assessments/${ID}/files`);
  expect((xhr.body as FormData).getAll('file').map((f) => (f as File).name)).toEqual(['laporan.pdf']);
  act(() => xhr.respond(200, anAssessment({ files: [FILE] })));
  expect(await screen.findByRole('status')).toHaveTextContent('1 berkas dilampirkan.');
});

it('the assessed OPD downloads the files but is offered no upload; a cancelled assessment takes none', async () => {
  const calls = mockFetch(on('GET', `/api/v1/security-assessments/${ID}/files/${FILE.documentId}`, () => new Response('%PDF', { headers: { 'Content-Type': 'application/pdf' } })));
  const { unmount } = renderScreen(<AssessmentFiles assessment={anAssessment({ files: [FILE] })} queryKey={['x']} />, { caller: CALLERS.dinkes });
  expect(screen.queryByRole('button', { name: 'Lampirkan' })).not.toBeInTheDocument();
  const user = userEvent.setup();
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(screen.getByRole('button', { name: 'Unduh berkas laporan-pentest.pdf' }));
  await waitFor(() => expect(click).toHaveBeenCalled());
  expect(calls.some((c) => c.url.pathname.endsWith(`/files/${FILE.documentId}`))).toBe(true);
  unmount();

  renderScreen(<AssessmentFiles assessment={anAssessment({ status: 'CANCELLED' })} queryKey={['x']} />, { caller: CALLERS.dinas });
  expect(screen.queryByRole('button', { name: 'Lampirkan' })).not.toBeInTheDocument();
});
