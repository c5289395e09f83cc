import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkSchemas } from '../../../api/client';
import { todayIso } from '../i18n';

type Task = NetworkSchemas['TaskResponse'];
const COLOR: Record<Task['status'], string> = { OPEN: 'gray', SUBMITTED: 'blue', RETURNED: 'orange', ACCEPTED: 'green' };

/**
 * Whether the OPD still owes a submission past the due date: the service's flag (set by its hourly overdue job, and
 * kept after a late submission) or the date itself while the job has not run yet.
 */
export function isOverdue(task: Task, today: string = todayIso()): boolean {
  return (task.status === 'OPEN' || task.status === 'RETURNED') && (task.overdue || task.dueDate < today);
}

/** A task's status, and "Terlambat" while a submission is owed past the due date (words, not colour alone). */
export function TaskStatus({ task }: { task: Task }) {
  const { t } = useTranslation('network');
  const late = task.submissions.length > 0 && task.submissions[task.submissions.length - 1].late;
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={COLOR[task.status]} variant="light">
        {t(`taskStatus.${task.status}`)}
      </Badge>
      {isOverdue(task) && (
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
