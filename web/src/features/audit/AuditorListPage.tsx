import { Anchor, Badge, Button, Checkbox, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, must, type AuditSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { FormButtons } from '../../ui/FormButtons';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { QueryList } from '../../ui/QueryList';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { blankToUndefined, dayIso, daysUntil, ifMatch, isDinas, OPD_PATTERN, useOpdOptions, withEtag, type Auditor } from './shared';
import './i18n';

type AuditorType = Auditor['type'];
type AuditorRequest = AuditSchemas['AuditorRequest'];
const TYPES: AuditorType[] = ['INTERNAL', 'EXTERNAL_AUDITOR', 'EXTERNAL_BODY'];
const PAGE_SIZE = 20;

/** An auditor's certificate, with "Kedaluwarsa" / "Segera berakhir" in words (not colour alone). */
export function CertificateExpiry({ expiresOn }: { expiresOn: string }) {
  const { t } = useTranslation('audit');
  const days = daysUntil(expiresOn);
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={days < 0 ? 700 : undefined}>
        {formatDate(expiresOn)}
      </Text>
      {days < 0 ? (
        <Badge color="red" variant="filled" size="sm">
          {t('auditors.expired')}
        </Badge>
      ) : days <= 90 ? (
        <Badge color="yellow" variant="light" size="sm">
          {t('auditors.expiresSoon')}
        </Badge>
      ) : null}
    </Group>
  );
}

/**
 * /audit/auditor — the auditor register (AU3): the internal team with the decree that appointed it, external auditors
 * and bodies with certificate or accreditation number, issuer and expiry. Dinas registers and edits (If-Match).
 */
export default function AuditorListPage() {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [type, setType] = useState<AuditorType | undefined>();
  const [active, setActive] = useState<string>('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const [done, setDone] = useState('');
  const list = useQuery({
    queryKey: ['auditors', 'list', type, active, page],
    queryFn: async () =>
      must(
        await audit.GET('/api/v1/auditors', {
          params: { query: { type, active: active === '' ? undefined : active === 'true', page, size: PAGE_SIZE, sort: ['name'] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const dinas = isDinas(caller);

  return (
    <Stack>
      <PageHeader
        title={t('auditors.title')}
        subtitle={t('auditors.subtitle')}
        actions={
          dinas && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setDone(''); setEditing({}); }}>
              {t('auditors.register')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" component="section" aria-label={t('auditors.type')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('auditors.type')}
            placeholder={t('common.all')}
            data={TYPES.map((v) => ({ value: v, label: t(`auditorType.${v}`) }))}
            value={type ?? null}
            onChange={(v) => {
              setType((v as AuditorType) ?? undefined);
              setPage(0);
            }}
            clearable
          />
          <Select
            label={t('auditors.activeFilter')}
            placeholder={t('common.all')}
            data={[
              { value: 'true', label: t('auditors.activeOnly') },
              { value: 'false', label: t('auditors.inactiveOnly') },
            ]}
            value={active || null}
            onChange={(v) => {
              setActive(v ?? '');
              setPage(0);
            }}
            clearable
          />
        </SimpleGrid>
      </Paper>
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <QueryList query={list} empty={t('auditors.empty')}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('auditors.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('auditors.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('auditors.columns.type')}</Table.Th>
                    <Table.Th scope="col">{t('auditors.columns.homeOpd')}</Table.Th>
                    <Table.Th scope="col">{t('auditors.columns.basis')}</Table.Th>
                    <Table.Th scope="col">{t('auditors.columns.expiry')}</Table.Th>
                    <Table.Th scope="col">{t('auditors.columns.active')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        {dinas ? (
                          <Anchor component="button" type="button" ta="left" onClick={() => { setDone(''); setEditing({ id: a.id }); }}>
                            {a.name}
                          </Anchor>
                        ) : (
                          a.name
                        )}
                        {a.username && (
                          <Text size="xs" c="dimmed">
                            {a.username}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`auditorType.${a.type}`)}</Table.Td>
                      <Table.Td>{a.homeOpd ?? '—'}</Table.Td>
                      <Table.Td>
                        {a.decree && <Text size="sm">{t('auditors.decree', { number: a.decree.number, date: formatDate(a.decree.date) })}</Text>}
                        {a.certificate && <Text size="sm">{t('auditors.certificate', { number: a.certificate.number, issuer: a.certificate.issuer })}</Text>}
                        {!a.decree && !a.certificate && '—'}
                      </Table.Td>
                      <Table.Td>{a.certificate ? <CertificateExpiry expiresOn={a.certificate.expiresOn} /> : '—'}</Table.Td>
                      <Table.Td>{a.active ? t('common.yes') : t('common.no')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls {...data} onChange={setPage} label={t('auditors.pages')} />
          </>
        )}
      </QueryList>
      {editing && (
        <AuditorModal
          id={editing.id}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            setDone(t('auditors.done'));
          }}
        />
      )}
    </Stack>
  );
}

interface Values {
  type: AuditorType;
  name: string;
  username: string;
  homeOpd: string;
  decreeNumber: string;
  decreeDate: string;
  decreeDocumentId: string;
  certificateNumber: string;
  certificateIssuer: string;
  certificateExpiresOn: string;
  active: boolean;
}

const EMPTY: Values = {
  type: 'INTERNAL',
  name: '',
  username: '',
  homeOpd: '',
  decreeNumber: '',
  decreeDate: '',
  decreeDocumentId: '',
  certificateNumber: '',
  certificateIssuer: '',
  certificateExpiresOn: '',
  active: true,
};

function valuesOf(a: Auditor): Values {
  return {
    type: a.type,
    name: a.name,
    username: a.username ?? '',
    homeOpd: a.homeOpd ?? '',
    decreeNumber: a.decree?.number ?? '',
    decreeDate: a.decree?.date ?? '',
    decreeDocumentId: a.decree?.documentId ?? '',
    certificateNumber: a.certificate?.number ?? '',
    certificateIssuer: a.certificate?.issuer ?? '',
    certificateExpiresOn: a.certificate?.expiresOn ?? '',
    active: a.active,
  };
}

/** AuditorRequest from the form: a decree only for the internal team, a certificate when any of its fields is given. */
export function auditorRequest(v: Values): AuditorRequest {
  const request: AuditorRequest = { type: v.type, name: v.name.trim(), active: v.active };
  if (v.username.trim()) request.username = v.username.trim();
  if (v.homeOpd) request.homeOpd = v.homeOpd;
  if (v.type === 'INTERNAL')
    request.decree = { number: v.decreeNumber.trim(), date: v.decreeDate, documentId: blankToUndefined(v.decreeDocumentId) };
  if (v.type !== 'INTERNAL' || v.certificateNumber.trim() || v.certificateIssuer.trim() || v.certificateExpiresOn)
    request.certificate = { number: v.certificateNumber.trim(), issuer: v.certificateIssuer.trim(), expiresOn: v.certificateExpiresOn };
  return request;
}

function AuditorModal({ id, onClose, onDone }: { id?: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const opds = useOpdOptions();
  const current = useQuery({
    queryKey: ['auditors', 'one', id],
    enabled: !!id,
    queryFn: async () => withEtag(await audit.GET('/api/v1/auditors/{id}', { params: { path: { id: id! } } })),
  });
  const [values, setValues] = useState<Values | null>(id ? null : EMPTY);
  if (id && !values && current.data) setValues(valuesOf(current.data.data));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...(v ?? EMPTY), [key]: value }));

  const save = useMutation({
    mutationFn: async () => {
      const body = auditorRequest(values!);
      if (id)
        return must(await audit.PUT('/api/v1/auditors/{id}', { params: { path: { id }, header: ifMatch(current.data?.etag) }, body }));
      return must(await audit.POST('/api/v1/auditors', { body }));
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['auditors'] });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    const required = tc('field.required');
    const blank: Record<string, string> = {};
    if (!values.name.trim()) blank.name = required;
    if (values.type === 'INTERNAL') {
      if (!values.homeOpd) blank.homeOpd = required;
      if (!values.decreeNumber.trim()) blank['decree.number'] = required;
      if (!values.decreeDate) blank['decree.date'] = required;
    }
    const body = auditorRequest(values);
    if (body.certificate) {
      if (!values.certificateNumber.trim()) blank['certificate.number'] = required;
      if (!values.certificateIssuer.trim()) blank['certificate.issuer'] = required;
      if (!values.certificateExpiresOn) blank['certificate.expiresOn'] = required;
    }
    if (values.homeOpd && !OPD_PATTERN.test(values.homeOpd)) blank.homeOpd = required;
    setMissing(blank);
    if (Object.keys(blank).length === 0) save.mutate();
  }
  const err = (field: string) => missing[field] ?? fieldError(save.error, field);

  return (
    <Modal opened onClose={onClose} title={id ? t('auditors.editTitle') : t('auditors.registerTitle')} size="lg">
      {id && current.isPending ? (
        <Loading />
      ) : id && current.error ? (
        <ProblemAlert error={current.error} onReload={() => void current.refetch()} />
      ) : values ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('auditors.fields.type')}
                required
                allowDeselect={false}
                data={TYPES.map((v) => ({ value: v, label: t(`auditorType.${v}`) }))}
                value={values.type}
                onChange={(v) => set('type', (v as AuditorType) ?? 'INTERNAL')}
                error={err('type')}
              />
              <TextInput label={t('auditors.fields.name')} required maxLength={200} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={err('name')} />
              <TextInput label={t('auditors.fields.username')} maxLength={100} value={values.username} onChange={(e) => set('username', e.currentTarget.value)} error={err('username')} />
              <Select
                label={t('auditors.fields.homeOpd')}
                required={values.type === 'INTERNAL'}
                searchable
                clearable
                data={opds.data ?? (values.homeOpd ? [values.homeOpd] : [])}
                value={values.homeOpd || null}
                onChange={(v) => set('homeOpd', v ?? '')}
                error={err('homeOpd')}
                nothingFoundMessage="—"
              />
            </SimpleGrid>
            {values.type === 'INTERNAL' && (
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('auditors.fields.decreeNumber')} required maxLength={100} value={values.decreeNumber} onChange={(e) => set('decreeNumber', e.currentTarget.value)} error={err('decree.number')} />
                <TextInput type="date" label={t('auditors.fields.decreeDate')} required max={dayIso(0)} value={values.decreeDate} onChange={(e) => set('decreeDate', e.currentTarget.value)} error={err('decree.date')} />
                <TextInput label={t('auditors.fields.decreeDocumentId')} maxLength={100} value={values.decreeDocumentId} onChange={(e) => set('decreeDocumentId', e.currentTarget.value)} error={err('decree.documentId')} />
              </SimpleGrid>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('auditors.fields.certificateNumber')} required={values.type !== 'INTERNAL'} maxLength={100} value={values.certificateNumber} onChange={(e) => set('certificateNumber', e.currentTarget.value)} error={err('certificate.number')} />
              <TextInput label={t('auditors.fields.certificateIssuer')} required={values.type !== 'INTERNAL'} maxLength={200} value={values.certificateIssuer} onChange={(e) => set('certificateIssuer', e.currentTarget.value)} error={err('certificate.issuer')} />
              <TextInput type="date" label={t('auditors.fields.certificateExpiresOn')} required={values.type !== 'INTERNAL'} value={values.certificateExpiresOn} onChange={(e) => set('certificateExpiresOn', e.currentTarget.value)} error={err('certificate.expiresOn')} />
            </SimpleGrid>
            <Checkbox label={t('auditors.fields.active')} checked={values.active} onChange={(e) => set('active', e.currentTarget.checked)} />
            <ProblemAlert error={save.error} onReload={() => { void client.invalidateQueries({ queryKey: ['auditors'] }); onClose(); }} />
            <FormButtons pending={save.isPending} onCancel={onClose} />
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
