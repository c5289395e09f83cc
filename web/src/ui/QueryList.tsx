import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from './Loading';
import { ProblemAlert } from './ProblemAlert';

/**
 * The states of a listed query, in the order a reader meets them: the problem (with a reload), loading, a dimmed
 * sentence when the page has no items, else the caller's table of the page.
 */
export function QueryList<D extends { items: readonly unknown[] }>({
  query,
  empty,
  children,
}: {
  query: UseQueryResult<D, unknown>;
  empty: string;
  children: (data: D) => ReactNode;
}) {
  return (
    <>
      <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      {query.isPending ? (
        <Loading />
      ) : query.data && query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {empty}
        </Text>
      ) : query.data ? (
        children(query.data)
      ) : null}
    </>
  );
}
