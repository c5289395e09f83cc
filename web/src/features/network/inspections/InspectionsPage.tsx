import { Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { network, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { downloadFile } from '../../../ui/downloadFile';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { formatDate } from '../../../ui/format';
import { isDinas, isRegionWide } from '../access';
import { useLanOptions } from '../changes/useLanOptions';
import { todayIso } from '../i18n';

const PAGE_SIZE = 20;

/** LAN inspections (N5), newest first; Dinas records one for any OPD. OPD users see their own OPD's. */
export default function InspectionsPage() {
  const { t } = useTranslation('network');
  const caller = useCaller();
  const [openOnly, setOpenOnly] = useState(false);
  const [page, setPage] = useState(0);
  const inspections = useQuery({
    queryKey: ['network-inspections', openOnly, page],
    queryFn: async () =>
      must(
        await network.GET('/api/v1/inspections', {
          params: { query: { openFindings: openOnly || undefined, page, size: PAGE_SIZE, sort: ['inspectedOn,desc'] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  // one row per finding, with the list's filter, for the follow-up sheet (N5)
  const csv = useMutation({
    mutationFn: () => downloadFile(`/api/v1/inspections/export.csv${openOnly ? '?openFindings=true' : ''}`, 'inspeksi-jaringan.csv'),
  });
  return (
    <Stack>
      <PageHeader title={t('inspections.title')} subtitle={t('inspections.subtitle')} />
      {isDinas(caller) && <RecordInspectionForm regionWide={isRegionWide(caller)} />}
      <Group align="center" wrap="wrap">
        <Checkbox
          label={t('inspections.openOnly')}
          checked={openOnly}
          onChange={(e) => {
            setOpenOnly(e.currentTarget.checked);
            setPage(0);
          }}
        />
        <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending} onClick={() => csv.mutate()}>
          {t('inspections.csv')}
        </Button>
      </Group>
      <ProblemAlert error={csv.error} />
      <ProblemAlert error={inspections.error} />
      {inspections.isPending ? (
        <Loading />
      ) : inspections.data && inspections.data.items.length === 0 ? (
        <Text role="status">{t('inspections.empty')}</Text>
      ) : inspections.data ? (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('inspections.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['inspectedOn', 'opd', 'summary', 'findings', 'inspector'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(`inspections.columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {inspections.data.items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/jaringan/inspeksi/${encodeURIComponent(i.id)}`}>
                        {formatDate(i.inspectedOn)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{i.opd}</Table.Td>
                    <Table.Td>{i.summary}</Table.Td>
                    <Table.Td>
                      <Badge color={i.openFindings ? 'orange' : 'gray'} variant="light">
                        {t('inspections.findingsCount', {
                          open: i.findings.filter((f) => f.status === 'OPEN').length,
                          total: i.findings.length,
                        })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{i.inspector}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={inspections.data}
            onChange={setPage}
            label={t('inspections.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}

function RecordInspectionForm({ regionWide }: { regionWide: boolean }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const options = useLanOptions(regionWide);
  const [opd, setOpd] = useState('');
  const [inspectedOn, setInspectedOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: async () => must(await network.POST('/api/v1/inspections', { body: { opd, inspectedOn, summary: summary.trim() } })),
    onSuccess: async (inspection) => {
      await client.invalidateQueries({ queryKey: ['network-inspections'] });
      navigate(`/jaringan/inspeksi/${encodeURIComponent(inspection.id)}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const miss = { opd: !opd, inspectedOn: !inspectedOn, summary: !summary.trim() };
    setMissing(miss);
    if (!Object.values(miss).some(Boolean)) save.mutate();
  };
  const err = (f: string) => (missing[f] ? tc('field.required') : fieldError(save.error, f));
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('inspections.record')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('inspections.opd')}
              required
              data={[{ value: '', label: '—' }, ...(options.data ?? []).map((o) => ({ value: o.opd, label: `${o.opd} · ${o.opdName}` }))]}
              value={opd}
              onChange={(e) => setOpd(e.currentTarget.value)}
              error={err('opd')}
            />
            <TextInput
              type="date"
              label={t('inspections.inspectedOn')}
              required
              value={inspectedOn}
              max={todayIso()}
              onChange={(e) => setInspectedOn(e.currentTarget.value)}
              error={err('inspectedOn')}
            />
          </SimpleGrid>
          <Textarea
            label={t('inspections.summary')}
            required
            autosize
            minRows={2}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={err('summary')}
          />
          <ProblemAlert error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('inspections.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
