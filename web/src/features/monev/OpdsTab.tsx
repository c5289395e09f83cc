import { Accordion, Anchor, Badge, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { monev, must } from '../../api/client';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableSection } from '../../ui/TableSection';
import { formatDateTime } from '../../ui/format';
import { ScoreCell } from './badges';
import { evaluationKeys, formatIndex } from './queries';
import './i18n';

/** M4: every OPD that answers for indicators, the index over its own indicators, and the indicators themselves. */
export function OpdsTab({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation('monev');
  const opds = useQuery({
    queryKey: evaluationKeys.opds(evaluationId),
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/{id}/opds', { params: { path: { id: evaluationId } } })),
  });
  if (opds.isPending) return <Loading />;
  if (opds.error) return <ProblemAlert error={opds.error} onReload={() => void opds.refetch()} />;
  if (opds.data.length === 0) return <Text role="status">{t('opds.empty')}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm">{t('opds.intro')}</Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label={t('opds.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('opds.columns.opd')}</Table.Th>
              <Table.Th scope="col">{t('opds.columns.units')}</Table.Th>
              <Table.Th scope="col">{t('opds.columns.score')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {opds.data.map((o) => (
              <Table.Tr key={o.opd}>
                <Table.Td>
                  <Anchor component={Link} to={`/opd/${encodeURIComponent(o.opd)}`}>
                    {o.opd}
                  </Anchor>
                </Table.Td>
                <Table.Td>{o.units.map((u) => t(`unit.${u}`)).join(', ')}</Table.Td>
                <Table.Td>
                  <ScoreCell score={o.score} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Accordion variant="separated" multiple>
        {opds.data.map((o) => (
          <Accordion.Item key={o.opd} value={o.opd}>
            <Accordion.Control>{t('opds.indicatorsOf', { opd: o.opd })}</Accordion.Control>
            <Accordion.Panel>
              <Table.ScrollContainer minWidth={520}>
                <Table aria-label={t('opds.indicatorsOf', { opd: o.opd })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('indicators.columns.no')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.columns.indicator')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.columns.level')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {o.indicators.map((i) => (
                      <Table.Tr key={i.no}>
                        <Table.Td>{i.no}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{i.name}</Text>
                          <Text size="xs" c="dimmed">
                            {t('indicators.weight', { weight: formatIndex(i.weight) })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {i.level ? (
                            <Badge variant="light" tt="none">
                              {t('indicators.level', { level: i.level })}
                            </Badge>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('indicators.noLevel')}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/** The tamper-evident change history (SEC1): every proposal, adjustment and stage step. */
export function HistoryTab({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation('monev');
  const history = useQuery({
    queryKey: evaluationKeys.history(evaluationId),
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/{id}/history', { params: { path: { id: evaluationId } } })),
  });
  if (history.isPending) return <Loading />;
  if (history.error) return <ProblemAlert error={history.error} />;
  const entries = [...history.data.entries].reverse();
  return (
    <Stack gap="sm">
      <Group>
        <Badge color={history.data.intact ? 'teal' : 'red'} variant="light" tt="none">
          {history.data.intact ? t('history.intact') : t('history.broken', { sequence: history.data.firstBrokenSequence })}
        </Badge>
      </Group>
      <TableSection
        title={t('detail.tabs.history')}
        caption={t('history.caption')}
        columns={[t('history.columns.sequence'), t('history.columns.at'), t('history.columns.actor'), t('history.columns.action'), t('history.columns.data')]}
        minWidth={720}
        empty={entries.length === 0 ? t('history.empty') : undefined}
      >
        {entries.map((e) => (
          <Table.Tr key={e.sequence}>
            <Table.Td>{e.sequence}</Table.Td>
            <Table.Td>{formatDateTime(e.at)}</Table.Td>
            <Table.Td>{e.actor}</Table.Td>
            <Table.Td>{e.action}</Table.Td>
            <Table.Td>
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: 420 }}>
                {e.data}
              </Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </TableSection>
    </Stack>
  );
}
