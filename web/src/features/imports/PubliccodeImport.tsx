import { Alert, Anchor, Button, FileInput, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileCode, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gatewayFetch, type AppRegistrySchemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { domainId } from '../../i18n/domain';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOpdOptions } from '../applications/useOpdOptions';
import './i18n';
import { allowedBy, useRegulationProfile } from '../profile/useRegulationProfile';

type Imported = AppRegistrySchemas['PubliccodeImportResponse'];

/**
 * One application from a publiccode.yml (A1): the class must be chosen (the standard has no such key); the keys the
 * register does not keep come back as warnings, and an invalid document as every problem with its YAML path.
 */
export function PubliccodeImport() {
  const { t } = useTranslation('imports');
  const { t: td } = useTranslation('domain');
  const caller = useCaller();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const opds = useOpdOptions(isDinas);
  const [file, setFile] = useState<File | null>(null);
  const [applicationClass, setApplicationClass] = useState<string | null>(null);
  // Only the classes the region's regulation knows (A2); all four if the profile cannot be read.
  const profile = useRegulationProfile();
  const [ownerOpd, setOwnerOpd] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ file?: boolean; applicationClass?: boolean }>({});

  const upload = useMutation({
    mutationFn: async () => {
      const body = new FormData();
      body.append('file', file!, file!.name);
      const query = new URLSearchParams({ applicationClass: applicationClass! });
      if (isDinas && ownerOpd) query.set('ownerOpd', ownerOpd);
      const response = await gatewayFetch(`/api/v1/applications/publiccode?${query}`, { method: 'POST', body });
      return (await response.json()) as Imported;
    },
    onSuccess: () => setFile(null),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const now = { file: !file, applicationClass: !applicationClass };
    setMissing(now);
    if (!now.file && !now.applicationClass) upload.mutate();
  }

  const invalid = upload.error instanceof ApiProblem && upload.error.status === 400 ? upload.error.errors : [];
  const done = upload.data;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="publiccode-import-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="publiccode-import-title">
            {t('publiccode.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('publiccode.hint')}
          </Text>
          <ProblemAlert error={upload.error} />
          {invalid.length > 0 && (
            <List size="sm" aria-label={t('publiccode.invalid')} data-testid="publiccode-invalid">
              {invalid.map((e, i) => (
                <List.Item key={i}>
                  <Text span ff="monospace" size="sm">
                    {e.field ?? e.pointer}
                  </Text>
                  : {e.message ?? e.detail}
                </List.Item>
              ))}
            </List>
          )}
          <FileInput
            label={t('publiccode.file')}
            placeholder={t('publiccode.filePlaceholder')}
            accept=".yml,.yaml,application/yaml,text/yaml"
            required
            clearable
            value={file}
            onChange={(value) => {
              setFile(value);
              setMissing((m) => ({ ...m, file: false }));
            }}
            leftSection={<IconFileCode size={18} aria-hidden />}
            error={missing.file ? t('required') : undefined}
          />
          <Select
            label={t('publiccode.applicationClass')}
            required
            data={allowedBy(Object.keys(domainId.applicationClass), profile.data?.applications.classes).map((value) => ({
              value,
              label: td(`applicationClass.${value}`),
            }))}
            value={applicationClass}
            onChange={(value) => {
              setApplicationClass(value);
              setMissing((m) => ({ ...m, applicationClass: false }));
            }}
            error={missing.applicationClass ? t('required') : undefined}
          />
          {isDinas && (
            <Select
              label={t('publiccode.ownerOpd')}
              placeholder={t('publiccode.ownerDefault')}
              data={opds.data ?? []}
              value={ownerOpd}
              onChange={setOwnerOpd}
              searchable
              clearable
            />
          )}
          <Button type="submit" w="fit-content" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
            {t('publiccode.submit')}
          </Button>
          <div aria-live="polite">
            {done && (
              <Stack gap="xs">
                <Alert color="green" title={t('publiccode.done', { name: done.name, opd: done.ownerOpd })}>
                  <Anchor component={Link} to={`/aplikasi/${done.id}`}>
                    {t('publiccode.open')}
                  </Anchor>
                </Alert>
                {done.warnings.length > 0 && (
                  <>
                    <Title order={3} size="h5">
                      {t('publiccode.warnings')}
                    </Title>
                    <Table.ScrollContainer minWidth={360}>
                      <Table striped fz="sm" verticalSpacing={4} data-testid="publiccode-warnings">
                        <Table.Caption>{t('publiccode.warningsCaption')}</Table.Caption>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('publiccode.key')}</Table.Th>
                            <Table.Th>{t('publiccode.message')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {done.warnings.map((w) => (
                            <Table.Tr key={w.key}>
                              <Table.Td ff="monospace">{w.key}</Table.Td>
                              <Table.Td lang="id">{w.message}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </>
                )}
              </Stack>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
