import { Alert, Anchor, Button, Group, Modal, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { monev, must, type MonevSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { FormButtons } from '../../ui/FormButtons';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { useOpdOptions } from '../applications/useOpdOptions';
import { FrameworkStatusBadge, PredicateBadge, StageBadge } from './badges';
import { formatIndex, UNITS, type Unit } from './queries';
import { PublishedBadge } from './SignOffPanel';
import './i18n';

const PAGE_SIZE = 20;

/** The yearly evaluations (M1): stage, progress, the final index and predicate; Dinas opens this year's. */
export default function EvaluationListPage() {
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | undefined>();
  const [page, setPage] = useState(0);
  const [opening, setOpening] = useState(false);

  const list = useQuery({
    queryKey: ['evaluations', year, page],
    queryFn: async () =>
      must(await monev.GET('/api/v1/evaluations', { params: { query: { year, page, size: PAGE_SIZE, sort: ['year,desc'] } } })),
    placeholderData: keepPreviousData,
  });
  const years = Array.from({ length: thisYear - 2018 + 2 }, (_, i) => String(thisYear + 1 - i));

  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          hasAnyRole(caller, Role.DINAS_ADMIN) ? <Button onClick={() => setOpening(true)}>{t('list.open')}</Button> : undefined
        }
      />
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('list.year')}
          data={[{ value: '', label: t('list.allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
          value={year ? String(year) : ''}
          onChange={(e) => {
            setYear(e.currentTarget.value ? Number(e.currentTarget.value) : undefined);
            setPage(0);
          }}
          w={160}
        />
      </Group>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Text role="status">{year ? t('list.emptyYear', { year }) : t('list.empty')}</Text>
      ) : list.data ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('list.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('list.columns.year')}</Table.Th>
                  <Table.Th scope="col">{t('list.columns.framework')}</Table.Th>
                  <Table.Th scope="col">{t('list.columns.stage')}</Table.Th>
                  <Table.Th scope="col">{t('list.columns.progress')}</Table.Th>
                  <Table.Th scope="col">{t('list.columns.index')}</Table.Th>
                  <Table.Th scope="col">{t('list.columns.predicate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/evaluasi/${encodeURIComponent(e.id)}`} fw={600}>
                        {e.year}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        <Text size="sm">{e.frameworkName}</Text>
                        <FrameworkStatusBadge status={e.frameworkStatus} />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        <StageBadge stage={e.stage} />
                        {e.published && <PublishedBadge />}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t('list.progress', { assessed: e.assessed, total: e.indicators })}</Table.Td>
                    <Table.Td>
                      {e.finalIndex != null ? (
                        <Text fw={600} size="sm">
                          {formatIndex(e.finalIndex)}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('list.notFinal')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <PredicateBadge predicate={e.finalPredicate} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={list.data}
            onChange={setPage}
            label={t('list.pages')}
          />
        </>
      ) : null}
      {opening && <OpenEvaluationModal defaultYear={thisYear} onClose={() => setOpening(false)} />}
    </Stack>
  );
}

type Framework = MonevSchemas['FrameworkSummary'];

/** Dinas opens a year's evaluation under a framework, naming the OPD of each assessing unit (M1, M3). */
function OpenEvaluationModal({ defaultYear, onClose }: { defaultYear: number; onClose: () => void }) {
  const { t } = useTranslation('monev');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [year, setYear] = useState(String(defaultYear));
  const [frameworkId, setFrameworkId] = useState<string>();
  const [units, setUnits] = useState<Partial<Record<Unit, string>>>({});
  const opds = useOpdOptions();
  const frameworks = useQuery({
    queryKey: ['frameworks'],
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/frameworks', { params: { query: { size: 100 } } })).items,
  });
  const chosenId = frameworkId ?? frameworks.data?.find((f) => f.status === 'OFFICIAL')?.id ?? frameworks.data?.[0]?.id ?? '';
  const chosen: Framework | undefined = frameworks.data?.find((f) => f.id === chosenId);

  const mutation = useMutation({
    mutationFn: async () => {
      const named = Object.fromEntries(Object.entries(units).filter(([, opd]) => !!opd)) as Record<string, string>;
      return must(
        await monev.POST('/api/v1/evaluations', {
          body: { year: Number(year), frameworkId: chosenId, units: Object.keys(named).length ? named : undefined },
        }),
      );
    },
    onSuccess: async (evaluation) => {
      await client.invalidateQueries({ queryKey: ['evaluations'] });
      onClose();
      void navigate(`/evaluasi/${encodeURIComponent(evaluation.id)}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const years = [defaultYear - 1, defaultYear, defaultYear + 1].map(String);
  const opdOptions = [{ value: '', label: '—' }, ...(opds.data ?? [])];

  return (
    <Modal opened onClose={onClose} title={t('open.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('open.explanation')}</Text>
          <NativeSelect label={t('open.year')} data={years} value={year} onChange={(e) => setYear(e.currentTarget.value)} error={fieldError(mutation.error, 'year')} required />
          <NativeSelect
            label={t('open.framework')}
            required
            data={(frameworks.data ?? []).map((f) => ({
              value: f.id,
              label: t('open.frameworkOption', { name: f.name, status: t(`frameworkStatus.${f.status}`) }),
            }))}
            value={chosenId}
            onChange={(e) => setFrameworkId(e.currentTarget.value)}
            error={fieldError(mutation.error, 'frameworkId')}
          />
          {chosen?.status === 'PROVISIONAL' && (
            <Alert color="orange" title={t('frameworkStatus.PROVISIONAL')}>
              {t('provisionalNote')}
            </Alert>
          )}
          {UNITS.map((unit) => (
            <NativeSelect
              key={unit}
              label={t('open.unitOpd', { unit: t(`unit.${unit}`) })}
              description={unit === 'DINAS' ? t('open.dinasDefault') : undefined}
              data={opdOptions}
              value={units[unit] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setUnits((u) => ({ ...u, [unit]: value }));
              }}
              error={fieldError(mutation.error, `units.${unit}`) ?? fieldError(mutation.error, `units[${unit}]`)}
            />
          ))}
          <ProblemAlert error={frameworks.error ?? opds.error} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('open.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
