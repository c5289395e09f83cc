import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatIndex, type Evaluation, type ScoreView, type Stage } from './queries';
import './i18n';

const STAGE_COLOR: Record<Stage, string> = {
  PENILAIAN_MANDIRI: 'blue',
  PENILAIAN_DOKUMEN: 'indigo',
  INTERVIU: 'violet',
  VISITASI: 'grape',
  FINAL: 'teal',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation('monev');
  return (
    <Badge color={STAGE_COLOR[stage]} variant="light" data-stage={stage}>
      {t(`stage.${stage}`)}
    </Badge>
  );
}

/** The framework's status in words; a provisional one says so loudly (its regulation text was not checked). */
export function FrameworkStatusBadge({ status }: { status: Evaluation['frameworkStatus'] }) {
  const { t } = useTranslation('monev');
  return (
    <Badge color={status === 'PROVISIONAL' ? 'orange' : status === 'OFFICIAL' ? 'teal' : 'gray'} variant={status === 'PROVISIONAL' ? 'filled' : 'light'}>
      {t(`frameworkStatus.${status}`)}
    </Badge>
  );
}

const PREDICATE_COLOR: Record<string, string> = {
  Memuaskan: 'teal',
  'Sangat Baik': 'green',
  Baik: 'lime',
  Cukup: 'yellow',
  Kurang: 'red',
};

/** A predicate as the framework names it (Indonesian, from the framework's table). */
export function PredicateBadge({ predicate }: { predicate?: string | null }) {
  if (!predicate) return <Text span>—</Text>;
  return (
    <Badge color={PREDICATE_COLOR[predicate] ?? 'gray'} variant="light" tt="none">
      {predicate}
    </Badge>
  );
}

/** Index value with its predicate; a score over part of the indicators is marked provisional. */
export function ScoreCell({ score }: { score?: ScoreView | null }) {
  const { t } = useTranslation('monev');
  if (!score || score.value == null) return <Text span size="sm">{t('index.none')}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text span fw={600} size="sm">
        {formatIndex(score.value)}
      </Text>
      <PredicateBadge predicate={score.predicate} />
      {!score.complete && (
        <Text span size="xs" c="dimmed">
          ({t('index.incomplete', { assessed: score.assessed, total: score.indicators })})
        </Text>
      )}
    </Group>
  );
}
