import { Anchor, AppShell, Badge, Box, Burger, Group, Menu, NavLink, ScrollArea, SegmentedControl, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useCaller } from '../auth/AuthSetup';
import { switchLanguage, type Language } from '../i18n';
import { Loading } from '../ui/Loading';
import { navigationFor, NAVIGATION } from './navigation';

// Loaded after the first screen: the bell is a convenience and its pieces need not weigh on the first load.
const NotificationBell = lazy(() => import('./NotificationBell'));

/** The signed-in frame: navigation by role, the caller's OPD and roles, the language switch and sign-out. */
export function Shell() {
  const { t } = useTranslation();
  const caller = useCaller();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const items = navigationFor(caller?.roles ?? []);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Anchor component={Link} to="/" underline="never" c="inherit" fw={700}>
              {t('app.name')}
              <Text span visibleFrom="md" c="dimmed" fw={400} ml={6} size="sm">
                {t('app.fullName')}
              </Text>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {caller && (
              <Suspense fallback={null}>
                <NotificationBell roles={caller.roles} />
              </Suspense>
            )}
            {caller && <CallerMenu />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.menu')}>
        <ScrollArea>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.to === '/' || item.to === '/aplikasi'}
                label={t(item.label)}
                leftSection={<item.icon size={18} stroke={1.6} />}
                active={isActive(item.to, location.pathname)}
                onClick={close}
              />
            ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

function isActive(to: string, pathname: string): boolean {
  if (to === '/') return pathname === '/';
  // The most specific link wins: /aplikasi/baru lights "register", not "applications".
  const matches = NAVIGATION.filter((i) => i.to !== '/' && (pathname === i.to || pathname.startsWith(i.to + '/')));
  const best = matches.sort((a, b) => b.to.length - a.to.length)[0];
  return best?.to === to;
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <Anchor href="#main" className="skip-link">
      {t('shell.skip')}
    </Anchor>
  );
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <VisuallyHidden id="language-label">{t('shell.language')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        aria-labelledby="language-label"
        value={i18n.language === 'en' ? 'en' : 'id'}
        onChange={(value) => switchLanguage(value as Language)}
        data={[
          { value: 'id', label: 'ID' },
          { value: 'en', label: 'EN' },
        ]}
      />
    </>
  );
}

function CallerMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const caller = useCaller();
  if (!caller) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="caller-menu">
          <Group gap={6} wrap="nowrap">
            {/* On a phone the name is not shown, but the button still says whose menu it is. */}
            <Box hiddenFrom="xs">
              <VisuallyHidden>{`${caller.name} ${caller.opd ?? t('shell.noOpd')}`}</VisuallyHidden>
            </Box>
            <Stack gap={0} align="flex-end" visibleFrom="xs">
              <Text size="sm" fw={600} lh={1.2}>
                {caller.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} data-testid="caller-opd">
                {caller.opd ?? t('shell.noOpd')}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.opd')}</Menu.Label>
        <Menu.Item disabled>{caller.opd ?? t('shell.noOpd')}</Menu.Item>
        <Menu.Label>{t('shell.roles')}</Menu.Label>
        <Group gap={4} px="sm" pb="xs" data-testid="caller-roles">
          {caller.roles.map((role) => (
            <Badge key={role} variant="light" size="sm">
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void auth.signoutRedirect({ post_logout_redirect_uri: window.location.origin + '/' })}
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
