import { Alert, Badge, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { monev, must, type MonevSchemas } from '../../api/client';
import { FactRows } from '../../ui/FactRows';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatDate } from '../../ui/format';
import './publicationI18n';

type Check = MonevSchemas['Check'];

/**
 * SEC4: the profile's deadline for systems that ran before the regulation (only Samarinda's sets one, SM p36), how it
 * stands today, what the evaluation service's own records show still falls short (shortfalls first) and what it
 * cannot see. In a region without the rule the screen says so.
 */
export default function CompliancePage() {
  const { t } = useTranslation('monevPublication');
  const view = useQuery({
    queryKey: ['monev', 'compliance'],
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/compliance')),
  });

  return (
    <Stack>
      <PageHeader title={t('compliance.title')} subtitle={t('compliance.subtitle')} />
      {view.isPending ? (
        <Loading />
      ) : view.error ? (
        <ProblemAlert error={view.error} />
      ) : !view.data.applies ? (
        <Alert color="gray" title={t('compliance.notApplicable')}>
          <Text size="sm">{view.data.message}</Text>
          {view.data.regulation && (
            <Text size="sm" c="dimmed">
              {t('compliance.regulation')}: {view.data.regulation}
            </Text>
          )}
        </Alert>
      ) : (
        <>
          <Card withBorder padding="md">
            <Stack gap="sm">
              <FactRows
                rows={[
                  [t('compliance.regulation'), view.data.regulation ?? '—'],
                  [t('compliance.deadline'), formatDate(view.data.deadline)],
                  [
                    t('compliance.status'),
                    <Badge key="status" color={view.data.deadlinePassed ? 'red' : 'blue'} variant="light" tt="none">
                      {view.data.deadlinePassed
                        ? t('compliance.passed', { days: view.data.daysFromDeadline })
                        : t('compliance.remaining', { days: -(view.data.daysFromDeadline ?? 0) })}
                    </Badge>,
                  ],
                  [t('compliance.today'), formatDate(view.data.today)],
                  [t('compliance.shortfalls'), String(view.data.checks.filter((c) => c.status === 'SHORT').length)],
                ]}
              />
              <Text size="sm" role="status">
                {view.data.message}
              </Text>
            </Stack>
          </Card>
          <Checks checks={view.data.checks} />
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="xs">
              {t('compliance.notVisibleTitle')}
            </Title>
            <List size="sm">
              {view.data.notVisible.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Card>
        </>
      )}
    </Stack>
  );
}

function Checks({ checks }: { checks: Check[] }) {
  const { t } = useTranslation('monevPublication');
  if (checks.length === 0) return <Text c="dimmed">{t('compliance.noChecks')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Caption>{t('compliance.checksCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compliance.columns.status')}</Table.Th>
            <Table.Th>{t('compliance.columns.area')}</Table.Th>
            <Table.Th>{t('compliance.columns.subject')}</Table.Th>
            <Table.Th>{t('compliance.columns.basis')}</Table.Th>
            <Table.Th>{t('compliance.columns.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((check, i) => (
            <Table.Tr key={`${check.area}-${check.reference ?? ''}-${i}`}>
              <Table.Td>
                <Badge color={check.status === 'SHORT' ? 'red' : 'teal'} variant="light" tt="none">
                  {t(`compliance.statusValue.${check.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{t(`compliance.area.${check.area}`, { defaultValue: check.area })}</Table.Td>
              <Table.Td>{check.subject}</Table.Td>
              <Table.Td>
                {check.basis} ({check.obligation})
              </Table.Td>
              <Table.Td>{check.detail}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
