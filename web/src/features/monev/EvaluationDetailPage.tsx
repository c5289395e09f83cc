import { Alert, Badge, Button, Card, Group, List, Stack, Tabs, Text } from '@mantine/core';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { useCaller } from '../../auth/AuthSetup';
import { FactRows } from '../../ui/FactRows';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { downloadFile } from '../../ui/downloadFile';
import { formatDateTime } from '../../ui/format';
import { FrameworkStatusBadge, PredicateBadge, StageBadge } from './badges';
import { ComparisonTab } from './ComparisonTab';
import { IndexTab } from './IndexTab';
import { IndicatorsTab } from './IndicatorsTab';
import { HistoryTab, OpdsTab } from './OpdsTab';
import { canReadHistory } from './permissions';
import { STAGES, formatIndex, useEvaluation, useFramework, type Evaluation } from './queries';
import { StageActions } from './StageActions';
import { ReportDownload, ReturnNotice, SignOffPanel } from './SignOffPanel';
import { WhatIfTab } from './WhatIfTab';
import './i18n';

/**
 * One year's evaluation (M1, M3, M4): stage and progress, the steps the caller may take, the indicators grouped by
 * domain and aspect, the computed index, a what-if preview that writes nothing, the previous year and the per-OPD view.
 */
export default function EvaluationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const current = useEvaluation(id);
  const framework = useFramework(current.data?.evaluation.frameworkId);
  const [tab, setTab] = useState<string | null>('indicators');

  if (current.isPending) return <Loading />;
  if (current.error) {
    const missing = current.error instanceof ApiProblem && current.error.status === 404;
    return (
      <Stack>
        <PageHeader title={missing ? t('detail.notFound') : t('list.title')} />
        <ProblemAlert error={current.error} />
      </Stack>
    );
  }
  const { evaluation } = current.data;

  return (
    <Stack>
      <PageHeader
        title={t('detail.title', { year: evaluation.year })}
        subtitle={t('detail.subtitle', { framework: evaluation.frameworkName, year: evaluation.year })}
        actions={<Downloads evaluation={evaluation} />}
      />
      {evaluation.frameworkStatus === 'PROVISIONAL' && (
        <Alert color="orange" title={t('frameworkStatus.PROVISIONAL')}>
          {t('provisionalNote')}
        </Alert>
      )}
      <ReturnNotice evaluation={evaluation} />
      <Card withBorder padding="md">
        <Stack gap="sm">
          <StageList stage={evaluation.stage} />
          <Facts evaluation={evaluation} />
          {evaluation.stage === 'FINAL' ? (
            <>
              <Group gap={6} c="teal">
                <IconLock size={16} aria-hidden />
                <Text size="sm">{t('detail.locked')}</Text>
              </Group>
              <SignOffPanel current={current.data} />
            </>
          ) : (
            <StageActions current={current.data} />
          )}
        </Stack>
      </Card>
      <ProblemAlert error={framework.error} />
      {framework.isPending ? (
        <Loading />
      ) : framework.data ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="indicators">{t('detail.tabs.indicators')}</Tabs.Tab>
            <Tabs.Tab value="index">{t('detail.tabs.index')}</Tabs.Tab>
            <Tabs.Tab value="what-if">{t('detail.tabs.whatIf')}</Tabs.Tab>
            <Tabs.Tab value="comparison">{t('detail.tabs.comparison')}</Tabs.Tab>
            <Tabs.Tab value="opds">{t('detail.tabs.opds')}</Tabs.Tab>
            {canReadHistory(caller) && <Tabs.Tab value="history">{t('detail.tabs.history')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="indicators" pt="md">
            <IndicatorsTab evaluation={evaluation} framework={framework.data} />
          </Tabs.Panel>
          <Tabs.Panel value="index" pt="md">
            <IndexTab evaluationId={evaluation.id} framework={framework.data} />
          </Tabs.Panel>
          <Tabs.Panel value="what-if" pt="md">
            <WhatIfTab evaluationId={evaluation.id} />
          </Tabs.Panel>
          <Tabs.Panel value="comparison" pt="md">
            <ComparisonTab evaluation={evaluation} />
          </Tabs.Panel>
          <Tabs.Panel value="opds" pt="md">
            <OpdsTab evaluationId={evaluation.id} />
          </Tabs.Panel>
          {canReadHistory(caller) && (
            <Tabs.Panel value="history" pt="md">
              <HistoryTab evaluationId={evaluation.id} />
            </Tabs.Panel>
          )}
        </Tabs>
      ) : null}
    </Stack>
  );
}

/**
 * The index (overall, domains, aspects) and the indicators as CSV, scoped by the server like the screen, and the
 * report PDF (M2) for the region-wide roles.
 */
function Downloads({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('monev');
  const id = evaluation.id;
  const download = useMutation({
    mutationFn: (what: 'index' | 'indicators') =>
      downloadFile(`/api/v1/evaluations/${encodeURIComponent(id)}/${what}.csv`, `evaluasi-${id}-${what === 'index' ? 'indeks' : 'indikator'}.csv`),
  });
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => download.mutate('index')}>
          {t('detail.indexCsv')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => download.mutate('indicators')}>
          {t('detail.indicatorsCsv')}
        </Button>
      </Group>
      <ProblemAlert error={download.error} />
      <ReportDownload evaluation={evaluation} />
    </Stack>
  );
}

/** The stages in order, the current one marked in words (aria-current), not by color alone. */
function StageList({ stage }: { stage: Evaluation['stage'] }) {
  const { t } = useTranslation('monev');
  const at = STAGES.indexOf(stage);
  return (
    <List component="ol" aria-label={t('detail.stepper')} listStyleType="none" display="flex" style={{ flexWrap: 'wrap', gap: 6 }} p={0} m={0}>
      {STAGES.map((s, i) => (
        <List.Item key={s} aria-current={s === stage ? 'step' : undefined}>
          <Badge
            variant={s === stage ? 'filled' : i < at ? 'light' : 'outline'}
            color={i < at ? 'teal' : s === stage ? 'blue' : 'gray'}
            tt="none"
          >
            {i + 1}. {t(`stage.${s}`)}
            {s === stage ? ` ${t('detail.current')}` : ''}
          </Badge>
        </List.Item>
      ))}
    </List>
  );
}

function Facts({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('monev');
  const units = Object.entries(evaluation.units)
    .map(([unit, opd]) => `${t(`unit.${unit}`)}: ${opd}`)
    .join('; ');
  const rows: [string, React.ReactNode][] = [
    [t('detail.facts.stage'), <StageBadge key="stage" stage={evaluation.stage} />],
    [
      t('detail.facts.framework'),
      <Group key="fw" gap={6} component="span" wrap="wrap">
        <span>{evaluation.frameworkName}</span>
        <FrameworkStatusBadge status={evaluation.frameworkStatus} />
      </Group>,
    ],
    [t('detail.facts.progress'), t('list.progress', { assessed: evaluation.assessed, total: evaluation.indicators })],
    [t('detail.facts.units'), units || '—'],
    [t('detail.facts.opened'), `${evaluation.openedBy}, ${formatDateTime(evaluation.openedAt)}`],
  ];
  if (evaluation.finalIndex != null) {
    rows.push([
      t('detail.facts.index'),
      <Group key="index" gap={6} component="span">
        <strong>{formatIndex(evaluation.finalIndex)}</strong>
        <PredicateBadge predicate={evaluation.finalPredicate} />
      </Group>,
    ]);
    rows.push([t('detail.facts.finalised'), `${evaluation.finalisedBy ?? '—'}, ${formatDateTime(evaluation.finalisedAt)}`]);
  }
  return <FactRows rows={rows} />;
}
