import { Alert, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { MovementRows } from './MovementRows';
import { evaluationKeys, type Evaluation } from './queries';
import './i18n';

/**
 * Year over year (M1): by default against the latest earlier year under the same framework; another earlier
 * evaluation may be picked (under a different framework only the overall index compares).
 */
export function ComparisonTab({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('monev');
  const [previous, setPrevious] = useState('');
  const earlier = useQuery({
    queryKey: ['evaluations', 'earlier-than', evaluation.year],
    queryFn: async () =>
      must(await monev.GET('/api/v1/evaluations', { params: { query: { size: 50, sort: ['year,desc'] } } })).items.filter(
        (e) => e.year < evaluation.year,
      ),
  });
  const comparison = useQuery({
    queryKey: [...evaluationKeys.comparison(evaluation.id), previous],
    queryFn: async () =>
      must(
        await monev.GET('/api/v1/evaluations/{id}/comparison', {
          params: { path: { id: evaluation.id }, query: { previous: previous || undefined } },
        }),
      ),
  });
  const none = comparison.error instanceof ApiProblem && comparison.error.status === 404;

  return (
    <Stack gap="md">
      {(earlier.data?.length ?? 0) > 0 && (
        <NativeSelect
          label={t('comparison.pick')}
          data={[
            { value: '', label: t('comparison.auto') },
            ...(earlier.data ?? []).map((e) => ({ value: e.id, label: `${e.year} — ${e.frameworkName}` })),
          ]}
          value={previous}
          onChange={(e) => setPrevious(e.currentTarget.value)}
          maw={480}
        />
      )}
      {comparison.isPending ? (
        <Loading />
      ) : none ? (
        <Text role="status">{t('comparison.none')}</Text>
      ) : comparison.error ? (
        <ProblemAlert error={comparison.error} />
      ) : comparison.data ? (
        <>
          <Text size="sm">{t('comparison.against', { id: comparison.data.previousEvaluationId, year: comparison.data.previousYear })}</Text>
          {!comparison.data.sameFramework && <Alert color="orange">{t('comparison.differentFramework')}</Alert>}
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('comparison.caption', { year: comparison.data.year, previous: comparison.data.previousYear })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('comparison.columns.scope')}</Table.Th>
                  <Table.Th scope="col">{t('comparison.columns.previous')}</Table.Th>
                  <Table.Th scope="col">{t('comparison.columns.current')}</Table.Th>
                  <Table.Th scope="col">{t('comparison.columns.delta')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <MovementRows movements={comparison.data.movements} changedLabel={t('whatIf.predicateChanged')} />
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
    </Stack>
  );
}
