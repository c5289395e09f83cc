import { DEFAULT_THEME, MantineProvider, createTheme, type MantineColorsTuple } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiProblem } from './api/problem';
import { SpbeAuthProvider } from './auth/AuthSetup';
import type { AppConfig } from './config';
import { routes } from './routes';

/**
 * Shades 8 and 9 dark enough for WCAG AA (4.5:1) both as text on white or a striped row and under white text on a
 * filled badge or button: Mantine's own shade 8 of orange, yellow, green, teal, cyan and lime is 2.5–4.4:1 (axe in
 * the browser sweep, issues 9–13); red's is 4.51, below AA on a striped row.
 */
const ACCESSIBLE_DARK_SHADES: Record<string, [string, string]> = {
  red: ['#c92a2a', '#a51d1d'],
  orange: ['#c2410c', '#9a3412'],
  yellow: ['#a15c07', '#854d0e'],
  green: ['#2b7a3b', '#1e6330'],
  teal: ['#087f5b', '#066649'],
  cyan: ['#0b7285', '#095c6b'],
  lime: ['#4d7c0f', '#3f6212'],
};

export const accessibleColors = Object.fromEntries(
  Object.entries(ACCESSIBLE_DARK_SHADES).map(([name, dark]) => [
    name,
    [...DEFAULT_THEME.colors[name].slice(0, 8), ...dark] as unknown as MantineColorsTuple,
  ]),
);

/**
 * The theme, in the user's language where Mantine renders words of its own: icon-only close buttons and the pager's
 * arrows get names (axe: button-name), which Mantine leaves empty by default.
 */
function spbeTheme(t: TFunction) {
  const close = { 'aria-label': t('action.close') };
  return createTheme({
    primaryColor: 'blue',
    // Shade 8 and automatic text contrast: white on blue.6 is 3.6:1, below WCAG AA's 4.5:1 (axe, issue 8).
    primaryShade: 8,
    autoContrast: true,
    colors: accessibleColors,
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    components: {
      // Wide tables scroll sideways on a phone; a keyboard user must be able to reach and scroll them (WCAG 2.1.1).
      TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
      Modal: { defaultProps: { closeButtonProps: close } },
      Drawer: { defaultProps: { closeButtonProps: close } },
      Notification: { defaultProps: { closeButtonProps: close } },
      Pagination: {
        defaultProps: {
          getControlProps: (control: 'first' | 'previous' | 'last' | 'next') => ({ 'aria-label': t(`paging.${control}`) }),
        },
      },
    },
  });
}

/** Retries only what may pass on retry: not a 4xx (the same request gets the same answer). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiProblem && error.status < 500 && error.status !== 429) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

export function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  const { t } = useTranslation();
  const theme = useMemo(() => spbeTheme(t), [t]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <SpbeAuthProvider config={config}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </SpbeAuthProvider>
    </MantineProvider>
  );
}
