import { Badge, Button, Card, Group, Modal, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must, type MonevSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { FormButtons } from '../../ui/FormButtons';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { formatDate } from '../../ui/format';
import './i18n';

type Doc = MonevSchemas['PlanningDocumentResponse'];
type Kind = Doc['kind'];
const KINDS: Kind[] = ['ARSITEKTUR', 'PETA_RENCANA', 'RENCANA_INDUK'];
const PAGE_SIZE = 20;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * SPBE planning documents (G4): architecture, roadmap and master plan with their periods and review cadence from the
 * regulation; a review past its due date stands out in words. Dinas registers documents and records reviews.
 */
export default function PlanningPage() {
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [kind, setKind] = useState<Kind | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [page, setPage] = useState(0);
  const [registering, setRegistering] = useState(false);
  const [reviewing, setReviewing] = useState<Doc | null>(null);
  const [done, setDone] = useState<string>();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['planning'] });

  const terms = useQuery({
    queryKey: ['planning', 'terms'],
    staleTime: 10 * 60_000,
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/planning-documents/terms')).terms,
  });
  const list = useQuery({
    queryKey: ['planning', 'list', kind, overdueOnly, page],
    queryFn: async () =>
      must(
        await monev.GET('/api/v1/evaluations/planning-documents', {
          params: { query: { kind, overdue: overdueOnly ? true : undefined, page, size: PAGE_SIZE, sort: ['kind,asc'] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageHeader
        title={t('planning.title')}
        subtitle={t('planning.subtitle')}
        actions={isDinas ? <Button onClick={() => setRegistering(true)}>{t('planning.register')}</Button> : undefined}
      />
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('planning.termsTitle')}
        </Title>
        <ProblemAlert error={terms.error} />
        {terms.data ? (
          <Group gap="lg" wrap="wrap">
            {KINDS.filter((k) => terms.data[k]).map((k) => (
              <Text key={k} size="sm">
                <strong>{t(`planning.kind.${k}`)}</strong>: {t('planning.terms', { years: terms.data[k].periodYears, months: terms.data[k].reviewMonths })}
              </Text>
            ))}
          </Group>
        ) : terms.isPending ? (
          <Loading />
        ) : null}
      </Card>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('planning.kindFilter')}
          data={[{ value: '', label: t('planning.allKinds') }, ...KINDS.map((k) => ({ value: k, label: t(`planning.kind.${k}`) }))]}
          value={kind ?? ''}
          onChange={(e) => {
            setKind((e.currentTarget.value || undefined) as Kind | undefined);
            setPage(0);
          }}
          w={220}
        />
        <NativeSelect
          label={t('planning.overdueFilter')}
          data={[
            { value: '', label: t('planning.allDocs') },
            { value: 'true', label: t('planning.overdueOnly') },
          ]}
          value={overdueOnly ? 'true' : ''}
          onChange={(e) => {
            setOverdueOnly(e.currentTarget.value === 'true');
            setPage(0);
          }}
          w={220}
        />
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Text role="status">{t('planning.empty')}</Text>
      ) : list.data ? (
        <>
          <Table.ScrollContainer minWidth={860}>
            <Table striped>
              <Table.Caption>{t('planning.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('planning.columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('planning.columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('planning.columns.period')}</Table.Th>
                  <Table.Th scope="col">{t('planning.columns.decree')}</Table.Th>
                  <Table.Th scope="col">{t('planning.columns.nextReview')}</Table.Th>
                  <Table.Th scope="col">{t('planning.columns.reviews')}</Table.Th>
                  {isDinas && <Table.Th scope="col">{t('planning.columns.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((d) => (
                  <Table.Tr key={d.id} data-overdue={d.overdue || undefined} bg={d.overdue ? 'var(--mantine-color-red-light)' : undefined}>
                    <Table.Td>{t(`planning.kind.${d.kind}`)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {d.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('planning.document', { id: d.documentId })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {d.periodStart}–{d.periodEnd}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.decreeNumber}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDate(d.decreeDate)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={d.overdue ? 700 : undefined}>
                          {d.nextReviewDue ? formatDate(d.nextReviewDue) : t('planning.noMoreReviews')}
                        </Text>
                        {d.overdue && (
                          <Badge color="red" variant="filled" size="sm">
                            {t('planning.overdue')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t('planning.cadence', { months: d.reviewMonths })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {d.reviews.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('planning.noReviews')}
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {d.reviews.slice(-2).map((r) => (
                            <Text key={r.reviewedOn + r.recordedAt} size="xs">
                              {formatDate(r.reviewedOn)}: {r.summary}
                            </Text>
                          ))}
                          {d.reviews.length > 2 && (
                            <Text size="xs" c="dimmed">
                              {t('planning.moreReviews', { count: d.reviews.length - 2 })}
                            </Text>
                          )}
                        </Stack>
                      )}
                    </Table.Td>
                    {isDinas && (
                      <Table.Td>
                        <Button size="xs" variant="light" onClick={() => setReviewing(d)} aria-label={t('planning.recordReviewOf', { title: d.title })}>
                          {t('planning.recordReview')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={list.data}
            onChange={setPage}
            label={t('planning.pages')}
          />
        </>
      ) : null}
      {registering && (
        <RegisterModal
          onClose={() => setRegistering(false)}
          onDone={async (d) => {
            await refresh();
            setRegistering(false);
            setDone(t('planning.registered', { title: d.title }));
          }}
        />
      )}
      {reviewing && (
        <ReviewModal
          doc={reviewing}
          onClose={() => setReviewing(null)}
          onDone={async (d) => {
            await refresh();
            setReviewing(null);
            setDone(t('planning.reviewed', { title: d.title }));
          }}
        />
      )}
    </Stack>
  );
}

function RegisterModal({ onClose, onDone }: { onClose: () => void; onDone: (d: Doc) => Promise<void> }) {
  const { t } = useTranslation('monev');
  const { t: tc } = useTranslation();
  const year = new Date().getFullYear();
  const [v, setV] = useState({ kind: 'ARSITEKTUR' as Kind, title: '', periodStart: year as number | string, periodEnd: year + 4 as number | string, decreeNumber: '', decreeDate: '', documentId: '' });
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await monev.POST('/api/v1/evaluations/planning-documents', {
          body: {
            kind: v.kind,
            title: v.title.trim(),
            periodStart: Number(v.periodStart),
            periodEnd: Number(v.periodEnd),
            decreeNumber: v.decreeNumber.trim(),
            decreeDate: v.decreeDate,
            documentId: v.documentId.trim(),
          },
        }),
      ),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const m = { title: !v.title.trim(), decreeNumber: !v.decreeNumber.trim(), decreeDate: !v.decreeDate, documentId: !v.documentId.trim(), periodStart: v.periodStart === '', periodEnd: v.periodEnd === '' };
    setMissing(m);
    if (!Object.values(m).some(Boolean)) mutation.mutate();
  };
  const err = (f: string) => (missing[f] ? tc('field.required') : fieldError(mutation.error, f));
  return (
    <Modal opened onClose={onClose} title={t('planning.register')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect label={t('planning.columns.kind')} required data={KINDS.map((k) => ({ value: k, label: t(`planning.kind.${k}`) }))} value={v.kind} onChange={(e) => setV({ ...v, kind: e.currentTarget.value as Kind })} error={err('kind')} />
          <TextInput label={t('planning.columns.title')} required maxLength={300} value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} error={err('title')} />
          <Group grow wrap="wrap">
            <NumberInput label={t('planning.periodStart')} required min={2000} max={2100} value={v.periodStart} onChange={(x) => setV({ ...v, periodStart: x })} error={err('periodStart')} />
            <NumberInput label={t('planning.periodEnd')} required min={2000} max={2120} value={v.periodEnd} onChange={(x) => setV({ ...v, periodEnd: x })} error={err('periodEnd')} />
          </Group>
          <Group grow wrap="wrap">
            <TextInput label={t('planning.decreeNumber')} required value={v.decreeNumber} onChange={(e) => setV({ ...v, decreeNumber: e.currentTarget.value })} error={err('decreeNumber')} />
            <TextInput type="date" label={t('planning.decreeDate')} required max={today()} value={v.decreeDate} onChange={(e) => setV({ ...v, decreeDate: e.currentTarget.value })} error={err('decreeDate')} />
          </Group>
          <TextInput label={t('planning.documentId')} required value={v.documentId} onChange={(e) => setV({ ...v, documentId: e.currentTarget.value })} error={err('documentId')} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('planning.register')} />
        </Stack>
      </form>
    </Modal>
  );
}

function ReviewModal({ doc, onClose, onDone }: { doc: Doc; onClose: () => void; onDone: (d: Doc) => Promise<void> }) {
  const { t } = useTranslation('monev');
  const { t: tc } = useTranslation();
  const [v, setV] = useState({ reviewedOn: today(), summary: '', decreeNumber: '', documentId: '' });
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await monev.POST('/api/v1/evaluations/planning-documents/{id}/reviews', {
          params: { path: { id: doc.id } },
          body: { reviewedOn: v.reviewedOn, summary: v.summary.trim(), decreeNumber: v.decreeNumber.trim() || undefined, documentId: v.documentId.trim() || undefined },
        }),
      ),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const m = { reviewedOn: !v.reviewedOn, summary: !v.summary.trim() };
    setMissing(m);
    if (!Object.values(m).some(Boolean)) mutation.mutate();
  };
  const err = (f: string) => (missing[f] ? tc('field.required') : fieldError(mutation.error, f));
  return (
    <Modal opened onClose={onClose} title={t('planning.reviewTitle', { title: doc.title })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput type="date" label={t('planning.reviewedOn')} required max={today()} value={v.reviewedOn} onChange={(e) => setV({ ...v, reviewedOn: e.currentTarget.value })} error={err('reviewedOn')} />
          <Textarea label={t('planning.summary')} required maxLength={4000} autosize minRows={3} value={v.summary} onChange={(e) => setV({ ...v, summary: e.currentTarget.value })} error={err('summary')} />
          <Group grow wrap="wrap">
            <TextInput label={t('planning.reviewDecree')} value={v.decreeNumber} onChange={(e) => setV({ ...v, decreeNumber: e.currentTarget.value })} error={err('decreeNumber')} />
            <TextInput label={t('planning.reviewDocument')} value={v.documentId} onChange={(e) => setV({ ...v, documentId: e.currentTarget.value })} error={err('documentId')} />
          </Group>
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('planning.recordReview')} />
        </Stack>
      </form>
    </Modal>
  );
}
