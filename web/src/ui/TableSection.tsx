import { Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered section with an h2-size heading and a labelled table of rows, or a dimmed sentence when there are none.
 * Column headers are scope="col"; the rows (children) are the caller's.
 */
export function TableSection({
  title,
  caption,
  columns,
  minWidth,
  empty,
  striped = true,
  children,
}: {
  title: string;
  /** the table's accessible name */
  caption: string;
  columns: string[];
  minWidth: number;
  /** shown instead of the table when set (there are no rows) */
  empty?: string;
  striped?: boolean;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {empty !== undefined ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped={striped} aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
