import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PredicateBadge } from './badges';
import { formatDelta, formatIndex, type Movement, type ScoreView } from './queries';
import './i18n';

function Score({ score }: { score: ScoreView }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm" fw={600}>
        {formatIndex(score.value)}
      </Text>
      <PredicateBadge predicate={score.predicate} />
    </Group>
  );
}

/** Rows of index movements (what-if or year over year): scope, before, after, the change in words and sign. */
export function MovementRows({ movements, changedLabel }: { movements: Movement[]; changedLabel: string }) {
  const { t } = useTranslation('monev');
  return (
    <>
      {movements.map((m) => {
        const label =
          m.scope === 'OVERALL'
            ? t('index.overall')
            : m.scope === 'DOMAIN'
              ? t('index.domainRow', { no: m.no, name: m.name })
              : t('index.aspectRow', { no: m.no, name: m.name });
        const direction = m.delta == null ? '' : m.delta > 0 ? t('comparison.up') : m.delta < 0 ? t('comparison.down') : t('comparison.same');
        return (
          <Table.Tr key={`${m.scope}-${m.no}`} data-scope={m.scope} data-changed={m.delta != null && m.delta !== 0 ? true : undefined}>
            <Table.Th scope="row" fw={m.scope === 'ASPECT' ? 400 : 600} pl={m.scope === 'ASPECT' ? 'xl' : undefined}>
              {label}
            </Table.Th>
            <Table.Td>
              <Score score={m.before} />
            </Table.Td>
            <Table.Td>
              <Score score={m.after} />
            </Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text span size="sm" fw={m.delta ? 700 : undefined} c={m.delta && m.delta > 0 ? 'teal' : m.delta && m.delta < 0 ? 'red' : undefined}>
                  {formatDelta(m.delta)}
                </Text>
                {direction && (
                  <Text span size="xs" c="dimmed">
                    ({direction})
                  </Text>
                )}
                {m.predicateChanged && (
                  <Badge size="xs" color="orange" variant="filled" tt="none">
                    {changedLabel}
                  </Badge>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </>
  );
}
