import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { appRegistry, SESSION_EXPIRED } from '../api/client';
import { setAccessToken } from './token';
import { SessionGuard } from './SessionGuard';
import { mockFetch, on, problem } from '../test/render';

function renderGuard(signinSilent: () => Promise<unknown>) {
  const auth = { signinSilent: vi.fn(signinSilent), signinRedirect: vi.fn(async () => {}) } as unknown as AuthContextProps;
  render(
    <MantineProvider>
      <Notifications />
      <AuthContext.Provider value={auth}>
        <SessionGuard />
      </AuthContext.Provider>
    </MantineProvider>,
  );
  return auth;
}

it('a signed-in call refused with 401 raises the session-expired signal; a public one does not', async () => {
  mockFetch(on('GET', '/api/v1/opds', () => problem(401)), on('GET', '/api/v1/public/applications', () => problem(401)));
  const heard = vi.fn();
  window.addEventListener(SESSION_EXPIRED, heard);
  setAccessToken(undefined);
  await expect(appRegistry.GET('/api/v1/public/applications', {})).rejects.toMatchObject({ status: 401 });
  expect(heard).not.toHaveBeenCalled();
  setAccessToken('expired.token.value');
  await expect(appRegistry.GET('/api/v1/opds', {})).rejects.toMatchObject({ status: 401 });
  expect(heard).toHaveBeenCalledTimes(1);
  window.removeEventListener(SESSION_EXPIRED, heard);
  setAccessToken(undefined);
});

it('renews silently first, and only when that fails offers sign-in without leaving the page', async () => {
  const auth = renderGuard(() => Promise.reject(new Error('login_required')));
  await act(async () => {
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED));
  });
  expect(auth.signinSilent).toHaveBeenCalled();
  expect(await screen.findByText('Sesi Anda berakhir. Silakan masuk kembali.')).toBeInTheDocument();
  expect(auth.signinRedirect).not.toHaveBeenCalled();
  screen.getByRole('button', { name: 'Masuk' }).click();
  expect(auth.signinRedirect).toHaveBeenCalled();
});
