import { Anchor, Badge, Button, Card, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { network, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FactRows } from '../../../ui/FactRows';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { HistorySection } from '../components/HistoryPanel';
import { formatDate, formatDateTime } from '../../../ui/format';
import { isDinas } from '../access';
import { DiffTable } from '../components/DiffTable';
import { ifMatch } from '../i18n';

/** One LAN change report (N7): what and why, the revisions it covers, the inventory diff the service computed, and Dinas's acknowledgement. */
export default function LanChangeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('network');
  const caller = useCaller();
  const client = useQueryClient();
  const [acknowledging, setAcknowledging] = useState(false);
  const report = useQuery({
    queryKey: ['network-change', id],
    queryFn: async () => must(await network.GET('/api/v1/lan-changes/{id}', { params: { path: { id } } })),
  });
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: ['network-change', id] }), client.invalidateQueries({ queryKey: ['network-changes'] })]);

  if (report.isPending) return <Loading />;
  if (!report.data)
    return (
      <Stack>
        <PageHeader title={t('changes.title')} />
        <ProblemAlert error={report.error} onReload={() => void report.refetch()} />
      </Stack>
    );
  const r = report.data;
  const rows: [string, ReactNode][] = [
    [
      t('change.facts.status'),
      <Badge key="s" color={r.status === 'ACKNOWLEDGED' ? 'green' : 'blue'} variant="light">
        {t(`reportStatus.${r.status}`)}
      </Badge>,
    ],
    [t('change.facts.performedOn'), formatDate(r.performedOn)],
    [t('change.facts.why'), r.why],
    [t('change.facts.ticket'), r.ticketReference ?? '—'],
    [
      t('changeTicket.cited'),
      r.changeTicket ? (
        <span key="c">
          <Anchor component={Link} to={`/layanan/perubahan/${encodeURIComponent(r.changeTicket.id)}`}>
            {r.changeTicket.id}
          </Anchor>
          {r.changeTicket.title && ` — ${r.changeTicket.title}`}
          {' · '}
          {r.changeTicket.known ? t('changeTicket.stage', { stage: r.changeTicket.stage ?? '—' }) : t('changeTicket.notCopied')}
        </span>
      ) : (
        t('changeTicket.none')
      ),
    ],
    [t('change.facts.revisions'), t('changes.revisions', { from: r.diff.fromRevision, to: r.diff.toRevision })],
    [t('change.facts.steward'), t(`steward.${r.steward}`)],
    [t('change.facts.reportedBy'), `${r.reportedBy} · ${formatDateTime(r.reportedAt)}`],
  ];
  if (r.acknowledgedBy) rows.push([t('change.facts.acknowledgedBy'), `${r.acknowledgedBy} · ${formatDateTime(r.acknowledgedAt)}`]);
  if (r.acknowledgementNote) rows.push([t('change.facts.note'), r.acknowledgementNote]);

  return (
    <Stack>
      <PageHeader
        title={t('change.title', { opd: r.opd })}
        subtitle={r.what}
        actions={
          <>
            <Button component={Link} to="/jaringan/perubahan" variant="default">
              {t('change.back')}
            </Button>
            {r.status === 'REPORTED' && isDinas(caller) && (
              <Button color="green" onClick={() => setAcknowledging(true)}>
                {t('change.acknowledge')}
              </Button>
            )}
          </>
        }
      />
      <Card withBorder padding="md">
        <FactRows rows={rows} />
      </Card>
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('change.diffTitle')}
        </Title>
        <DiffTable {...r.diff} />
      </Card>
      {acknowledging && (
        <AcknowledgeModal
          onClose={() => setAcknowledging(false)}
          refresh={refresh}
          send={async (note) =>
            must(
              await network.POST('/api/v1/lan-changes/{id}/acknowledge', {
                params: { path: { id }, header: { 'If-Match': ifMatch(r.version) } },
                body: { note: note || undefined },
              }),
            )
          }
        />
      )}
      <HistorySection
        queryKey={['network-lan-change', id]}
        load={async () => must(await network.GET('/api/v1/lan-changes/{id}/history', { params: { path: { id } } }))}
      />
    </Stack>
  );
}

/** Dinas acknowledges (REPORTED → ACKNOWLEDGED) with an optional note. */
function AcknowledgeModal({ onClose, refresh, send }: { onClose: () => void; refresh: () => Promise<unknown>; send: (note: string) => Promise<unknown> }) {
  const { t } = useTranslation('network');
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => send(note.trim()),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('change.acknowledgeTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm">{t('change.acknowledgeExplain')}</Text>
          <Textarea
            label={t('change.note')}
            value={note}
            maxLength={1000}
            autosize
            minRows={2}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(mutation.error, 'note')}
          />
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('change.acknowledge')} submitColor="green" />
        </Stack>
      </form>
    </Modal>
  );
}
