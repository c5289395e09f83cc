import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { SESSION_EXPIRED } from '../api/client';
import { signIn } from './AuthSetup';

const NOTICE = 'session-expired';

/**
 * When the gateway refuses a signed-in call as unauthenticated (the session ended at Keycloak, or renewal failed), try
 * one silent renewal; if that fails too, say so and offer sign-in, without navigating away: what the user typed stays
 * on the screen until they choose to sign in again.
 */
export function SessionGuard() {
  const auth = useAuth();
  const { t } = useTranslation();
  const renewing = useRef(false);

  useEffect(() => {
    const onExpired = () => {
      if (renewing.current) return;
      renewing.current = true;
      auth
        .signinSilent()
        .catch(() => undefined)
        .then((user) => {
          renewing.current = false;
          if (user) return;
          const here = window.location.pathname + window.location.search + window.location.hash;
          notifications.show({
            id: NOTICE,
            color: 'orange',
            autoClose: false,
            title: t('problem.title.401'),
            message: (
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('shell.sessionExpired')}</Text>
                <Button size="xs" onClick={() => void signIn(auth, here)}>
                  {t('shell.signIn')}
                </Button>
              </Group>
            ),
          });
        });
    };
    window.addEventListener(SESSION_EXPIRED, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED, onExpired);
  }, [auth, t]);

  return null;
}
