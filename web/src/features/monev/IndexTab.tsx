import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { PredicateBadge, ScoreCell } from './badges';
import { formatIndex, useIndex, type Framework } from './queries';
import './i18n';

/**
 * The computed index (M1): overall, per domain and, under each domain, per aspect — weighted means of the levels, the
 * predicate from the framework's table. While levels are missing the score covers the filled indicators only and says so.
 */
export function IndexTab({ evaluationId, framework }: { evaluationId: string; framework: Framework }) {
  const { t } = useTranslation('monev');
  const index = useIndex(evaluationId);
  if (index.isPending) return <Loading />;
  if (index.error) return <ProblemAlert error={index.error} onReload={() => void index.refetch()} />;
  const data = index.data;
  const last = framework.predicates.length - 1;
  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h4">
          {t('index.overall')}
        </Title>
        <Group gap="md" mt="xs" align="baseline">
          <Text fz={36} fw={700} data-testid="overall-index">
            {formatIndex(data.overall.value)}
          </Text>
          <PredicateBadge predicate={data.overall.predicate} />
          {!data.overall.complete && (
            <Text size="sm" c="dimmed">
              {t('index.incomplete', { assessed: data.overall.assessed, total: data.overall.indicators })}
            </Text>
          )}
        </Group>
      </Card>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('index.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('index.columns.scope')}</Table.Th>
              <Table.Th scope="col">{t('index.columns.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.domains.map((d) => (
              <Fragment key={d.no}>
                <Table.Tr bg="var(--mantine-color-gray-light)">
                  <Table.Th scope="row">{t('index.domainRow', { no: d.no, name: d.name })}</Table.Th>
                  <Table.Td>
                    <ScoreCell score={d.score} />
                  </Table.Td>
                </Table.Tr>
                {data.aspects
                  .filter((a) => a.domainNo === d.no)
                  .map((a) => (
                    <Table.Tr key={`${d.no}-${a.no}`}>
                      <Table.Th scope="row" fw={400} pl="xl">
                        {t('index.aspectRow', { no: a.no, name: a.name })}
                      </Table.Th>
                      <Table.Td>
                        <ScoreCell score={a.score} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Card withBorder padding="md" component="section">
        <Title order={2} size="h5" mb="xs">
          {t('index.predicates')}
        </Title>
        <Group gap="md" wrap="wrap">
          {framework.predicates.map((p, i) => (
            <Group key={p.predicate} gap={6} wrap="nowrap">
              <PredicateBadge predicate={p.predicate} />
              <Text size="sm">
                {i === last
                  ? t('index.topBand', { min: formatIndex(p.minInclusive), max: formatIndex(p.maxExclusive) })
                  : t('index.band', { min: formatIndex(p.minInclusive), max: formatIndex(p.maxExclusive) })}
              </Text>
            </Group>
          ))}
        </Group>
      </Card>
    </Stack>
  );
}
