import { Button, Center, Stack, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Loading } from '../ui/Loading';
import { signIn } from './AuthSetup';

/** Screens behind sign-in: an anonymous visitor is sent to Keycloak and comes back to the same address. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  const returnTo = location.pathname + location.search + location.hash;
  const mustSignIn = !auth.isLoading && !auth.isAuthenticated && !auth.activeNavigator && !auth.error;

  useEffect(() => {
    if (mustSignIn) void signIn(auth, returnTo);
  }, [mustSignIn, auth, returnTo]);

  if (auth.error) {
    return (
      <Center py="xl">
        <Stack align="center">
          <Text role="alert">{t('shell.signInFailed', { message: auth.error.message })}</Text>
          <Button onClick={() => void signIn(auth, returnTo)}>{t('shell.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!auth.isAuthenticated) return <Loading />;
  return <>{children}</>;
}
