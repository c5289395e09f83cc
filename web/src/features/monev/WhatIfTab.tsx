import { ActionIcon, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must } from '../../api/client';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { MovementRows } from './MovementRows';
import { useIndicators } from './queries';
import './i18n';

interface Change {
  indicator: string;
  level: number;
}

/**
 * What-if (M1): hypothetical levels for a few indicators, every index and predicate before and after. The service
 * computes it and writes nothing (POST …/what-if), so any reader may try.
 */
export function WhatIfTab({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation('monev');
  const indicators = useIndicators(evaluationId);
  const [changes, setChanges] = useState<Change[]>([]);
  const [indicator, setIndicator] = useState('');
  const [level, setLevel] = useState('5');
  const simulation = useMutation({
    mutationFn: async (list: Change[]) =>
      must(await monev.POST('/api/v1/evaluations/{id}/what-if', { params: { path: { id: evaluationId } }, body: { changes: list } })),
  });

  if (indicators.isPending) return <Loading />;
  if (indicators.error) return <ProblemAlert error={indicators.error} />;
  const all = indicators.data;
  const chosen = indicator || all[0]?.no || '';
  const levelOf = (no: string) => all.find((i) => i.no === no)?.level;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setChanges((list) => [...list.filter((c) => c.indicator !== chosen), { indicator: chosen, level: Number(level) }]);
    simulation.reset();
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('whatIf.intro')}</Text>
      <form onSubmit={add}>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('whatIf.indicator')}
            data={all.map((i) => ({
              value: i.no,
              label: `${i.no}. ${i.name} (${i.level != null ? t('whatIf.current', { level: i.level }) : t('indicators.noLevel')})`,
            }))}
            value={chosen}
            onChange={(e) => setIndicator(e.currentTarget.value)}
            maw={520}
            style={{ flex: '1 1 260px' }}
          />
          <NativeSelect label={t('whatIf.level')} data={['1', '2', '3', '4', '5']} value={level} onChange={(e) => setLevel(e.currentTarget.value)} w={120} />
          <Button type="submit" variant="light">
            {t('whatIf.add')}
          </Button>
        </Group>
      </form>
      <Stack gap={4} component="section" aria-label={t('whatIf.changes')}>
        {changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('whatIf.noChanges')}
          </Text>
        ) : (
          changes.map((c) => (
            <Group key={c.indicator} gap="xs" wrap="nowrap">
              <Badge variant="outline" tt="none">
                {c.indicator}
              </Badge>
              <Text size="sm">
                {levelOf(c.indicator) ?? '—'} → {c.level}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('whatIf.remove', { no: c.indicator })}
                onClick={() => {
                  setChanges((list) => list.filter((x) => x.indicator !== c.indicator));
                  simulation.reset();
                }}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))
        )}
      </Stack>
      <Group>
        <Button onClick={() => simulation.mutate(changes)} loading={simulation.isPending} disabled={changes.length === 0}>
          {t('whatIf.compute')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setChanges([]);
            simulation.reset();
          }}
          disabled={changes.length === 0}
        >
          {t('whatIf.reset')}
        </Button>
      </Group>
      <ProblemAlert error={simulation.error} />
      <Text size="sm" role="status" aria-live="polite" c="dimmed">
        {simulation.data ? t('whatIf.nothingSaved') : ''}
      </Text>
      {simulation.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('whatIf.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('whatIf.columns.scope')}</Table.Th>
                <Table.Th scope="col">{t('whatIf.columns.before')}</Table.Th>
                <Table.Th scope="col">{t('whatIf.columns.after')}</Table.Th>
                <Table.Th scope="col">{t('whatIf.columns.delta')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <MovementRows movements={simulation.data.movements} changedLabel={t('whatIf.predicateChanged')} />
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
