import { Stack } from '@mantine/core';
import { Loading } from './Loading';
import { PageHeader } from './PageHeader';
import { ProblemAlert } from './ProblemAlert';

/** A screen whose main data is still loading or failed: its heading (the one h1), then a spinner or the problem. */
export function ScreenPending({
  title,
  query,
}: {
  title: string;
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
}) {
  return (
    <Stack>
      <PageHeader title={title} />
      {query.isPending ? <Loading /> : <ProblemAlert error={query.error} onReload={() => void query.refetch()} />}
    </Stack>
  );
}
