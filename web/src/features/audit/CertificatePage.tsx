import { Alert, Anchor, Badge, Button, FileInput, Group, Modal, MultiSelect, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCertificate, IconFileUpload, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, gatewayFetch, must, type AuditSchemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { FormButtons } from '../../ui/FormButtons';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { QueryList } from '../../ui/QueryList';
import { PageHeader } from '../../ui/PageHeader';
import { expandSource, ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { OBLIGATIONS } from '../../i18n/obligations';
import { daysUntil, ifMatch, useOpdOptions, withEtag, type Certificate } from './shared';
import './i18n';

type CertStatus = Certificate['status'];
type KeyUsage = Certificate['keyUsage'][number];
type CertificateRequest = AuditSchemas['ElectronicCertificateRequest'];
const STATUSES: CertStatus[] = ['EXPIRED', 'EXPIRING_SOON', 'VALID'];
const KEY_USAGES: KeyUsage[] = [
  'DIGITAL_SIGNATURE',
  'NON_REPUDIATION',
  'KEY_ENCIPHERMENT',
  'DATA_ENCIPHERMENT',
  'KEY_AGREEMENT',
  'KEY_CERT_SIGN',
  'CRL_SIGN',
  'ENCIPHER_ONLY',
  'DECIPHER_ONLY',
];
const PAGE_SIZE = 20;
const MAX_FILE = 64 * 1024;
const STATUS_COLOR: Record<CertStatus, string> = { VALID: 'green', EXPIRING_SOON: 'yellow', EXPIRED: 'red' };

/** The media type CertificateController takes for a file, from its extension (the server reads PEM or DER either way). */
export function certificateMediaType(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (['p7b', 'p7c', 'p7s'].includes(ext)) return 'application/x-pkcs7-certificates';
  if (ext === 'p7m') return 'application/pkcs7-mime';
  if (ext === 'pem') return 'application/x-pem-file';
  if (['cer', 'crt', 'der'].includes(ext)) return 'application/pkix-cert';
  return 'application/octet-stream';
}

/** True when the answer is the region saying it does not monitor certificates (422 AU9 on every operation). */
function notMonitored(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 422 && error.obligation === 'AU9';
}

/**
 * /audit/sertifikat — the electronic-certificate register (AU9, where the profile monitors certificates): holder,
 * OPD, issuer, serial and validity, expired and expiring soon said in words; typed by hand or read from an X.509 /
 * PKCS#7 file. Dinas for every OPD, an operator for its own (the server scopes the list).
 */
export default function CertificatePage() {
  const { t } = useTranslation('audit');
  const caller = useCaller();
  const [status, setStatus] = useState<CertStatus | undefined>();
  const [opd, setOpd] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<{ kind: 'form'; id?: string } | { kind: 'import' } | null>(null);
  const [done, setDone] = useState('');
  const regionWide = hasAnyRole(caller, Role.DINAS_ADMIN, Role.COORDINATOR, Role.AUDITOR);
  const mayRegister = hasAnyRole(caller, Role.DINAS_ADMIN, Role.OPD_OPERATOR);
  const opds = useOpdOptions(regionWide);
  const list = useQuery({
    queryKey: ['certificates', 'list', status, opd, page],
    queryFn: async () =>
      must(await audit.GET('/api/v1/certificates', { params: { query: { status, opd, page, size: PAGE_SIZE, sort: ['notAfter'] } } })),
    placeholderData: keepPreviousData,
  });
  const off = notMonitored(list.error);

  return (
    <Stack>
      <PageHeader
        title={t('certificates.title')}
        subtitle={t('certificates.subtitle')}
        actions={
          mayRegister &&
          !off && (
            <>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setDone(''); setDialog({ kind: 'form' }); }}>
                {t('certificates.register')}
              </Button>
              <Button variant="default" leftSection={<IconFileUpload size={16} aria-hidden />} onClick={() => { setDone(''); setDialog({ kind: 'import' }); }}>
                {t('certificates.import')}
              </Button>
            </>
          )
        }
      />
      {off ? (
        <Alert color="gray" icon={<IconCertificate aria-hidden />} role="status" title={t('certificates.notMonitored')} data-problem-status={422}>
          <Text size="sm">{t('certificates.notMonitoredHint', { source: expandSource(OBLIGATIONS.AU9?.source ?? 'MT p21(8,9)') })}</Text>
          {list.error instanceof ApiProblem && list.error.detail && (
            <Text size="sm" lang="id" c="dimmed">
              {list.error.detail}
            </Text>
          )}
        </Alert>
      ) : (
        <>
          <Paper withBorder p="md" component="section" aria-label={t('engagements.filters')}>
            <SimpleGrid cols={{ base: 1, xs: regionWide ? 2 : 1 }} spacing="sm">
              <Select
                label={t('common.status')}
                placeholder={t('common.all')}
                data={STATUSES.map((s) => ({ value: s, label: t(`certStatus.${s}`) }))}
                value={status ?? null}
                onChange={(v) => {
                  setStatus((v as CertStatus) ?? undefined);
                  setPage(0);
                }}
                clearable
              />
              {regionWide && (
                <Select
                  label={t('common.opd')}
                  placeholder={t('common.all')}
                  data={opds.data ?? []}
                  value={opd ?? null}
                  onChange={(v) => {
                    setOpd(v ?? undefined);
                    setPage(0);
                  }}
                  searchable
                  clearable
                  nothingFoundMessage="—"
                />
              )}
            </SimpleGrid>
          </Paper>
          <Text size="sm" role="status" aria-live="polite" c="teal">
            {done}
          </Text>
          <QueryList query={list} empty={t('certificates.empty')}>
            {(data) => (
              <>
                <Table.ScrollContainer minWidth={860}>
                  <Table striped highlightOnHover>
                    <Table.Caption>{t('certificates.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('certificates.columns.holder')}</Table.Th>
                        <Table.Th scope="col">{t('certificates.columns.opd')}</Table.Th>
                        <Table.Th scope="col">{t('certificates.columns.issuer')}</Table.Th>
                        <Table.Th scope="col">{t('certificates.columns.serial')}</Table.Th>
                        <Table.Th scope="col">{t('certificates.columns.validity')}</Table.Th>
                        <Table.Th scope="col">{t('certificates.columns.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((c) => {
                        const days = daysUntil(c.notAfter);
                        return (
                          <Table.Tr key={c.id} data-status={c.status}>
                            <Table.Td>
                              {mayRegister ? (
                                <Anchor component="button" type="button" ta="left" onClick={() => { setDone(''); setDialog({ kind: 'form', id: c.id }); }}>
                                  {c.holder}
                                </Anchor>
                              ) : (
                                c.holder
                              )}
                              <Text size="xs" c="dimmed">
                                {t(`certSource.${c.source}`)}
                              </Text>
                            </Table.Td>
                            <Table.Td>{c.opdCode}</Table.Td>
                            <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.issuer}</Table.Td>
                            <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                              {c.serialNumber}
                            </Table.Td>
                            <Table.Td>{t('detail.period', { from: formatDate(c.notBefore), to: formatDate(c.notAfter) })}</Table.Td>
                            <Table.Td>
                              <Stack gap={2}>
                                <Badge color={STATUS_COLOR[c.status]} variant={c.status === 'VALID' ? 'light' : 'filled'}>
                                  {t(`certStatus.${c.status}`)}
                                </Badge>
                                {c.status === 'EXPIRING_SOON' && <Text size="xs">{t('certificates.daysLeft', { count: Math.max(0, days) })}</Text>}
                                {c.notYetValid && <Text size="xs">{t('certificates.notYetValid')}</Text>}
                              </Stack>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <PageControls {...data} onChange={setPage} label={t('certificates.pages')} />
              </>
            )}
          </QueryList>
        </>
      )}
      {dialog?.kind === 'form' && (
        <CertificateFormModal
          id={dialog.id}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setDone(t('certificates.done'));
          }}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportModal
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setDone(t('certificates.done'));
          }}
        />
      )}
    </Stack>
  );
}

/** The OPD field: a choice for Dinas, the operator's own OPD otherwise (registering for another OPD is a 403). */
function useOpdChoice() {
  const caller = useCaller();
  const dinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const opds = useOpdOptions(dinas);
  return { dinas, own: caller?.opd ?? '', options: dinas ? (opds.data ?? []) : caller?.opd ? [caller.opd] : [] };
}

interface Values {
  holder: string;
  opdCode: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  keyUsage: KeyUsage[];
}

/** A date field's day as the instant the API stores: the start of the first day, the end of the last. */
export function dayStart(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}
export function dayEnd(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}
function localDay(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function CertificateFormModal({ id, onClose, onDone }: { id?: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const opd = useOpdChoice();
  const current = useQuery({
    queryKey: ['certificates', 'one', id],
    enabled: !!id,
    queryFn: async () => withEtag(await audit.GET('/api/v1/certificates/{id}', { params: { path: { id: id! } } })),
  });
  const [values, setValues] = useState<Values | null>(
    id ? null : { holder: '', opdCode: opd.dinas ? '' : opd.own, issuer: '', serialNumber: '', notBefore: '', notAfter: '', keyUsage: ['DIGITAL_SIGNATURE', 'NON_REPUDIATION'] },
  );
  const loaded = current.data?.data;
  if (id && !values && loaded)
    setValues({
      holder: loaded.holder,
      opdCode: loaded.opdCode,
      issuer: loaded.issuer,
      serialNumber: loaded.serialNumber,
      notBefore: localDay(loaded.notBefore),
      notAfter: localDay(loaded.notAfter),
      keyUsage: loaded.keyUsage,
    });
  const fromFile = !!loaded && loaded.source !== 'MANUAL';
  const [missing, setMissing] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => (v ? { ...v, [key]: value } : v));

  const save = useMutation({
    mutationFn: async () => {
      const v = values!;
      // A file's validity is kept to the second: send back what the server holds rather than a day's bounds.
      const body: CertificateRequest = {
        holder: v.holder.trim(),
        opdCode: v.opdCode,
        issuer: fromFile ? loaded!.issuer : v.issuer.trim(),
        serialNumber: fromFile ? loaded!.serialNumber : v.serialNumber.trim(),
        notBefore: fromFile ? loaded!.notBefore : dayStart(v.notBefore),
        notAfter: fromFile ? loaded!.notAfter : dayEnd(v.notAfter),
        keyUsage: fromFile ? loaded!.keyUsage : v.keyUsage,
      };
      if (id) return must(await audit.PUT('/api/v1/certificates/{id}', { params: { path: { id }, header: ifMatch(current.data?.etag) }, body }));
      return must(await audit.POST('/api/v1/certificates', { body }));
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['certificates'] });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    const required = tc('field.required');
    const blank: Record<string, string> = {};
    if (!values.holder.trim()) blank.holder = required;
    if (!values.opdCode) blank.opdCode = required;
    if (!fromFile) {
      if (!values.issuer.trim()) blank.issuer = required;
      if (!values.serialNumber.trim()) blank.serialNumber = required;
      else if (!/^[0-9A-Fa-f:\s]{1,200}$/.test(values.serialNumber)) blank.serialNumber = t('certificates.fields.serialNumber');
      if (!values.notBefore) blank.notBefore = required;
      if (!values.notAfter) blank.notAfter = required;
    }
    setMissing(blank);
    if (Object.keys(blank).length === 0) save.mutate();
  }
  const err = (field: string) => missing[field] ?? fieldError(save.error, field);

  return (
    <Modal opened onClose={onClose} title={id ? t('certificates.editTitle') : t('certificates.registerTitle')} size="lg">
      {id && current.isPending ? (
        <Loading />
      ) : id && current.error ? (
        <ProblemAlert error={current.error} onReload={() => void current.refetch()} />
      ) : values ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {fromFile && <Text size="sm">{t('certificates.fromFile')}</Text>}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('certificates.fields.holder')} required maxLength={200} value={values.holder} onChange={(e) => set('holder', e.currentTarget.value)} error={err('holder')} />
              <Select
                label={t('certificates.fields.opdCode')}
                required
                searchable
                data={opd.options.length ? opd.options : values.opdCode ? [values.opdCode] : []}
                value={values.opdCode || null}
                onChange={(v) => set('opdCode', v ?? '')}
                error={err('opdCode')}
                nothingFoundMessage="—"
              />
              <TextInput label={t('certificates.fields.issuer')} required disabled={fromFile} maxLength={500} value={values.issuer} onChange={(e) => set('issuer', e.currentTarget.value)} error={err('issuer')} />
              <TextInput label={t('certificates.fields.serialNumber')} required disabled={fromFile} maxLength={200} ff="monospace" value={values.serialNumber} onChange={(e) => set('serialNumber', e.currentTarget.value)} error={err('serialNumber')} />
              <TextInput type="date" label={t('certificates.fields.notBefore')} required disabled={fromFile} value={values.notBefore} onChange={(e) => set('notBefore', e.currentTarget.value)} error={err('notBefore')} />
              <TextInput type="date" label={t('certificates.fields.notAfter')} required disabled={fromFile} value={values.notAfter} onChange={(e) => set('notAfter', e.currentTarget.value)} error={err('notAfter')} />
            </SimpleGrid>
            <MultiSelect
              label={t('certificates.fields.keyUsage')}
              disabled={fromFile}
              data={KEY_USAGES.map((k) => ({ value: k, label: t(`keyUsage.${k}`) }))}
              value={values.keyUsage}
              onChange={(v) => set('keyUsage', v as KeyUsage[])}
              error={err('keyUsage')}
            />
            <ProblemAlert error={save.error} onReload={() => { void client.invalidateQueries({ queryKey: ['certificates'] }); onClose(); }} />
            <FormButtons pending={save.isPending} onCancel={onClose} />
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}

function ImportModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const opd = useOpdChoice();
  const [file, setFile] = useState<File | null>(null);
  const [opdCode, setOpdCode] = useState(opd.dinas ? '' : opd.own);
  const [holder, setHolder] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const upload = useMutation({
    mutationFn: async () => {
      const query = new URLSearchParams({ opd: opdCode });
      if (holder.trim()) query.set('holder', holder.trim());
      const response = await gatewayFetch(`/api/v1/certificates/import?${query}`, {
        method: 'POST',
        headers: { 'Content-Type': certificateMediaType(file!.name) },
        body: file!,
      });
      return (await response.json()) as Certificate;
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['certificates'] });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const blank: Record<string, string> = {};
    if (!file) blank.file = t('certificates.needFile');
    else if (file.size > MAX_FILE) blank.file = t('certificates.tooLarge');
    if (!opdCode) blank.opd = tc('field.required');
    setMissing(blank);
    if (Object.keys(blank).length === 0) upload.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('certificates.importTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('certificates.importExplain')}</Text>
          <FileInput
            label={t('certificates.file')}
            required
            accept=".cer,.crt,.der,.pem,.p7b,.p7c,.p7s,.p7m"
            value={file}
            onChange={setFile}
            clearable
            error={missing.file ?? fieldError(upload.error, 'file')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('certificates.fields.opdCode')}
              required
              searchable
              data={opd.options}
              value={opdCode || null}
              onChange={(v) => setOpdCode(v ?? '')}
              error={missing.opd ?? fieldError(upload.error, 'opd')}
              nothingFoundMessage="—"
            />
            <TextInput label={t('certificates.fields.holder')} maxLength={200} value={holder} onChange={(e) => setHolder(e.currentTarget.value)} error={fieldError(upload.error, 'holder')} />
          </Group>
          <ProblemAlert error={upload.error} />
          <FormButtons pending={upload.isPending} onCancel={onClose} submitLabel={t('certificates.import')} />
        </Stack>
      </form>
    </Modal>
  );
}
