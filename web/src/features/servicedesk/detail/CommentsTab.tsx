import { Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { must, servicedesk } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { fieldError, ProblemAlert } from '../../../ui/ProblemAlert';
import { mayContribute, works, type Ticket } from '../model';
import { ifMatch, useRefreshTicket } from '../queries';
import '../i18n';

const PAGE_SIZE = 20;

/**
 * Komentar: public comments and, for the desk and its supervisors, internal notes (the server filters them by role).
 * The requester's public comment answers a request for information and resumes the SLA clocks (S5).
 */
export function CommentsTab({ ticket, etag }: { ticket: Ticket; etag?: string }) {
  const { t } = useTranslation('servicedesk');
  const { t: tc } = useTranslation();
  const caller = useCaller();
  const refresh = useRefreshTicket(ticket.id);
  const [page, setPage] = useState(0);
  const comments = useQuery({
    queryKey: ['servicedesk', 'ticket', ticket.id, 'comments', page],
    queryFn: async () =>
      must(await servicedesk.GET('/api/v1/tickets/{id}/comments', { params: { path: { id: ticket.id }, query: { page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const agent = works(caller, ticket);
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(false);
  const [blank, setBlank] = useState(false);
  const [sent, setSent] = useState<string>();
  const send = useMutation({
    mutationFn: async () =>
      must(
        await servicedesk.POST('/api/v1/tickets/{id}/comments', {
          params: { path: { id: ticket.id }, header: ifMatch(etag) },
          body: { text: text.trim(), internal: agent && internal },
        }),
      ),
    onSuccess: async () => {
      setText('');
      setInternal(false);
      setSent(t('comments.sent'));
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(undefined);
    setBlank(!text.trim());
    if (text.trim()) send.mutate();
  };

  return (
    <Stack gap="md">
      {mayContribute(ticket, caller) && (
        <Card withBorder padding="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('comments.new')}
              required
              autosize
              minRows={3}
              maxLength={8000}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setBlank(false);
              }}
              error={blank ? tc('field.required') : fieldError(send.error, 'text')}
            />
            {agent && <Checkbox label={t('comments.internalCheck')} checked={internal} onChange={(e) => setInternal(e.currentTarget.checked)} />}
            <ProblemAlert error={send.error} onReload={() => void refresh()} />
            <Group justify="space-between">
              <Text size="sm" c="teal" role="status" aria-live="polite">
                {sent}
              </Text>
              <Button type="submit" loading={send.isPending}>
                {t('comments.send')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <ProblemAlert error={comments.error} onReload={() => void comments.refetch()} />
      {comments.isPending ? (
        <Loading />
      ) : comments.data && comments.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comments.empty')}
        </Text>
      ) : comments.data ? (
        <>
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('comments.label')}>
            {comments.data.items.map((c) => (
              <Card
                component="li"
                key={c.id}
                withBorder
                padding="sm"
                bg={c.internal ? 'var(--mantine-color-yellow-light)' : undefined}
                data-internal={c.internal}
              >
                <Group justify="space-between" wrap="wrap" gap={4} mb={4}>
                  <Text size="sm" fw={600}>
                    {t('comments.by', { author: c.author, at: formatDateTime(c.at) })}
                  </Text>
                  <Group gap={4}>
                    <Badge size="sm" variant="light" color={c.byAgent ? 'indigo' : 'gray'}>
                      {c.byAgent ? t('comments.agent') : t('comments.requester')}
                    </Badge>
                    <Badge size="sm" variant={c.internal ? 'filled' : 'outline'} color={c.internal ? 'yellow' : 'gray'} c={c.internal ? 'dark' : undefined}>
                      {c.internal ? t('comments.internal') : t('comments.public')}
                    </Badge>
                  </Group>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {c.text}
                </Text>
              </Card>
            ))}
          </Stack>
          <PageControls
            pageOf={comments.data}
            onChange={setPage}
            label={t('comments.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
