import { Alert, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, must, type AppRegistrySchemas } from '../../../api/client';
import { domainId } from '../../../i18n/domain';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { etagOf, reviewedFieldsFrozen, type Application } from './permissions';
import { useRefreshApplication } from './queries';
import { FormButtons } from '../../../ui/FormButtons';
import './i18n';

type Form = AppRegistrySchemas['ApplicationForm'];

const split = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

/**
 * A compact edit of the main fields (PUT replaces the whole form, so fields not shown here are sent back as they are).
 * From submission on, the reviewed fields are disabled: the server answers 409 if they change.
 */
export function EditApplicationModal({
  app,
  onClose,
  onSaved,
}: {
  app: Application;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('appDetail');
  const { t: td } = useTranslation('domain');
  const { t: tc } = useTranslation();
  const refresh = useRefreshApplication(app.id);
  const frozen = reviewedFieldsFrozen(app.status);
  const [f, setF] = useState({
    name: app.name,
    description: app.description ?? '',
    applicationClass: app.applicationClass as string,
    userOpds: app.userOpds.filter((o) => o !== app.ownerOpd).join(', '),
    serviceType: (app.serviceType ?? '') as string,
    functionDomains: [...app.functionDomains] as string[],
    licenceKind: (app.licence?.kind ?? '') as string,
    spdxId: app.licence?.spdxId ?? '',
    url: app.url ?? '',
    sourceRepositoryUrl: app.sourceRepositoryUrl ?? '',
    database: app.database ?? '',
    techStack: app.techStack.join(', '),
    developmentStatus: (app.developmentStatus ?? '') as string,
  });
  const [nameMissing, setNameMissing] = useState(false);
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K]) => setF((v) => ({ ...v, [key]: value }));
  const options = (group: keyof typeof domainId) =>
    Object.keys(domainId[group]).map((value) => ({ value, label: td(`${group}.${value}`) }));

  const mutation = useMutation({
    mutationFn: async () => {
      const body: Form = {
        name: f.name.trim(),
        description: blankToUndefined(f.description),
        applicationClass: f.applicationClass as Form['applicationClass'],
        userOpds: split(f.userOpds),
        serviceType: (f.serviceType || undefined) as Form['serviceType'],
        functionDomains: f.functionDomains as Form['functionDomains'],
        licence: f.licenceKind
          ? { kind: f.licenceKind as 'OPEN_SOURCE' | 'CLOSED_SOURCE', spdxId: blankToUndefined(f.spdxId) }
          : undefined,
        url: blankToUndefined(f.url),
        sourceRepositoryUrl: blankToUndefined(f.sourceRepositoryUrl),
        database: blankToUndefined(f.database),
        techStack: split(f.techStack),
        developmentStatus: (f.developmentStatus || undefined) as Form['developmentStatus'],
        // Not edited here: sent back unchanged.
        hosting: app.hosting,
        maintenance: app.maintenance,
        contacts: app.contacts,
        platforms: app.platforms,
        categories: app.categories,
        features: app.features,
      };
      return must(
        await appRegistry.PUT('/api/v1/applications/{id}', {
          params: { path: { id: app.id }, header: { 'If-Match': etagOf(app.version) } },
          body,
        }),
      );
    },
    onSuccess: async () => {
      await refresh();
      onSaved();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = !f.name.trim();
    setNameMissing(blank);
    if (!blank) mutation.mutate();
  };
  const err = (field: string) => fieldError(mutation.error, field);

  return (
    <Modal opened onClose={onClose} title={t('edit.title')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {frozen && (
            <Alert color="blue" variant="light" role="note">
              {t('workflow.frozen')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('field.name')}
              required
              disabled={frozen}
              value={f.name}
              maxLength={200}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={nameMissing ? tc('field.required') : err('name')}
            />
            <Select
              label={t('field.applicationClass')}
              required
              disabled={frozen}
              allowDeselect={false}
              data={options('applicationClass')}
              value={f.applicationClass}
              onChange={(v) => set('applicationClass', v ?? f.applicationClass)}
              error={err('applicationClass')}
            />
            <TextInput
              label={t('edit.userOpds')}
              disabled={frozen}
              value={f.userOpds}
              onChange={(e) => set('userOpds', e.currentTarget.value)}
              error={err('userOpds')}
            />
            <Select
              label={t('field.serviceType')}
              disabled={frozen}
              data={options('serviceType')}
              value={f.serviceType || null}
              onChange={(v) => set('serviceType', v ?? '')}
              error={err('serviceType')}
            />
            <MultiSelect
              label={t('field.functionDomains')}
              disabled={frozen}
              data={options('functionDomain')}
              value={f.functionDomains}
              onChange={(v) => set('functionDomains', v)}
              searchable
              error={err('functionDomains')}
            />
            <Select
              label={t('field.licence')}
              disabled={frozen}
              data={(['OPEN_SOURCE', 'CLOSED_SOURCE'] as const).map((k) => ({
                value: k,
                label: t(`enums.licence.${k}`),
              }))}
              value={f.licenceKind || null}
              onChange={(v) => set('licenceKind', v ?? '')}
              error={err('licence.kind')}
            />
            <TextInput
              label={t('field.spdxId')}
              disabled={frozen}
              value={f.spdxId}
              maxLength={100}
              onChange={(e) => set('spdxId', e.currentTarget.value)}
              error={err('licence.spdxId')}
            />
            <Select
              label={t('field.developmentStatus')}
              data={options('developmentStatus')}
              value={f.developmentStatus || null}
              onChange={(v) => set('developmentStatus', v ?? '')}
              error={err('developmentStatus')}
            />
            <TextInput
              label={t('field.url')}
              type="url"
              value={f.url}
              maxLength={500}
              onChange={(e) => set('url', e.currentTarget.value)}
              error={err('url')}
            />
            <TextInput
              label={t('field.sourceRepositoryUrl')}
              type="url"
              value={f.sourceRepositoryUrl}
              maxLength={500}
              onChange={(e) => set('sourceRepositoryUrl', e.currentTarget.value)}
              error={err('sourceRepositoryUrl')}
            />
            <TextInput
              label={t('field.database')}
              value={f.database}
              maxLength={120}
              onChange={(e) => set('database', e.currentTarget.value)}
              error={err('database')}
            />
            <TextInput
              label={t('field.techStack')}
              description={t('edit.list')}
              value={f.techStack}
              onChange={(e) => set('techStack', e.currentTarget.value)}
              error={err('techStack')}
            />
          </SimpleGrid>
          <Textarea
            label={t('field.description')}
            value={f.description}
            maxLength={4000}
            autosize
            minRows={3}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={err('description')}
          />
          <ProblemAlert
            error={mutation.error}
            onReload={() => {
              void refresh();
              onClose();
            }}
          />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
