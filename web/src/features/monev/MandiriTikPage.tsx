import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, NativeSelect, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { monev, must, type MonevSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { FactRows } from '../../ui/FactRows';
import { FormButtons } from '../../ui/FormButtons';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { ReasonStepModal } from '../../ui/ReasonStepModal';
import { formatDate, formatDateTime } from '../../ui/format';
import { useOpdOptions } from '../applications/useOpdOptions';
import { linesToList } from './queries';
import './i18n';

type Assessment = MonevSchemas['AssessmentResponse'];
type Status = Assessment['status'];
type Verdict = MonevSchemas['CriterionRequest']['verdict'];
const STATUSES: Status[] = ['PROPOSED', 'NOT_PASSED', 'DESIGNATED', 'REFUSED', 'WITHDRAWN'];
const STATUS_COLOR: Record<Status, string> = { PROPOSED: 'blue', NOT_PASSED: 'orange', DESIGNATED: 'teal', REFUSED: 'red', WITHDRAWN: 'gray' };
const PAGE_SIZE = 20;

/**
 * Mandiri TIK feasibility assessments (G3): the region's criteria and deciding office, every assessment with its
 * status; Dinas assesses an OPD criterion by criterion (evidence for a met one, a reason for one not met) and may
 * withdraw a proposal still waiting for its decree. The decision itself is made in the OPD directory (app-registry).
 */
export default function MandiriTikPage() {
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [status, setStatus] = useState<Status | undefined>();
  const [page, setPage] = useState(0);
  const [assessing, setAssessing] = useState(false);
  const [details, setDetails] = useState<Assessment | null>(null);
  const [withdrawing, setWithdrawing] = useState<Assessment | null>(null);
  const [done, setDone] = useState<string>();
  const client = useQueryClient();

  const criteria = useQuery({
    queryKey: ['mandiri-tik', 'criteria'],
    staleTime: 10 * 60_000,
    queryFn: async () => must(await monev.GET('/api/v1/mandiri-tik-assessments/criteria')),
  });
  const list = useQuery({
    queryKey: ['mandiri-tik', 'list', status, page],
    queryFn: async () =>
      must(await monev.GET('/api/v1/mandiri-tik-assessments', { params: { query: { status, page, size: PAGE_SIZE, sort: ['assessedAt,desc'] } } })),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['mandiri-tik', 'list'] });
  const office = criteria.data ? officeName(t, criteria.data.decidedBy) : '';
  const canAssess = isDinas && (criteria.data?.criteria.length ?? 0) > 0;

  return (
    <Stack>
      <PageHeader
        title={t('mandiri.title')}
        subtitle={t('mandiri.subtitle')}
        actions={canAssess ? <Button onClick={() => setAssessing(true)}>{t('mandiri.assess')}</Button> : undefined}
      />
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4" mb="xs">
          {t('mandiri.criteriaTitle')}
        </Title>
        <ProblemAlert error={criteria.error} />
        {criteria.isPending ? (
          <Loading />
        ) : criteria.data && criteria.data.criteria.length === 0 ? (
          <Text size="sm">{t('mandiri.noCriteria')}</Text>
        ) : criteria.data ? (
          <Stack gap="xs">
            <List type="ordered" size="sm">
              {criteria.data.criteria.map((c) => (
                <List.Item key={c}>{criterionName(t, c)}</List.Item>
              ))}
            </List>
            <Text size="sm">{t('mandiri.decidedBy', { office })}</Text>
          </Stack>
        ) : null}
      </Card>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('mandiri.statusFilter')}
          data={[{ value: '', label: t('mandiri.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`mandiri.status.${s}`) }))]}
          value={status ?? ''}
          onChange={(e) => {
            setStatus((e.currentTarget.value || undefined) as Status | undefined);
            setPage(0);
          }}
          w={200}
        />
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Text role="status">{t('mandiri.empty')}</Text>
      ) : list.data ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Caption>{t('mandiri.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('mandiri.columns.opd')}</Table.Th>
                  <Table.Th scope="col">{t('mandiri.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('mandiri.columns.met')}</Table.Th>
                  <Table.Th scope="col">{t('mandiri.columns.assessed')}</Table.Th>
                  <Table.Th scope="col">{t('mandiri.columns.decision')}</Table.Th>
                  <Table.Th scope="col">{t('mandiri.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((a) => (
                  <Table.Tr key={a.id} data-status={a.status}>
                    <Table.Td>
                      <Anchor component={Link} to={`/opd/${encodeURIComponent(a.opd)}`}>
                        {a.opd}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[a.status]} variant="light">
                        {t(`mandiri.status.${a.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{t('mandiri.metCount', { met: a.criteriaMet.length, total: a.criteria.length })}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{a.assessedBy}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(a.assessedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {a.decreeNumber ? t('mandiri.decree', { number: a.decreeNumber, date: formatDate(a.decreeDate) }) : a.proposedTo ? officeName(t, a.proposedTo) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setDetails(a)} aria-label={t('mandiri.details', { opd: a.opd })}>
                          {t('mandiri.detailsShort')}
                        </Button>
                        {isDinas && a.status === 'PROPOSED' && (
                          <Button size="xs" variant="light" color="red" onClick={() => setWithdrawing(a)} aria-label={`${t('mandiri.withdraw')} ${a.opd}`}>
                            {t('mandiri.withdraw')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={list.data}
            onChange={setPage}
            label={t('mandiri.pages')}
          />
        </>
      ) : null}
      {assessing && criteria.data && (
        <AssessModal
          criteria={criteria.data.criteria}
          office={office}
          onClose={() => setAssessing(false)}
          onDone={async (a) => {
            await refresh();
            setAssessing(false);
            setDone(t('mandiri.saved', { opd: a.opd, status: t(`mandiri.status.${a.status}`) }));
          }}
        />
      )}
      {details && <DetailsModal assessment={details} onClose={() => setDetails(null)} />}
      {withdrawing && (
        <ReasonStepModal
          title={t('mandiri.withdrawTitle', { opd: withdrawing.opd })}
          explanation={t('mandiri.withdrawExplain')}
          reasonLabel={t('mandiri.withdrawNote')}
          needsReason
          confirmLabel={t('mandiri.withdraw')}
          confirmColor="red"
          send={async (note) =>
            must(await monev.POST('/api/v1/mandiri-tik-assessments/{id}/withdraw', { params: { path: { id: withdrawing.id } }, body: { note } }))
          }
          refresh={refresh}
          onClose={() => setWithdrawing(null)}
          onDone={(a) => {
            setWithdrawing(null);
            setDone(t('mandiri.saved', { opd: a.opd, status: t(`mandiri.status.${a.status}`) }));
          }}
        />
      )}
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function criterionName(t: T, code: string): string {
  return t(`mandiri.criterion.${code}`, { defaultValue: code });
}

function officeName(t: T, code: string): string {
  return t(`mandiri.office.${code}`, { defaultValue: code });
}

interface CriterionForm {
  verdict: Verdict | '';
  evidence: string;
  reason: string;
}

/** Dinas's assessment: every criterion of the regulation once, MET with evidence ids or NOT_MET with a reason (G3). */
function AssessModal({
  criteria,
  office,
  onClose,
  onDone,
}: {
  criteria: string[];
  office: string;
  onClose: () => void;
  onDone: (a: Assessment) => Promise<void>;
}) {
  const { t } = useTranslation('monev');
  const { t: tc } = useTranslation();
  const opds = useOpdOptions();
  const [opd, setOpd] = useState('');
  const [forms, setForms] = useState<Record<string, CriterionForm>>(() =>
    Object.fromEntries(criteria.map((c) => [c, { verdict: '', evidence: '', reason: '' }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await monev.POST('/api/v1/mandiri-tik-assessments', {
          body: {
            opd,
            criteria: criteria.map((code) => {
              const f = forms[code];
              return f.verdict === 'MET'
                ? { code, verdict: 'MET' as const, evidenceDocumentIds: linesToList(f.evidence) }
                : { code, verdict: 'NOT_MET' as const, reason: f.reason.trim() };
            }),
          },
        }),
      ),
    onSuccess: onDone,
  });
  const set = (code: string, patch: Partial<CriterionForm>) => setForms((f) => ({ ...f, [code]: { ...f[code], ...patch } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!opd) found.opd = tc('field.required');
    criteria.forEach((code) => {
      const f = forms[code];
      if (!f.verdict) found[`${code}.verdict`] = tc('field.required');
      else if (f.verdict === 'MET' && linesToList(f.evidence).length === 0) found[`${code}.evidence`] = t('mandiri.evidenceRequired');
      else if (f.verdict === 'NOT_MET' && !f.reason.trim()) found[`${code}.reason`] = t('mandiri.reasonRequired');
    });
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('mandiri.formTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t('mandiri.opd')}
            required
            data={[{ value: '', label: '—' }, ...(opds.data ?? [])]}
            value={opd}
            onChange={(e) => setOpd(e.currentTarget.value)}
            error={errors.opd ?? fieldError(mutation.error, 'opd')}
          />
          {criteria.map((code, i) => {
            const f = forms[code];
            const name = criterionName(t, code);
            return (
              <Card key={code} withBorder padding="sm">
                <Stack gap={6}>
                  <Radio.Group
                    label={t('mandiri.verdictLabel', { criterion: name })}
                    required
                    value={f.verdict}
                    onChange={(v) => set(code, { verdict: v as Verdict })}
                    error={errors[`${code}.verdict`] ?? fieldError(mutation.error, `criteria[${i}].verdict`)}
                  >
                    <Group gap="md" mt={4}>
                      <Radio value="MET" label={t('mandiri.verdict.MET')} />
                      <Radio value="NOT_MET" label={t('mandiri.verdict.NOT_MET')} />
                    </Group>
                  </Radio.Group>
                  {f.verdict === 'MET' && (
                    <Textarea
                      label={t('mandiri.evidence', { criterion: name })}
                      required
                      autosize
                      minRows={2}
                      value={f.evidence}
                      onChange={(e) => set(code, { evidence: e.currentTarget.value })}
                      error={errors[`${code}.evidence`] ?? fieldError(mutation.error, `criteria[${i}].evidenceDocumentIds`)}
                    />
                  )}
                  {f.verdict === 'NOT_MET' && (
                    <Textarea
                      label={t('mandiri.reason', { criterion: name })}
                      required
                      autosize
                      minRows={2}
                      maxLength={2000}
                      value={f.reason}
                      onChange={(e) => set(code, { reason: e.currentTarget.value })}
                      error={errors[`${code}.reason`] ?? fieldError(mutation.error, `criteria[${i}].reason`)}
                    />
                  )}
                </Stack>
              </Card>
            );
          })}
          <Text size="sm" c="dimmed">
            {t('mandiri.passNote', { office })}
          </Text>
          <ProblemAlert error={opds.error} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('mandiri.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}

function DetailsModal({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation('monev');
  const rows: [string, React.ReactNode][] = assessment.criteria.map((c) => [
    criterionName(t, c.code),
    <span key={c.code}>
      <strong>{t(`mandiri.verdict.${c.verdict}`)}</strong>
      {c.evidenceDocumentIds.length > 0 && ` — ${c.evidenceDocumentIds.join(', ')}`}
      {c.reason && ` — ${c.reason}`}
    </span>,
  ]);
  if (assessment.closingNote) rows.push([t('mandiri.closingNote'), assessment.closingNote]);
  return (
    <Modal opened onClose={onClose} title={t('mandiri.details', { opd: assessment.opd })} size="lg">
      <Stack gap="sm">
        <Badge color={STATUS_COLOR[assessment.status]} variant="light">
          {t(`mandiri.status.${assessment.status}`)}
        </Badge>
        <FactRows rows={rows} />
        {assessment.status === 'PROPOSED' && assessment.proposedTo && (
          <Alert color="blue">{t('mandiri.waiting', { office: officeName(t, assessment.proposedTo) })}</Alert>
        )}
      </Stack>
    </Modal>
  );
}
