import { Anchor, Badge, Button, Card, Checkbox, Group, Modal, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { Loading } from '../../ui/Loading';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { formatDateTime } from '../../ui/format';
import { EvidenceDocuments, isLink } from './EvidenceDocuments';
import { EvidenceFailed, EvidenceNote, useOperationsEvidence, type IndicatorEvidence } from './OperationsEvidence';
import { canAdjust, canPropose } from './permissions';
import { formatIndex, linesToList, useIndicators, useRefreshEvaluation, type Evaluation, type Framework, type Indicator } from './queries';
import './i18n';

type IndicatorView = Framework['domains'][number]['aspects'][number]['indicators'][number];

/**
 * The indicators grouped by domain and aspect as the framework orders them: level with its criteria text, who filled
 * it, the unit's explanation and evidence, and an evaluator's adjustment with its comment. The unit holding an
 * indicator proposes during self-assessment (M3); evaluators adjust in the later stages (M1).
 */
export function IndicatorsTab({ evaluation, framework }: { evaluation: Evaluation; framework: Framework }) {
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const indicators = useIndicators(evaluation.id);
  const evidence = useOperationsEvidence(evaluation.id, evaluation.frameworkId);
  const [mineOnly, setMineOnly] = useState(false);
  const [proposing, setProposing] = useState<Indicator | null>(null);
  const [adjusting, setAdjusting] = useState<Indicator | null>(null);
  const [documents, setDocuments] = useState<Indicator | null>(null);
  const { t: td } = useTranslation('monevDocs');
  const [saved, setSaved] = useState<string>();
  const byNo = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.no, i])), [indicators.data]);
  const views = useMemo(() => {
    const m = new Map<string, IndicatorView>();
    framework.domains.forEach((d) => d.aspects.forEach((a) => a.indicators.forEach((i) => m.set(i.no, i))));
    return m;
  }, [framework]);

  if (indicators.isPending) return <Loading />;
  if (indicators.error) return <ProblemAlert error={indicators.error} onReload={() => void indicators.refetch()} />;
  const visible = (no: string) => {
    const i = byNo.get(no);
    return !!i && (!mineOnly || i.opd === caller?.opd);
  };
  const regionWide = hasAnyRole(caller, Role.DINAS_ADMIN) && !!caller?.opd;
  const shownCount = (indicators.data ?? []).filter((i) => visible(i.no)).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">
          {t('indicators.filledCount', { assessed: evaluation.assessed, total: evaluation.indicators })}
        </Text>
        {regionWide && <Checkbox label={t('indicators.mine')} checked={mineOnly} onChange={(e) => setMineOnly(e.currentTarget.checked)} />}
      </Group>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {saved}
      </Text>
      {evidence.error && <EvidenceFailed />}
      {shownCount === 0 && <Text role="status">{t('indicators.empty')}</Text>}
      {framework.domains.map((domain) => {
        const aspects = domain.aspects.filter((a) => a.indicators.some((i) => visible(i.no)));
        if (aspects.length === 0) return null;
        return (
          <Card key={domain.no} withBorder padding="md" component="section">
            <Title order={2} size="h4" mb="sm">
              {t('indicators.domain', { no: domain.no, name: domain.name, weight: formatIndex(domain.weight) })}
            </Title>
            <Stack gap="md">
              {aspects.map((aspect) => (
                <Stack key={aspect.no} gap={4}>
                  <Title order={3} size="h5">
                    {t('indicators.aspect', { no: aspect.no, name: aspect.name, weight: formatIndex(aspect.weight) })}
                  </Title>
                  <Table.ScrollContainer minWidth={860}>
                    <Table striped aria-label={t('indicators.caption', { aspect: `${aspect.no}. ${aspect.name}` })} verticalSpacing="xs">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col" w={48}>{t('indicators.columns.no')}</Table.Th>
                          <Table.Th scope="col">{t('indicators.columns.indicator')}</Table.Th>
                          <Table.Th scope="col" w={240}>{t('indicators.columns.level')}</Table.Th>
                          <Table.Th scope="col" w={150}>{t('indicators.columns.unit')}</Table.Th>
                          <Table.Th scope="col" w={170}>{t('indicators.columns.filled')}</Table.Th>
                          <Table.Th scope="col" w={150}>{t('indicators.columns.actions')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {aspect.indicators
                          .filter((i) => visible(i.no))
                          .map((view) => {
                            const indicator = byNo.get(view.no)!;
                            return (
                              <IndicatorRow
                                key={view.no}
                                view={view}
                                indicator={indicator}
                                evidence={evidence.data?.get(view.no)}
                                propose={canPropose(evaluation.stage, indicator, caller) ? () => setProposing(indicator) : undefined}
                                adjust={canAdjust(evaluation.stage, caller) ? () => setAdjusting(indicator) : undefined}
                                documents={() => setDocuments(indicator)}
                              />
                            );
                          })}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Stack>
              ))}
            </Stack>
          </Card>
        );
      })}
      {proposing && (
        <LevelModal
          mode="propose"
          evaluationId={evaluation.id}
          indicator={proposing}
          descriptors={views.get(proposing.no)?.levelDescriptors ?? []}
          onClose={() => setProposing(null)}
          onDone={() => {
            setSaved(t('propose.saved', { no: proposing.no }));
            setProposing(null);
          }}
        />
      )}
      {documents && (
        <Modal opened onClose={() => setDocuments(null)} title={td('openFor', { no: documents.no })} size="xl">
          <EvidenceDocuments evaluationId={evaluation.id} no={documents.no} canUpload={canPropose(evaluation.stage, documents, caller)} />
        </Modal>
      )}
      {adjusting && (
        <LevelModal
          mode="adjust"
          evaluationId={evaluation.id}
          indicator={adjusting}
          descriptors={views.get(adjusting.no)?.levelDescriptors ?? []}
          onClose={() => setAdjusting(null)}
          onDone={() => {
            setSaved(t('propose.saved', { no: adjusting.no }));
            setAdjusting(null);
          }}
        />
      )}
    </Stack>
  );
}

function IndicatorRow({
  view,
  indicator,
  evidence,
  propose,
  adjust,
  documents,
}: {
  view: IndicatorView;
  indicator: Indicator;
  evidence?: IndicatorEvidence;
  propose?: () => void;
  adjust?: () => void;
  documents: () => void;
}) {
  const { t } = useTranslation('monev');
  const { t: td } = useTranslation('monevDocs');
  const descriptor = indicator.level ? view.levelDescriptors[indicator.level - 1] : undefined;
  return (
    <Table.Tr data-indicator={indicator.no}>
      <Table.Td>{indicator.no}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {indicator.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t('indicators.weight', { weight: formatIndex(indicator.weight) })}
          </Text>
          {indicator.explanation && (
            <Text size="xs">
              <Text span fw={600} size="xs">
                {t('indicators.explanation')}:{' '}
              </Text>
              {indicator.explanation}
            </Text>
          )}
          {indicator.proposedLevel != null && <Evidence indicator={indicator} />}
          {indicator.adjustmentComment && (
            <Text size="xs">
              <Text span fw={600} size="xs">
                {t('indicators.comment')}:{' '}
              </Text>
              {indicator.adjustmentComment}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {indicator.level ? (
          <Stack gap={2}>
            <Badge variant="light" color={indicator.adjustedLevel != null ? 'violet' : 'blue'} tt="none">
              {t('indicators.level', { level: indicator.level })}
            </Badge>
            {descriptor && (
              <Text size="xs" c="dimmed">
                {descriptor}
              </Text>
            )}
            {indicator.adjustedLevel != null && indicator.proposedLevel != null && (
              <Text size="xs">{t('indicators.proposed', { level: indicator.proposedLevel })}</Text>
            )}
            {indicator.adjustedLevel != null && (
              <Text size="xs">
                {t('indicators.adjusted', { level: indicator.adjustedLevel, stage: indicator.adjustedIn ? t(`stage.${indicator.adjustedIn}`) : '—' })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('indicators.noLevel')}
          </Text>
        )}
        {evidence && <EvidenceNote evidence={evidence} />}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`unit.${indicator.unit}`)}</Text>
        <Text size="xs" c="dimmed">
          {indicator.opd}
        </Text>
      </Table.Td>
      <Table.Td>
        {indicator.proposedBy && <Text size="xs">{t('indicators.by', { who: indicator.proposedBy, when: formatDateTime(indicator.proposedAt) })}</Text>}
        {indicator.adjustedBy && <Text size="xs">{t('indicators.by', { who: indicator.adjustedBy, when: formatDateTime(indicator.adjustedAt) })}</Text>}
        {!indicator.proposedBy && !indicator.adjustedBy && <Text size="xs">—</Text>}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Button size="xs" variant="subtle" onClick={documents} aria-label={td('openFor', { no: indicator.no })}>
            {td('open')}
          </Button>
          {propose && (
            <Button size="xs" variant="light" onClick={propose} aria-label={`${t('indicators.propose')} ${indicator.no}`}>
              {t('indicators.propose')}
            </Button>
          )}
          {adjust && (
            <Button size="xs" variant="light" color="violet" onClick={adjust} aria-label={`${t('indicators.adjust')} ${indicator.no}`}>
              {t('indicators.adjust')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * Evidence as the proposal names it: uploaded documents (counted; listed and downloaded under "Dokumen bukti") with a
 * "kedaluwarsa" badge when some expired before the assessment date (M1, flagged, not refused), and links to
 * published pages (opened in a new tab, never as the app's origin).
 */
function Evidence({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('monev');
  const { t: td } = useTranslation('monevDocs');
  const ids = indicator.evidenceDocumentIds;
  const uploaded = ids.filter((id) => !isLink(id));
  const expired = indicator.expiredEvidenceDocumentIds ?? [];
  return (
    <Text size="xs" component="div">
      <Text span fw={600} size="xs">
        {t('indicators.evidence')}:{' '}
      </Text>
      {ids.length === 0 && t('indicators.noEvidence')}
      {uploaded.length > 0 && <span>{td('evidenceCount', { count: uploaded.length })}</span>}
      {expired.length > 0 && (
        <Badge color="red" variant="filled" size="xs" ml={6} tt="none">
          {td('expiredOnIndicator', { count: expired.length })}
        </Badge>
      )}
      {ids.filter(isLink).map((link, i) => (
        <span key={link}>
          {(i > 0 || uploaded.length > 0) && ', '}
          <Anchor href={link} target="_blank" rel="noopener noreferrer" size="xs">
            {link}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}

/**
 * A unit's proposal (level, explanation, evidence; PUT …/proposal) or an evaluator's adjustment (level, comment;
 * POST …/adjust). Both write one indicator: no If-Match, so three units filling different indicators at once do not
 * refuse each other (the service re-decides a lost race on the fresh document; README "The evaluation").
 */
function LevelModal({
  mode,
  evaluationId,
  indicator,
  descriptors,
  onClose,
  onDone,
}: {
  mode: 'propose' | 'adjust';
  evaluationId: string;
  indicator: Indicator;
  descriptors: string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('monev');
  const { t: tc } = useTranslation();
  const { t: td } = useTranslation('monevDocs');
  const refresh = useRefreshEvaluation(evaluationId);
  const start = mode === 'propose' ? indicator.proposedLevel : indicator.level;
  const [level, setLevel] = useState(start ? String(start) : '');
  const [text, setText] = useState(mode === 'propose' ? (indicator.explanation ?? '') : '');
  // Evidence: uploaded documents picked from the indicator's list, and links to published pages (https://).
  const [picked, setPicked] = useState(indicator.evidenceDocumentIds.filter((e) => !isLink(e)));
  const [links, setLinks] = useState(indicator.evidenceDocumentIds.filter(isLink).join('\n'));
  const [missing, setMissing] = useState<{ level?: boolean; text?: boolean; links?: boolean }>({});
  const caller = useCaller();
  const mutation = useMutation({
    mutationFn: async () => {
      const path = { id: evaluationId, no: indicator.no };
      return mode === 'propose'
        ? must(
            await monev.PUT('/api/v1/evaluations/{id}/indicators/{no}/proposal', {
              params: { path },
              body: { level: Number(level), explanation: text.trim(), evidenceDocumentIds: [...picked, ...linesToList(links)] },
            }),
          )
        : must(await monev.POST('/api/v1/evaluations/{id}/indicators/{no}/adjust', { params: { path }, body: { level: Number(level), comment: text.trim() } }));
    },
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const m = { level: !level, text: !text.trim(), links: mode === 'propose' && linesToList(links).some((l) => !isLink(l)) };
    setMissing(m);
    if (!m.level && !m.text && !m.links) mutation.mutate();
  };
  const formId = `level-form-${indicator.no}`;
  const title = mode === 'propose' ? t('propose.title', { no: indicator.no }) : t('adjust.title', { no: indicator.no });
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <Stack gap="sm">
        {/* The upload section has a form of its own, so the proposal's fields sit in a form the buttons name. */}
        <form id={formId} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm" fw={500}>
              {indicator.name}
            </Text>
            <Radio.Group
              label={t('propose.level')}
              required
              value={level}
              onChange={setLevel}
              error={missing.level ? tc('field.required') : fieldError(mutation.error, 'level')}
            >
              <Stack gap={6} mt={4}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <Radio key={n} value={String(n)} label={t('propose.levelOption', { level: n })} description={descriptors[n - 1]} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={mode === 'propose' ? t('propose.explanation') : t('adjust.comment')}
              required
              value={text}
              maxLength={4000}
              autosize
              minRows={3}
              onChange={(e) => setText(e.currentTarget.value)}
              error={missing.text ? tc('field.required') : fieldError(mutation.error, mode === 'propose' ? 'explanation' : 'comment')}
            />
          </Stack>
        </form>
        {mode === 'propose' && (
          <>
            <EvidenceDocuments
              evaluationId={evaluationId}
              no={indicator.no}
              canUpload={canPropose('PENILAIAN_MANDIRI', indicator, caller)}
              selection={{ selected: picked, onChange: setPicked }}
            />
            <Textarea
              label={td('links')}
              description={td('linksHint')}
              value={links}
              autosize
              minRows={2}
              onChange={(e) => setLinks(e.currentTarget.value)}
              error={missing.links ? td('linksInvalid') : fieldError(mutation.error, 'evidenceDocumentIds')}
            />
          </>
        )}
        <ProblemAlert
          error={mutation.error}
          onReload={() => {
            void refresh();
            onClose();
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('action.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={mutation.isPending}>
            {mode === 'propose' ? t('propose.submit') : t('adjust.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
