import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { must, servicedesk, type ServicedeskSchemas } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import './i18n';

type Preferences = ServicedeskSchemas['NotificationPreferencesResponse'];

/** The six kinds a user may take or refuse by e-mail, in the order the server lists them. */
export const MAIL_TOPICS = ['ASSIGNMENT', 'COMMENT', 'INFORMATION_REQUEST', 'ESCALATION', 'RESOLUTION', 'BREACH_WARNING'] as const;
type Topic = (typeof MAIL_TOPICS)[number];

const KEY = ['servicedesk', 'notifications', 'preferences'] as const;

/**
 * The inbox screen's panel of the user's own e-mail preferences: one switch per kind. The in-app inbox always gets
 * every kind (the user's record of what concerned them), so only the e-mail copy is switchable. Saved with the
 * version read as If-Match: a change made meanwhile in another tab answers 412 with a reload.
 */
export function MailPreferences() {
  const { t } = useTranslation('servicedesk');
  const client = useQueryClient();
  const current = useQuery({
    queryKey: KEY,
    queryFn: async () => must(await servicedesk.GET('/api/v1/notifications/preferences')),
  });
  // the switches the user changed since the last read; the rest show what the server holds
  const [edits, setEdits] = useState<Partial<Record<Topic, boolean>>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: async ({ prefs, mail }: { prefs: Preferences; mail: Record<Topic, boolean> }) =>
      must(
        await servicedesk.PUT('/api/v1/notifications/preferences', {
          params: { header: { 'If-Match': `"${prefs.version}"` } },
          body: { mail },
        }),
      ),
    onSuccess: (fresh) => {
      client.setQueryData(KEY, fresh);
      setEdits({});
      setSaved(true);
    },
  });

  const prefs = current.data;
  const value = (topic: Topic) => edits[topic] ?? prefs?.mail?.[topic] ?? true;
  const changed = Object.keys(edits).length > 0;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mail-preferences-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="mail-preferences-title">
          {t('inbox.prefs.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('inbox.prefs.explain')}
        </Text>
        <ProblemAlert error={current.error} onReload={() => void current.refetch()} />
        {current.isPending ? (
          <Loading />
        ) : prefs ? (
          <form
            aria-label={t('inbox.prefs.title')}
            onSubmit={(e) => {
              e.preventDefault();
              setSaved(false);
              const mail = Object.fromEntries(MAIL_TOPICS.map((topic) => [topic, value(topic)])) as Record<Topic, boolean>;
              save.mutate({ prefs, mail });
            }}
          >
            <Stack gap="xs">
              {MAIL_TOPICS.map((topic) => (
                <Switch
                  key={topic}
                  label={t(`inbox.prefs.topic.${topic}`)}
                  description={t(`inbox.prefs.hint.${topic}`)}
                  checked={value(topic)}
                  error={fieldError(save.error, `mail.${topic}`)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setSaved(false);
                    setEdits((before) => ({ ...before, [topic]: on }));
                  }}
                />
              ))}
              <ProblemAlert
                error={save.error}
                onReload={() => {
                  save.reset();
                  setEdits({});
                  void current.refetch();
                }}
              />
              <Group gap="sm" wrap="wrap">
                <Button type="submit" loading={save.isPending} disabled={!changed}>
                  {t('inbox.prefs.save')}
                </Button>
                <Text size="sm" role="status" aria-live="polite">
                  {saved ? t('inbox.prefs.saved') : ''}
                </Text>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
