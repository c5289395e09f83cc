import { Accordion, Alert, Button, FileInput, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gatewayFetch, monev, must, type MonevSchemas } from '../../api/client';
import { ApiProblem, type FieldProblem } from '../../api/problem';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { FormButtons } from '../../ui/FormButtons';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { FrameworkStatusBadge, PredicateBadge } from './badges';
import { formatIndex, useFramework } from './queries';
import './i18n';

const PAGE_SIZE = 20;
type Framework = MonevSchemas['FrameworkResponse'];

/**
 * Evaluation frameworks as versioned data (M1): the shipped 59/2020 (official) and Pemdi 2026 (provisional), and any
 * imported one; each opens to its domains, aspects, indicators with weights, and predicate table. Dinas and evaluators
 * import a new one from two CSV files; every problem comes back with its file and line.
 */
export default function FrameworksPage() {
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const [page, setPage] = useState(0);
  const [importing, setImporting] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['frameworks', 'page', page],
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/frameworks', { params: { query: { page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <PageHeader
        title={t('frameworks.title')}
        subtitle={t('frameworks.subtitle')}
        actions={
          hasAnyRole(caller, Role.DINAS_ADMIN, Role.EVALUATOR) ? <Button onClick={() => setImporting(true)}>{t('frameworks.import')}</Button> : undefined
        }
      />
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Text role="status">{t('frameworks.empty')}</Text>
      ) : list.data ? (
        <>
          <Accordion variant="separated" value={opened} onChange={setOpened}>
            {list.data.items.map((f) => (
              <Accordion.Item key={f.id} value={f.id}>
                <Accordion.Control>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{f.name}</Text>
                    <FrameworkStatusBadge status={f.status} />
                    <Text size="sm" c="dimmed">
                      {t('frameworks.counts', { domains: f.domains, aspects: f.aspects, indicators: f.indicators })}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    <Text size="sm">
                      {t('frameworks.regulation')}: {f.regulation} · <code>{f.id}</code>
                    </Text>
                    {f.status === 'PROVISIONAL' && <Alert color="orange">{t('provisionalNote')}</Alert>}
                    {opened === f.id && <FrameworkDetail id={f.id} />}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
          <PageControls
            pageOf={list.data}
            onChange={setPage}
            label={t('frameworks.pages')}
          />
        </>
      ) : null}
      {importing && <ImportModal onClose={() => setImporting(false)} onDone={(f) => { setImporting(false); setOpened(f.id); }} />}
    </Stack>
  );
}

function FrameworkDetail({ id }: { id: string }) {
  const { t } = useTranslation('monev');
  const framework = useFramework(id);
  if (framework.isPending) return <Loading />;
  if (framework.error) return <ProblemAlert error={framework.error} />;
  const f = framework.data;
  return (
    <Stack gap="sm">
      <Group gap="md" wrap="wrap" aria-label={t('index.predicates')} role="group">
        {f.predicates.map((p, i) => (
          <Group key={p.predicate} gap={6} wrap="nowrap">
            <PredicateBadge predicate={p.predicate} />
            <Text size="sm">
              {i === f.predicates.length - 1
                ? t('index.topBand', { min: formatIndex(p.minInclusive), max: formatIndex(p.maxExclusive) })
                : t('index.band', { min: formatIndex(p.minInclusive), max: formatIndex(p.maxExclusive) })}
            </Text>
          </Group>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={t('frameworks.structure', { name: f.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.columns.no')}</Table.Th>
              <Table.Th scope="col">{t('indicators.columns.indicator')}</Table.Th>
              <Table.Th scope="col">{t('frameworks.weight')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {f.domains.flatMap((d) => [
              <Table.Tr key={`d${d.no}`} bg="var(--mantine-color-gray-light)">
                <Table.Th scope="row" colSpan={2}>
                  {t('index.domainRow', { no: d.no, name: d.name })}
                </Table.Th>
                <Table.Td fw={600}>{formatIndex(d.weight)}</Table.Td>
              </Table.Tr>,
              ...d.aspects.flatMap((a) => [
                <Table.Tr key={`a${d.no}-${a.no}`}>
                  <Table.Th scope="row" colSpan={2} fw={500} pl="md">
                    {t('index.aspectRow', { no: a.no, name: a.name })}
                  </Table.Th>
                  <Table.Td fw={500}>{formatIndex(a.weight)}</Table.Td>
                </Table.Tr>,
                ...a.indicators.map((i) => (
                  <Table.Tr key={`i${i.no}`}>
                    <Table.Td pl="xl">{i.no}</Table.Td>
                    <Table.Td>{i.name}</Table.Td>
                    <Table.Td>{formatIndex(i.weight)}</Table.Td>
                  </Table.Tr>
                )),
              ]),
            ])}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

type ImportProblem = FieldProblem & { file?: string; line?: number };

/** Import from the two CSV files (multipart parts `indicators`, `predicates`; the rest as query parameters). */
function ImportModal({ onClose, onDone }: { onClose: () => void; onDone: (f: Framework) => void }) {
  const { t } = useTranslation('monev');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [regulation, setRegulation] = useState('');
  const [totalWeight, setTotalWeight] = useState<number | string>(100);
  const [decimals, setDecimals] = useState<number | string>(2);
  const [indicators, setIndicators] = useState<File | null>(null);
  const [predicates, setPredicates] = useState<File | null>(null);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: async () => {
      const query = new URLSearchParams({ id: id.trim(), name: name.trim(), regulation: regulation.trim(), totalWeight: String(totalWeight), decimals: String(decimals) });
      const body = new FormData();
      body.append('indicators', indicators!);
      body.append('predicates', predicates!);
      const response = await gatewayFetch(`/api/v1/evaluations/frameworks?${query}`, { method: 'POST', body });
      return (await response.json()) as Framework;
    },
    onSuccess: async (f) => {
      await client.invalidateQueries({ queryKey: ['frameworks'] });
      onDone(f);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const m = { id: !id.trim(), name: !name.trim(), regulation: !regulation.trim(), indicators: !indicators, predicates: !predicates };
    setMissing(m);
    if (!Object.values(m).some(Boolean)) mutation.mutate();
  };
  const lineErrors: ImportProblem[] =
    mutation.error instanceof ApiProblem && mutation.error.status === 400 ? (mutation.error.errors as ImportProblem[]).filter((e) => e.file || e.line) : [];
  const err = (field: string) => (missing[field] ? tc('field.required') : fieldError(mutation.error, field));
  return (
    <Modal opened onClose={onClose} title={t('frameworks.import')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('frameworks.importExplain')}</Text>
          <TextInput label={t('frameworks.id')} description={t('frameworks.idHint')} required value={id} onChange={(e) => setId(e.currentTarget.value)} error={err('id')} />
          <TextInput label={t('frameworks.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('name')} />
          <TextInput label={t('frameworks.regulation')} required value={regulation} onChange={(e) => setRegulation(e.currentTarget.value)} error={err('regulation')} />
          <Group grow wrap="wrap">
            <NumberInput label={t('frameworks.totalWeight')} min={1} value={totalWeight} onChange={setTotalWeight} error={fieldError(mutation.error, 'totalWeight')} />
            <NumberInput label={t('frameworks.decimals')} min={0} max={4} value={decimals} onChange={setDecimals} error={fieldError(mutation.error, 'decimals')} />
          </Group>
          <FileInput label={t('frameworks.indicatorsFile')} required accept=".csv,text/csv" leftSection={<IconFileTypeCsv size={16} aria-hidden />} value={indicators} onChange={setIndicators} error={err('indicators')} clearable />
          <FileInput label={t('frameworks.predicatesFile')} required accept=".csv,text/csv" leftSection={<IconFileTypeCsv size={16} aria-hidden />} value={predicates} onChange={setPredicates} error={err('predicates')} clearable />
          <ProblemAlert error={mutation.error} />
          {lineErrors.length > 0 && (
            <Table.ScrollContainer minWidth={480}>
              <Table striped aria-label={t('frameworks.errorsCaption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('frameworks.errorFile')}</Table.Th>
                    <Table.Th scope="col">{t('frameworks.errorLine')}</Table.Th>
                    <Table.Th scope="col">{t('frameworks.errorField')}</Table.Th>
                    <Table.Th scope="col">{t('frameworks.errorMessage')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lineErrors.map((e, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{e.file ?? '—'}</Table.Td>
                      <Table.Td>{e.line ?? '—'}</Table.Td>
                      <Table.Td>{e.field ?? '—'}</Table.Td>
                      <Table.Td>{e.message ?? e.detail}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('frameworks.importSubmit')} />
        </Stack>
      </form>
    </Modal>
  );
}
