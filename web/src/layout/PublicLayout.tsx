import { Anchor, AppShell, Button, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Loading } from '../ui/Loading';
import { signIn } from '../auth/AuthSetup';
import { LanguageSwitch } from './Shell';

/** The frame of public pages: no sign-in needed; a visitor who works for the region can sign in from here. */
export function PublicLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/katalog" underline="never" c="inherit" fw={700}>
            {t('app.name')}
            <Text span visibleFrom="sm" c="dimmed" fw={400} ml={6} size="sm">
              {t('nav.catalogue')}
            </Text>
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {auth.isAuthenticated ? (
              <Button component={Link} to="/" size="xs" variant="light">
                {t('nav.dashboard')}
              </Button>
            ) : (
              <Button size="xs" onClick={() => void signIn(auth, '/')}>
                {t('shell.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
