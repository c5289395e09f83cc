import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

/** Where a page of a list stands, as every service's page answers it (zero-based `page`). */
export interface PageInfo {
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

/**
 * The footer of a paged list as the services page it (zero-based `page`, `size`, `totalItems`, `totalPages`, given one
 * by one or as the page answer itself in `pageOf`): what is shown out of how many, and the page buttons (labelled,
 * keyboard reachable). Renders nothing for an empty list.
 */
export function PageControls(
  props: (PageInfo | { pageOf: PageInfo }) & {
    onChange: (page: number) => void;
    /** What the pages are of, for screen readers (e.g. "Halaman daftar OPD"). */
    label: string;
  },
) {
  const { onChange, label } = props;
  const { page, size, totalItems, totalPages } = 'pageOf' in props ? props.pageOf : props;
  const { t } = useTranslation();
  if (totalItems <= 0) return null;
  const from = page * size + 1;
  const to = Math.min(totalItems, (page + 1) * size);
  return (
    <Group justify="space-between" mt="sm" wrap="wrap" gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('paging.summary', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(totalItems) })}
      </Text>
      {totalPages > 1 && (
        <nav aria-label={label}>
          <Pagination
            size="sm"
            total={totalPages}
            value={page + 1}
            onChange={(p) => onChange(p - 1)}
            getControlProps={(control) => ({
              'aria-label': control === 'next' ? t('action.next') : control === 'previous' ? t('action.previous') : undefined,
            })}
            getItemProps={(p) => ({ 'aria-label': t('paging.page', { page: p }) })}
          />
        </nav>
      )}
    </Group>
  );
}
