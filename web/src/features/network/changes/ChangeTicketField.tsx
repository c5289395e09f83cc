import { Anchor, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { network, servicedesk } from '../../../api/client';
import { fieldError } from '../../../ui/ProblemAlert';

/** A servicedesk ticket id (UUID): only then is it worth looking up. */
export const TICKET_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The optional "Tiket perubahan" of a LAN change report (N7, S6): the id of the servicedesk PERUBAHAN ticket that
 * authorised the change, pasted from the change's page. Once it looks like an id, the screen shows what
 * network-service knows of it (stage, approval — it must be an approved change of the same OPD) and, if the caller
 * may read it in the service desk, its title. The server decides (422 N7); this only helps the reporter.
 */
export function ChangeTicketField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error: unknown }) {
  const { t } = useTranslation('network');
  const id = value.trim();
  const lookup = TICKET_ID.test(id);
  const known = useQuery({
    queryKey: ['network-change-ticket', id],
    queryFn: async () => {
      const result = await network.GET('/api/v1/lan-changes/change-tickets/{ticketId}', { params: { path: { ticketId: id } } });
      return result.data ?? null;
    },
    enabled: lookup,
    retry: false,
  });
  const title = useQuery({
    queryKey: ['servicedesk', 'change-title', id],
    queryFn: async () => (await servicedesk.GET('/api/v1/changes/{id}', { params: { path: { id } } })).data?.title ?? null,
    enabled: lookup,
    retry: false,
  });
  const ticket = known.data;
  let status: string | undefined;
  if (lookup && known.isFetched) {
    if (!ticket) status = t('changeTicket.unknown');
    else if (!ticket.approvedAt) status = t('changeTicket.notApproved', { stage: ticket.stage ?? '—' });
    else status = t('changeTicket.approved', { stage: ticket.stage ?? '—', by: ticket.approvedBy ?? '—' });
  }
  return (
    <Stack gap={4}>
      <TextInput
        label={t('changeTicket.label')}
        description={t('changeTicket.hint')}
        value={value}
        maxLength={64}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={fieldError(error, 'changeTicketId')}
        autoComplete="off"
      />
      <div role="status" aria-live="polite">
        {lookup && known.isFetching && (
          <Text size="sm" c="dimmed">
            {t('changeTicket.looking')}
          </Text>
        )}
        {title.data && (
          <Anchor component={Link} to={`/layanan/perubahan/${encodeURIComponent(id)}`} size="sm">
            {title.data}
          </Anchor>
        )}
        {status && (
          <Text size="sm" c={ticket?.approvedAt ? 'teal' : 'orange'}>
            {status}
          </Text>
        )}
      </div>
    </Stack>
  );
}
