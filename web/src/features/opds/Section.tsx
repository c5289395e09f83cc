import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the OPD screen (h2 under the page's h1), with an optional action beside the title. */
export function Section({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}
