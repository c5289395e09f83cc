import { Alert, Badge, Button, Card, FileInput, Group, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconAlertOctagon } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, must, type AppRegistrySchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { domainId } from '../../../i18n/domain';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatBytes, formatDateTime } from '../../../ui/format';
import { downloadFile } from './download';
import { mayEdit, type Application } from './permissions';
import { useDocuments, useRefreshApplication } from './queries';
import { uploadWithProgress } from '../../../api/upload';
import './i18n';
import './i18nTabs';

type DocumentResponse = AppRegistrySchemas['DocumentResponse'];
type DepositResponse = AppRegistrySchemas['DepositResponse'];
type Integrity = AppRegistrySchemas['Integrity'];
type Kind = DocumentResponse['kind'];

/** Dokumen: the catalogue by kind with versions, signature status, integrity check, download, and an upload. */
export function DocumentsTab({ app }: { app: Application }) {
  const { t } = useTranslation('appTabs');
  const { t: td } = useTranslation('domain');
  const caller = useCaller();
  const catalogue = useDocuments(app.id);
  const canUpload = mayEdit(caller, app) && app.status !== 'DECOMMISSIONED';

  return (
    <Stack gap="md">
      {canUpload && <UploadForm app={app} />}
      {catalogue.isPending && <Loading />}
      <ProblemAlert error={catalogue.error} onReload={() => void catalogue.refetch()} />
      {catalogue.data && (
        <>
          {catalogue.data.complete ? (
            <Alert color="teal" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
              {t('documents.complete')}
            </Alert>
          ) : (
            <Alert color="orange" variant="light" role="status" icon={<IconAlertOctagon aria-hidden />}>
              {t('documents.missing', {
                kinds: catalogue.data.missingRequiredKinds.map((k) => td(`documentKind.${k}`)).join(', '),
              })}
            </Alert>
          )}
          {catalogue.data.kinds.map((kind) => (
            <Card withBorder padding="md" component="section" key={kind.kind}>
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4">
                  {td(`documentKind.${kind.kind}`)}
                </Title>
                <Badge variant="outline" color={kind.required ? 'orange' : 'gray'}>
                  {kind.required ? t('documents.required') : t('documents.optional')}
                </Badge>
              </Group>
              {kind.versions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('documents.noVersions')}
                </Text>
              ) : (
                <VersionTable applicationId={app.id} kind={kind.kind} versions={kind.versions} />
              )}
            </Card>
          ))}
        </>
      )}
    </Stack>
  );
}

function VersionTable({ applicationId, kind, versions }: { applicationId: string; kind: Kind; versions: DocumentResponse[] }) {
  const { t } = useTranslation('appTabs');
  const { t: td } = useTranslation('domain');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={t('documents.catalogueCaption', { kind: td(`documentKind.${kind}`) })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.version')}</Table.Th>
            <Table.Th scope="col">{t('documents.filename')}</Table.Th>
            <Table.Th scope="col">{t('documents.size')}</Table.Th>
            <Table.Th scope="col">{t('documents.uploadedBy')}</Table.Th>
            <Table.Th scope="col">{t('documents.signature')}</Table.Th>
            <Table.Th scope="col">{t('documents.sha256')}</Table.Th>
            <Table.Th scope="col">{t('documents.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <VersionRow key={v.fileId} applicationId={applicationId} version={v} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function VersionRow({ applicationId, version: v }: { applicationId: string; version: DocumentResponse }) {
  const { t } = useTranslation('appTabs');
  const { t: ta } = useTranslation('appDetail');
  const { t: tc } = useTranslation();
  const integrity = useMutation({
    mutationFn: async (): Promise<Integrity> =>
      must(
        await appRegistry.GET('/api/v1/applications/{id}/documents/{fileId}/integrity', {
          params: { path: { id: applicationId, fileId: v.fileId } },
        }),
      ),
  });
  const download = useMutation({
    mutationFn: () =>
      downloadFile(`/api/v1/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(v.fileId)}`, v.filename),
  });
  const signature = v.signature;
  return (
    <>
      <Table.Tr>
        <Table.Td>v{v.version}</Table.Td>
        <Table.Td style={{ overflowWrap: 'anywhere' }}>
          {v.filename}
          <Text size="xs" c="dimmed">
            {v.contentType}
          </Text>
        </Table.Td>
        <Table.Td>{formatBytes(v.sizeBytes)}</Table.Td>
        <Table.Td>
          {v.uploadedBy}
          <Text size="xs" c="dimmed">
            {formatDateTime(v.uploadedAt)}
          </Text>
        </Table.Td>
        <Table.Td>
          {signature ? (
            <Badge
              variant="light"
              color={signature.trust === 'TRUSTED' ? 'teal' : signature.trust === 'UNTRUSTED' ? 'red' : 'yellow'}
              style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}
            >
              {t('documents.signedBy', { trust: ta(`enums.trust.${signature.trust}`), signer: signature.signer })}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              {t('documents.unsigned')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text ff="monospace" size="xs" title={v.sha256}>
            {v.sha256.slice(0, 16)}…
          </Text>
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="light"
              loading={download.isPending}
              aria-label={t('documents.downloadOf', { filename: v.filename, version: v.version })}
              onClick={() => download.mutate()}
            >
              {tc('action.download')}
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              loading={integrity.isPending}
              aria-label={t('documents.integrityOf', { filename: v.filename, version: v.version })}
              onClick={() => integrity.mutate()}
            >
              {t('documents.integrity')}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {(integrity.data || integrity.error || download.error) && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <div aria-live="polite">
              {integrity.data && <IntegrityVerdict result={integrity.data} />}
              <ProblemAlert error={integrity.error ?? download.error} />
            </div>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function IntegrityVerdict({ result }: { result: Integrity }) {
  const { t } = useTranslation('appTabs');
  return (
    <Alert
      color={result.intact ? 'teal' : 'red'}
      variant="light"
      icon={result.intact ? <IconCircleCheck aria-hidden /> : <IconAlertOctagon aria-hidden />}
      role="status"
      data-testid="integrity-verdict"
      title={result.intact ? t('documents.intact') : t('documents.broken')}
    >
      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {t('documents.sha256')}: {result.recordedSha256}
        {result.actualSha256 && result.actualSha256 !== result.recordedSha256 ? ` ≠ ${result.actualSha256}` : ''}
      </Text>
      {result.problem && <Text size="sm">{result.problem}</Text>}
      <Text size="xs" c="dimmed">
        {formatDateTime(result.checkedAt)}
      </Text>
    </Alert>
  );
}

function UploadForm({ app }: { app: Application }) {
  const { t } = useTranslation('appTabs');
  const { t: td } = useTranslation('domain');
  const { t: ta } = useTranslation('appDetail');
  const { t: tc } = useTranslation();
  const refresh = useRefreshApplication(app.id);
  const [kind, setKind] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number>();
  const [missing, setMissing] = useState<{ kind?: boolean; file?: boolean }>({});

  const upload = useMutation({
    mutationFn: async (): Promise<DepositResponse> => {
      const body = new FormData();
      body.append('file', file!, file!.name);
      setProgress(0);
      return uploadWithProgress<DepositResponse>(
        `/api/v1/applications/${encodeURIComponent(app.id)}/documents?kind=${encodeURIComponent(kind!)}`,
        body,
        setProgress,
      );
    },
    onSuccess: async () => {
      setFile(null);
      await refresh();
    },
    onSettled: () => setProgress(undefined),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = { kind: !kind, file: !file };
    setMissing(blank);
    if (!blank.kind && !blank.file) upload.mutate();
  };

  const done = upload.data;
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('documents.upload.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('documents.upload.hint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('documents.upload.kind')}
              required
              data={Object.keys(domainId.documentKind).map((k) => ({ value: k, label: td(`documentKind.${k}`) }))}
              value={kind}
              onChange={setKind}
              error={missing.kind ? tc('field.required') : undefined}
              miw={220}
            />
            <FileInput
              label={t('documents.upload.file')}
              required
              value={file}
              onChange={setFile}
              clearable
              error={missing.file ? tc('field.required') : undefined}
              miw={220}
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={upload.isPending}>
              {t('documents.upload.submit')}
            </Button>
          </Group>
          <div aria-live="polite">
            {progress !== undefined && (
              <Stack gap={4}>
                <Progress value={progress} aria-label={t('documents.upload.progressLabel')} animated />
                <Text size="sm">{t('documents.upload.progress', { percent: progress })}</Text>
              </Stack>
            )}
            {done && !upload.isPending && (
              <Alert color="teal" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
                {t('documents.upload.done', {
                  version: done.document.version,
                  kind: td(`documentKind.${done.document.kind}`),
                  signature: ta(`enums.signatureCheck.${done.signatureCheck.status}`),
                })}
                {done.signatureCheck.problem ? ` ${done.signatureCheck.problem}` : ''}
              </Alert>
            )}
          </div>
          <ProblemAlert error={upload.error} />
        </Stack>
      </form>
    </Card>
  );
}
