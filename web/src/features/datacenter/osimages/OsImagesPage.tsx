import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDate } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { useListParams } from '../../../ui/useListParams';
import { reloadOnStale, seen } from '../shared';
import './i18n';

type OsImage = DatacenterSchemas['OsImageResponse'];
type Family = OsImage['family'];
type Status = OsImage['status'];
const FAMILIES: Family[] = ['LINUX', 'WINDOWS', 'BSD', 'OTHER'];
const STATUSES: Status[] = ['ACTIVE', 'RETIRED'];
const KEY = ['datacenter', 'os-images'] as const;
const SIZE = 50;

/**
 * The OS image catalogue (D4, /api/v1/os-images): every signed-in role reads it; Dinas adds images and retires them
 * (never deletes — a running VPS keeps naming its image). The VPS request form offers the active ones.
 */
export default function OsImagesPage() {
  const { t } = useTranslation('datacenterOsImages');
  const caller = useCaller();
  const client = useQueryClient();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [params, update] = useListParams();
  const status = (STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as Status) : undefined;
  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);
  const [adding, setAdding] = useState(false);
  const [retiring, setRetiring] = useState<OsImage | null>(null);
  const [done, setDone] = useState<string>();

  const list = useQuery({
    queryKey: [...KEY, status, page],
    queryFn: async () =>
      must(await datacenter.GET('/api/v1/os-images', { params: { query: { status, page, size: SIZE, sort: ['family,asc', 'name,asc', 'code,asc'] } } })),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: KEY });

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          isDinas && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('add')}
            </Button>
          )
        }
      />
      <Select
        label={t('filterStatus')}
        data={[{ value: '', label: t('all') }, ...STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
        value={status ?? ''}
        onChange={(v) => update({ status: v || undefined })}
        allowDeselect={false}
        maw={220}
      />
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ProblemAlert error={list.error} onReload={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {status ? t('empty') : t('emptyAll')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" aria-busy={list.isFetching}>
              <Table.Caption>{t('caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['code', 'name', 'family', 'endOfSupport', 'status', 'actions'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(c)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((image) => (
                  <Table.Tr key={image.code}>
                    <Table.Th scope="row">
                      <Text ff="monospace" size="sm">
                        {image.code}
                      </Text>
                    </Table.Th>
                    <Table.Td>{`${image.name} ${image.version}`}</Table.Td>
                    <Table.Td>{t(`families.${image.family}`)}</Table.Td>
                    <Table.Td>
                      {image.endOfSupport ? formatDate(image.endOfSupport) : t('noEndOfSupport')}
                      {image.supportEnded && (
                        <Badge ml="xs" color="orange" variant="light">
                          {t('supportEnded')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={image.status === 'ACTIVE' ? 'teal' : 'gray'} variant="light">
                        {t(`statuses.${image.status}`)}
                      </Badge>
                      {image.retireReason && (
                        <Text size="xs" c="dimmed">
                          {image.retireReason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {isDinas && image.status === 'ACTIVE' ? (
                        <Button size="xs" variant="light" color="orange" onClick={() => setRetiring(image)} aria-label={t('retireFor', { name: `${image.name} ${image.version}` })}>
                          {t('retire')}
                        </Button>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end">
            <PageControls pageOf={list.data} onChange={(p) => update({ page: p > 0 ? String(p + 1) : undefined }, true)} label={t('pagination')} />
          </Group>
        </Stack>
      )}
      {adding && (
        <AddImageModal
          onClose={() => setAdding(false)}
          onDone={async () => {
            setAdding(false);
            await refresh();
            setDone(t('saved'));
          }}
        />
      )}
      {retiring && (
        <ReasonStepModal
          title={t('retireFor', { name: `${retiring.name} ${retiring.version}` })}
          explanation={t('retireExplain')}
          reasonLabel={t('reason')}
          needsReason
          confirmLabel={t('retire')}
          confirmColor="orange"
          send={(reason) =>
            // If-Match with the revision the row showed: a change made meanwhile answers 412 and reloads the list.
            reloadOnStale(
              async () =>
                must(
                  await datacenter.POST('/api/v1/os-images/{code}/retire', {
                    params: { path: { code: retiring.code }, header: seen(retiring.revision) },
                    body: { reason },
                  }),
                ),
              refresh,
            )
          }
          refresh={refresh}
          onClose={() => setRetiring(null)}
          onDone={() => {
            setRetiring(null);
            setDone(t('saved'));
          }}
        />
      )}
    </Stack>
  );
}

function AddImageModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('datacenterOsImages');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  const [family, setFamily] = useState<Family>('LINUX');
  const [endOfSupport, setEndOfSupport] = useState('');
  const [checked, setChecked] = useState(false);
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await datacenter.POST('/api/v1/os-images', {
          body: { code: code.trim(), name: name.trim(), version: version.trim(), family, ...(endOfSupport ? { endOfSupport } : {}) },
        }),
      ),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (code.trim() && name.trim() && version.trim()) mutation.mutate();
  };
  const required = (value: string, field: string) => (checked && !value.trim() ? t('required') : fieldError(mutation.error, field));
  return (
    <Modal opened onClose={onClose} title={t('addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('code')} description={t('codeHint')} required maxLength={40} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={required(code, 'code')} />
          <TextInput label={t('name')} required maxLength={100} value={name} onChange={(e) => setName(e.currentTarget.value)} error={required(name, 'name')} />
          <TextInput label={t('version')} required maxLength={40} value={version} onChange={(e) => setVersion(e.currentTarget.value)} error={required(version, 'version')} />
          <Select
            label={t('family')}
            required
            allowDeselect={false}
            data={FAMILIES.map((f) => ({ value: f, label: t(`families.${f}`) }))}
            value={family}
            onChange={(f) => setFamily((f ?? 'LINUX') as Family)}
            error={fieldError(mutation.error, 'family')}
          />
          <TextInput type="date" label={t('endOfSupport')} description={t('endOfSupportHint')} value={endOfSupport} onChange={(e) => setEndOfSupport(e.currentTarget.value)} error={fieldError(mutation.error, 'endOfSupport')} />
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
