import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { must, servicedesk } from '../api/client';
import { NAVIGATION } from './navigation';

export const INBOX_PATH = '/layanan/kotak-masuk';

/** The inbox screen's own query key for the count, so marking entries read there refreshes the bell at once. */
const UNREAD_COUNT = ['servicedesk', 'notifications', 'unread-count'] as const;

/** Polling is cheap (one indexed count) and the inbox is where ticket work arrives; a minute is soon enough. */
const POLL_MS = 60_000;

/**
 * The header's bell: a link to the caller's inbox with how many notifications are unread. Shown to the roles that
 * have the inbox in their menu. When the service desk cannot answer, the bell stays a plain link — the count is a
 * convenience, never a reason to show an error in the frame of every screen.
 */
export default function NotificationBell({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const inbox = NAVIGATION.find((item) => item.to === INBOX_PATH);
  const allowed = !!inbox && inbox.roles.some((role) => roles.includes(role));
  const unread = useQuery({
    queryKey: UNREAD_COUNT,
    queryFn: async () => must(await servicedesk.GET('/api/v1/notifications/unread-count')).unread,
    enabled: allowed,
    refetchInterval: POLL_MS,
    retry: false,
  });
  if (!allowed) return null;
  const count = unread.data ?? 0;
  const label = count > 0 ? t('shell.inboxUnread', { count }) : t('shell.inbox');
  return (
    <Tooltip label={label}>
      <Indicator
        disabled={count === 0}
        // The link's name already says the count; the dot's digits are for the eye only.
        label={<span aria-hidden>{count > 99 ? '99+' : count}</span>}
        size={16}
        color="red"
        offset={4}
      >
        <ActionIcon component={Link} to={INBOX_PATH} variant="subtle" size="lg" aria-label={label} data-testid="inbox-bell">
          <IconBell size={20} stroke={1.6} aria-hidden />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
