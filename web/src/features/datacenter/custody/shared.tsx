import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { datacenter, must, type DatacenterSchemas } from '../../../api/client';
import './i18n';

export type Consent = DatacenterSchemas['ConsentResponse'];
export type Standing = Consent['standing'];
export type CustodyAction = Consent['actions'][number];
export const ACTIONS: CustodyAction[] = ['RESTORE_TEST', 'DECOMMISSION_VPS', 'DATASET_ACCESS'];

const STANDING_COLOR: Record<Standing, string> = { PENDING: 'blue', IN_FORCE: 'teal', EXPIRED: 'gray', REVOKED: 'red' };

/** Where a consent stands today, in words (the colour only repeats it). */
export function StandingBadge({ standing }: { standing: Standing }) {
  const { t } = useTranslation('datacenterCustody');
  return (
    <Badge color={STANDING_COLOR[standing] ?? 'gray'} variant="light">
      {t(`standing.${standing}`)}
    </Badge>
  );
}

/** The region's classification levels (profile data, lowest first). */
export function useLevels() {
  return useQuery({
    queryKey: ['datacenter', 'dataset-levels'],
    staleTime: 10 * 60_000,
    queryFn: async () => must(await datacenter.GET('/api/v1/datasets/levels')).levels,
  });
}

const LEVEL_COLOR = ['gray', 'blue', 'orange', 'red', 'grape'];

/** A classification level as a badge; higher levels darker, and always the level's name. */
export function LevelBadge({ level, levels }: { level: string; levels: string[] }) {
  const index = Math.max(0, levels.indexOf(level));
  return (
    <Badge color={LEVEL_COLOR[Math.min(index, LEVEL_COLOR.length - 1)]} variant="light">
      {level.replace(/_/g, ' ')}
    </Badge>
  );
}
