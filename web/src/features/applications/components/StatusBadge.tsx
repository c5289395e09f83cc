import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppRegistrySchemas } from '../../../api/client';

type Status = AppRegistrySchemas['ApplicationResponse']['status'];

const COLOR: Record<Status, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RECOMMENDED: 'teal',
  REJECTED: 'red',
  DEPOSITED: 'violet',
  ACTIVE: 'green',
  DECOMMISSIONED: 'dark',
};

/** An application's status as a badge: the label carries the meaning, the colour only helps scanning. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation('domain');
  return (
    <Badge color={COLOR[status] ?? 'gray'} variant="light" data-status={status}>
      {t(`applicationStatus.${status}`)}
    </Badge>
  );
}
