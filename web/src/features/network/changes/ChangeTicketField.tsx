import { Anchor, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { must, network, servicedesk } from '../../../api/client';
import { fieldError } from '../../../ui/ProblemAlert';

/** A servicedesk ticket id (UUID): only then is it worth looking up. */
export const TICKET_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

type Option = { value: string; label: string };

/**
 * The optional "Tiket perubahan" of a LAN change report (N7, S6): the servicedesk PERUBAHAN ticket that authorised
 * the change. The reporter searches the approved changes of the report's OPD that network-service knows (by the start
 * of the ticket number, its title, category or the site it affects) and picks "<ticket> — <title>"; no id to copy.
 * Changes copied before servicedesk's events carried titles are marked "(judul belum tersedia)"; security changes,
 * whose titles the desk does not publish (S8), "(judul tidak dibagikan)". If the search cannot be
 * read, the id can still be pasted. The chosen ticket's approval and, if the caller may read it in the service desk,
 * its title are shown. The server decides (422 N7); this only helps the reporter.
 */
export function ChangeTicketField({ opd, value, onChange, error }: { opd: string; value: string; onChange: (v: string) => void; error: unknown }) {
  const { t } = useTranslation('network');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option>();
  // once a ticket is picked the box shows its label: that is no search term
  const [q] = useDebouncedValue(chosen && search === chosen.label ? '' : search.trim(), 300);
  const found = useQuery({
    queryKey: ['network-change-ticket-search', opd, q],
    enabled: !!opd,
    staleTime: 30_000,
    queryFn: async () => {
      const page = must(
        await network.GET('/api/v1/lan-changes/change-tickets', {
          params: { query: { opd, approved: true, size: 20, ...(q ? { q } : {}) } },
        }),
      );
      return page.items.map(
        (c): Option => ({
          value: c.id,
          // "<ticket> — <title>"; without a title (copied before servicedesk sent titles, or a security change whose
          // title the desk keeps to itself, S8) the option says which and shows what is known
          label: c.title
            ? t('changeTicket.optionTitled', { id: c.id.slice(0, 8), title: c.title, stage: c.stage ?? '—' })
            : t('changeTicket.optionUntitled', {
                id: c.id.slice(0, 8),
                missing: t(c.category === 'KEAMANAN' ? 'changeTicket.titleWithheld' : 'changeTicket.titleNotYet'),
                category: c.category ?? '—',
                site: c.affectedSite ?? '—',
                stage: c.stage ?? '—',
              }),
        }),
      );
    },
  });

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

  const field = found.error ? (
    <TextInput
      label={t('changeTicket.label')}
      description={t('changeTicket.unavailable')}
      value={value}
      maxLength={64}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={fieldError(error, 'changeTicketId')}
      autoComplete="off"
    />
  ) : (
    <Select
      label={t('changeTicket.label')}
      description={opd ? t('changeTicket.hint') : t('changeTicket.chooseOpd')}
      placeholder={t('changeTicket.search')}
      disabled={!opd}
      searchable
      clearable
      data={[...(chosen && chosen.value === value && !found.data?.some((o) => o.value === chosen.value) ? [chosen] : []), ...(found.data ?? [])]}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(picked, option) => {
        setChosen(option ?? undefined);
        onChange(picked ?? '');
      }}
      nothingFoundMessage={found.isFetching ? t('changeTicket.looking') : t('changeTicket.nothingFound')}
      error={fieldError(error, 'changeTicketId')}
    />
  );

  return (
    <Stack gap={4}>
      {field}
      <div role="status" aria-live="polite">
        {lookup && known.isFetching && (
          <Text size="sm" c="dimmed">
            {t('changeTicket.looking')}
          </Text>
        )}
        {(title.data || ticket?.title) && (
          <Anchor component={Link} to={`/layanan/perubahan/${encodeURIComponent(id)}`} size="sm">
            {title.data || ticket?.title}
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
