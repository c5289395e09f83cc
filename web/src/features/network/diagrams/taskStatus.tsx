import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkSchemas } from '../../../api/client';
import '../i18n';

type Task = NetworkSchemas['TaskResponse'];
const COLOR: Record<Task['status'], string> = { OPEN: 'gray', SUBMITTED: 'blue', RETURNED: 'orange', ACCEPTED: 'green' };

/** A task's status, and "Terlambat" when its due date passed while the OPD still owed a submission (words, not colour alone). */
export function TaskStatus({ task }: { task: Task }) {
  const { t } = useTranslation('network');
  const late = task.submissions.length > 0 && task.submissions[task.submissions.length - 1].late;
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={COLOR[task.status]} variant="light">
        {t(`taskStatus.${task.status}`)}
      </Badge>
      {task.overdue && (
        <Badge color="red" variant="filled">
          {t('diagrams.overdue')}
        </Badge>
      )}
      {late && (
        <Badge color="orange" variant="outline">
          {t('diagrams.late')}
        </Badge>
      )}
    </Group>
  );
}
