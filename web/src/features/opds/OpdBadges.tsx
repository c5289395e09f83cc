import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Dinas / Mandiri TIK / inactive as words, never only as colour. */
export function OpdBadges({ dinas, mandiriTik, active }: { dinas: boolean; mandiriTik: boolean; active: boolean }) {
  const { t } = useTranslation('opds');
  if (!dinas && !mandiriTik && active) return null;
  return (
    <Group gap={4} component="span" wrap="wrap">
      {dinas && (
        <Badge component="span" size="xs" color="blue">
          {t('badge.dinas')}
        </Badge>
      )}
      {mandiriTik && (
        <Badge component="span" size="xs" color="teal">
          {t('badge.mandiriTik')}
        </Badge>
      )}
      {!active && (
        <Badge component="span" size="xs" color="gray" variant="outline">
          {t('badge.inactive')}
        </Badge>
      )}
    </Group>
  );
}
