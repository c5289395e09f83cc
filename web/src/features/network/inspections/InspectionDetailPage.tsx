import { Badge, Button, Card, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { FormButtons } from '../../../ui/FormButtons';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { HistorySection } from '../components/HistoryPanel';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { TableSection } from '../../../ui/TableSection';
import { formatDate } from '../../../ui/format';
import { isDinas } from '../access';
import { ifMatch, todayIso } from '../i18n';

type Inspection = NetworkSchemas['InspectionResponse'];
type Severity = NetworkSchemas['FindingRequest']['severity'];
const SEVERITIES: Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const SEVERITY_COLOR: Record<Severity, string> = { LOW: 'gray', MEDIUM: 'yellow', HIGH: 'orange', CRITICAL: 'red' };

/** One LAN inspection (N5): its findings with severity and due date; Dinas adds findings and resolves them. */
export default function InspectionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('network');
  const caller = useCaller();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [resolving, setResolving] = useState<string>();
  const inspection = useQuery({
    queryKey: ['network-inspection', id],
    queryFn: async () => must(await network.GET('/api/v1/inspections/{id}', { params: { path: { id } } })),
  });
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: ['network-inspection', id] }), client.invalidateQueries({ queryKey: ['network-inspections'] })]);
  if (inspection.isPending) return <Loading />;
  if (!inspection.data)
    return (
      <Stack>
        <PageHeader title={t('inspections.title')} />
        <ProblemAlert error={inspection.error} onReload={() => void inspection.refetch()} />
      </Stack>
    );
  const data = inspection.data;
  const dinas = isDinas(caller);
  const today = todayIso();
  return (
    <Stack>
      <PageHeader
        title={t('inspection.title', { opd: data.opd })}
        subtitle={t('inspection.subtitle', { date: formatDate(data.inspectedOn), revision: data.lanRevision })}
        actions={
          <>
            <Button component={Link} to="/jaringan/inspeksi" variant="default">
              {t('inspection.back')}
            </Button>
            {dinas && <Button onClick={() => setAdding(true)}>{t('inspection.addFinding')}</Button>}
          </>
        }
      />
      <Card withBorder padding="md">
        <Text size="sm">{data.summary}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          {data.inspector}
        </Text>
      </Card>
      <TableSection
        title={t('inspection.findingsTitle')}
        caption={t('inspection.findingsCaption')}
        columns={(['title', 'severity', 'dueDate', 'status', 'actions'] as const).map((c) => t(`inspection.columns.${c}`))}
        minWidth={680}
        empty={data.findings.length === 0 ? t('inspection.noFindings') : undefined}
      >
        {data.findings.map((f) => {
          const overdue = f.status === 'OPEN' && f.dueDate < today;
          return (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {f.title}
                </Text>
                {f.description && <Text size="xs">{f.description}</Text>}
                {f.resolution && (
                  <Text size="xs" c="dimmed">
                    {f.resolution}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={SEVERITY_COLOR[f.severity]} variant="light">
                  {t(`severity.${f.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {formatDate(f.dueDate)}
                {overdue && (
                  <Badge ml={4} color="red" variant="filled" size="sm">
                    {t('inspection.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`findingStatus.${f.status}`)}</Table.Td>
              <Table.Td>
                {dinas && f.status === 'OPEN' && (
                  <Button size="xs" variant="light" onClick={() => setResolving(f.id)} aria-label={`${t('inspection.resolve')}: ${f.title}`}>
                    {t('inspection.resolve')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </TableSection>
      {adding && <FindingModal inspection={data} onClose={() => setAdding(false)} refresh={refresh} />}
      {resolving && (
        <ReasonStepModal
          title={t('inspection.resolveTitle')}
          explanation={t('inspection.resolveExplain')}
          reasonLabel={t('inspection.resolution')}
          needsReason
          confirmLabel={t('inspection.resolve')}
          confirmColor="green"
          send={async (resolution) =>
            must(
              await network.POST('/api/v1/inspections/{id}/findings/{findingId}/resolve', {
                params: { path: { id, findingId: resolving }, header: { 'If-Match': ifMatch(data.version) } },
                body: { resolution },
              }),
            )
          }
          refresh={refresh}
          onClose={() => setResolving(undefined)}
          onDone={() => setResolving(undefined)}
        />
      )}
      <HistorySection
        queryKey={['network-inspection', id]}
        load={async () => must(await network.GET('/api/v1/inspections/{id}/history', { params: { path: { id } } }))}
      />
    </Stack>
  );
}

function FindingModal({ inspection, onClose, refresh }: { inspection: Inspection; onClose: () => void; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<Severity>('MEDIUM');
  const [dueDate, setDueDate] = useState('');
  const [deviceId, setDeviceId] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const lan = useQuery({
    queryKey: ['network-lan', inspection.opd],
    queryFn: async () => must(await network.GET('/api/v1/lans/{opd}', { params: { path: { opd: inspection.opd } } })),
  });
  const save = useMutation({
    mutationFn: async () =>
      must(
        await network.POST('/api/v1/inspections/{id}/findings', {
          params: { path: { id: inspection.id }, header: { 'If-Match': ifMatch(inspection.version) } },
          body: { title: title.trim(), description: description.trim() || undefined, severity, dueDate, deviceId: deviceId || undefined },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const miss = { title: !title.trim(), dueDate: !dueDate };
    setMissing(miss);
    if (!Object.values(miss).some(Boolean)) save.mutate();
  };
  const err = (f: string) => (missing[f] ? tc('field.required') : fieldError(save.error, f));
  return (
    <Modal opened onClose={onClose} title={t('inspection.addFinding')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('inspection.findingTitle')} required value={title} maxLength={200} onChange={(e) => setTitle(e.currentTarget.value)} error={err('title')} />
          <Textarea label={t('inspection.description')} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={err('description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('inspection.severity')}
              required
              data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
              value={severity}
              onChange={(e) => setSeverity(e.currentTarget.value as Severity)}
              error={err('severity')}
            />
            <TextInput
              type="date"
              label={t('inspection.dueDate')}
              required
              value={dueDate}
              min={inspection.inspectedOn}
              onChange={(e) => setDueDate(e.currentTarget.value)}
              error={err('dueDate')}
            />
            <NativeSelect
              label={t('inspection.device')}
              data={[{ value: '', label: t('inspection.noDevice') }, ...(lan.data?.devices ?? []).map((d) => ({ value: d.id, label: d.name }))]}
              value={deviceId}
              onChange={(e) => setDeviceId(e.currentTarget.value)}
              error={err('deviceId')}
            />
          </SimpleGrid>
          <ProblemAlert
            error={save.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <Group justify="flex-end">
            <FormButtons pending={save.isPending} onCancel={onClose} />
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
