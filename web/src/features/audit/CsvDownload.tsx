import { Button, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../ui/downloadFile';
import { ProblemAlert } from '../../ui/ProblemAlert';
import './i18n';

type Query = Record<string, string | number | boolean | string[] | undefined>;

/** `path?query` without the empty filters; a list value (sort) repeats its key, as the list request sends it. */
export function exportPath(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * "Unduh CSV" of a list screen: the server exports the list with the same scope, filters and sort (without paging);
 * the result is announced, a problem shown beside the button.
 */
export function CsvDownload({ path, query, fileName }: { path: string; query: Query; fileName: string }) {
  const { t } = useTranslation('audit');
  const csv = useMutation({ mutationFn: () => downloadFile(exportPath(path, query), fileName) });
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="light"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={csv.isPending}
        onClick={() => csv.mutate()}
      >
        {t('listCsv.download')}
      </Button>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {csv.isSuccess ? t('listCsv.done') : ''}
      </Text>
      <ProblemAlert error={csv.error} />
    </Stack>
  );
}
