import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { monev, must, type MonevSchemas } from '../../api/client';
import './evidenceI18n';

export type IndicatorEvidence = MonevSchemas['EvidenceResponse'];

/** The frameworks the service has evidence rules for (README "Evidence from operations"). */
const COVERED_FRAMEWORKS = ['permenpanrb-59-2020'];

/**
 * Evidence from operations for the indicators the caller may read (the service scopes it like the indicators; at
 * most eleven covered indicators, so one page). Under the evaluation's query key, so a step refreshes it too.
 */
export function useOperationsEvidence(evaluationId: string, frameworkId: string) {
  return useQuery({
    enabled: COVERED_FRAMEWORKS.includes(frameworkId),
    queryKey: ['evaluation', evaluationId, 'evidence'],
    queryFn: async () => {
      const page = must(await monev.GET('/api/v1/evaluations/{id}/evidence', { params: { path: { id: evaluationId }, query: { size: 50 } } }));
      return new Map(page.items.map((item) => [item.no, item]));
    },
  });
}

function summary(t: (key: string, options?: Record<string, unknown>) => string, e: IndicatorEvidence) {
  const f = e.figures;
  if (e.no === '28') {
    return t('summary.28', { ...f, sla: f.slaMetPercent != null ? `${f.slaMetPercent} %` : t('slaNone') });
  }
  if (e.no === '27') return t('summary.27', f);
  // 16: level 4 reads the measured availability and the link upstream; each joins the VPS figures once present
  if (e.no === '16') {
    const measured = Number(f.servicesMeasured ?? 0) > 0 ? t('summary.uptime16', f) : '';
    const linked = Number(f.nationalLinked ?? 0) + Number(f.provincialLinked ?? 0) > 0 ? t('summary.linked16') : '';
    return t('summary.16', f) + measured + linked;
  }
  // 15: level 4 reads Dinas's conformance reviews (A9), shown once there is one
  if (e.no === '15') return t('summary.15', f) + (Number(f.appsReviewed ?? 0) > 0 ? t('summary.reviewed15', f) : '');
  // 24: level 4 reads the data centre's frozen yearly usage review (D5)
  if (e.no === '24') return t('summary.24', f) + (Number(f.usageReviewFrozen ?? 0) > 0 ? t('summary.reviewed24') : '');
  if (['15', '16', '17', '18', '26'].includes(e.no)) return t(`summary.${e.no}`, f);
  return t('summary.audit', f);
}

/**
 * Next to a claimed level: the level the platform's data supports, the figures behind it, the service's sentence
 * (Bahasa Indonesia) and, when the claim is above it, a flag in words with an icon (never colour alone). It flags,
 * it does not refuse.
 */
export function EvidenceNote({ evidence }: { evidence: IndicatorEvidence }) {
  const { t, i18n } = useTranslation('monevEvidence');
  // the service's sentence is Bahasa Indonesia; other languages get the figures in their words first
  const indonesian = (i18n.language ?? 'id').startsWith('id');
  const above = evidence.flag === 'ABOVE_SUPPORTED';
  const icon =
    evidence.flag === 'ABOVE_SUPPORTED' ? (
      <IconAlertTriangle size={14} aria-hidden />
    ) : evidence.flag === 'NO_DATA' ? (
      <IconDatabaseOff size={14} aria-hidden />
    ) : (
      <IconCircleCheck size={14} aria-hidden />
    );
  const level =
    evidence.supportedLevel == null
      ? t('noData', { year: evidence.year })
      : t(evidence.supportedLevel >= evidence.ceiling ? 'supportedAtLeast' : 'supported', { level: evidence.supportedLevel });
  return (
    <Stack gap={2} data-evidence={evidence.no} aria-label={`${t('heading')} ${evidence.no}`} role="group" mt={4}>
      <Text size="xs" fw={600}>
        {t('heading')}
      </Text>
      <Text size="xs">{level}</Text>
      <Group gap={4} wrap="nowrap">
        <Badge
          size="sm"
          variant={above ? 'filled' : 'light'}
          color={above ? 'orange' : evidence.flag === 'SUPPORTED' ? 'teal' : 'gray'}
          leftSection={icon}
          tt="none"
          data-flag={evidence.flag}
        >
          {t(`flag.${evidence.flag}`)}
        </Badge>
      </Group>
      {!indonesian && evidence.supportedLevel != null && <Text size="xs">{summary(t, evidence)}</Text>}
      <Text size="xs" c="dimmed" lang="id">
        {evidence.reason}
      </Text>
      {above && (
        <Text size="xs" c="dimmed">
          {t('flagHint')} {evidence.claimedLevel != null && evidence.claimedLevel > evidence.ceiling ? t('ceiling', { ceiling: evidence.ceiling }) : ''}
        </Text>
      )}
    </Stack>
  );
}

/** Shown once above the indicators when the evidence could not be read: the indicators themselves still work. */
export function EvidenceFailed() {
  const { t } = useTranslation('monevEvidence');
  return (
    <Text size="xs" c="dimmed" role="status">
      {t('failed')}
    </Text>
  );
}
