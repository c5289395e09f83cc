import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { EvidenceSection } from './EvidenceSection';
import { AUDIT_ID, anAudit, anEvidence, LEAD_AUDITOR, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const BASE = `/api/v1/audits/${AUDIT_ID}/evidence-requests`;
const running = anAudit({ status: 'IN_PROGRESS', team: [LEAD_AUDITOR] });

it('the audited OPD answers a request with document ids, one per line, and the version read as If-Match (AU2)', async () => {
  const calls = mockFetch(
    on('GET', BASE, () => json(page([anEvidence()]))),
    on('GET', `${BASE}/ev-1`, () => json(anEvidence(), 200, { ETag: '"2"' })),
    on('POST', `${BASE}/ev-1/provide`, () => json(anEvidence({ status: 'PROVIDED' }))),
  );
  renderScreen(<EvidenceSection engagement={running} />, { caller: CALLERS.dinkes });
  const user = userEvent.setup();
  expect(screen.queryByRole('button', { name: 'Minta bukti' })).not.toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: 'Berikan bukti: Laporan uji pemulihan cadangan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Berikan bukti' });
  await user.click(within(dialog).getByRole('textbox', { name: /ID dokumen/ }));
  await user.paste('doc-1\ndoc-2');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await screen.findByText('Permintaan bukti diperbarui.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ documentIds: ['doc-1', 'doc-2'] });
  expect(post.headers.get('If-Match')).toBe('"2"');
});

it('the lead auditor asks for evidence; a due date in the past is refused by the API with AU2', async () => {
  const calls = mockFetch(
    on('GET', BASE, () => json(page([]))),
    on('POST', BASE, () => problem(422, { obligation: 'AU2', detail: 'Tenggat tidak boleh sebelum hari ini.' })),
  );
  renderScreen(<EvidenceSection engagement={running} />, { caller: CALLERS.auditor });
  const user = userEvent.setup();
  expect(await screen.findByText('Belum ada permintaan bukti.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Minta bukti' }));
  const dialog = await screen.findByRole('dialog', { name: 'Minta bukti kepada OPD' });
  await user.click(within(dialog).getByRole('textbox', { name: /Bukti yang diminta/ }));
  await user.paste('Diagram jaringan');
  await user.click(within(dialog).getByRole('textbox', { name: /Tujuan/ }));
  await user.paste('Lingkup infrastruktur');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Aturan AU2');
  await waitFor(() =>
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      title: 'Diagram jaringan',
      purpose: 'Lingkup infrastruktur',
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    }),
  );
});

it('the team accepts or asks again for provided evidence; nothing is offered once the audit is completed', async () => {
  mockFetch(on('GET', BASE, () => json(page([anEvidence({ status: 'PROVIDED', submissions: [{ round: 1, documentIds: ['doc-9'], files: [], providedBy: 'operator.dinkes', providedAt: '2026-11-12T00:00:00Z' }] })]))));
  const { unmount } = renderScreen(<EvidenceSection engagement={running} />, { caller: CALLERS.auditor });
  expect(await screen.findByRole('button', { name: 'Terima: Laporan uji pemulihan cadangan' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Minta ulang: Laporan uji pemulihan cadangan' })).toBeInTheDocument();
  expect(screen.getByText('doc-9')).toBeInTheDocument();
  unmount();
  renderScreen(<EvidenceSection engagement={{ ...running, status: 'COMPLETED' }} />, { caller: CALLERS.auditor });
  expect(await screen.findByText('doc-9')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Terima/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Minta bukti' })).not.toBeInTheDocument();
});
