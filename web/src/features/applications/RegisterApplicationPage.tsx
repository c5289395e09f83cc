import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appRegistry, must } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { domainId } from '../../i18n/domain';
import { PageHeader } from '../../ui/PageHeader';
import { fieldError, ProblemAlert } from '../../ui/ProblemAlert';
import { allowedBy, useRegulationProfile } from '../profile/useRegulationProfile';
import { DuplicateCandidates } from './components/DuplicateCandidates';
import { EMPTY_FORM, LIMITS, toRequest, validate, type FormValues, type Invalid } from './registrationForm';
import { useOpdOptions } from './useOpdOptions';
import './i18n';

const LICENCES = ['OPEN_SOURCE', 'CLOSED_SOURCE'] as const;
const HOSTINGS = ['PUSAT_DATA_VPS', 'PUSAT_DATA_COLOKASI', 'PUSAT_DATA_NASIONAL', 'INSTANSI_PUSAT', 'PIHAK_KETIGA', 'BELUM_DITENTUKAN'] as const;
const MAINTENANCE = ['INTERNAL', 'CONTRACT', 'COMMUNITY', 'NONE'] as const;

/** What the detail page may show after a registration (router state): the likely duplicates the server found (G5). */
export interface RegisteredState {
  registered: true;
  likelyDuplicates: { id?: string | null; name: string; ownerOpd: string; sameOpd: boolean; score: number; reasons: string[] }[];
}

/**
 * Registering an application (A1, A2): every field of the register's form, checked as the server will check it, with
 * the server's own field errors next to each field; likely duplicates in other OPDs are shown while the name is typed
 * (G5). An operator registers for the OPD in its token; a Dinas admin chooses the owner.
 */
export default function RegisterApplicationPage() {
  const { t } = useTranslation('applications');
  const { t: td } = useTranslation('domain');
  const caller = useCaller();
  const navigate = useNavigate();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const opds = useOpdOptions();
  // A2: only the classes the regulation allows; all four if the profile cannot be read (the server decides).
  const profile = useRegulationProfile();
  const [values, setValues] = useState<FormValues>(() => ({ ...EMPTY_FORM, ownerOpd: isDinas ? (caller?.opd ?? '') : '' }));
  const [clientErrors, setClientErrors] = useState<Record<string, Invalid>>({});
  const [submitted, setSubmitted] = useState(false);

  const register = useMutation({
    mutationFn: async (form: FormValues) => must(await appRegistry.POST('/api/v1/applications', { body: toRequest(form) })),
    onSuccess: (app) => {
      const duplicates = app.likelyDuplicates ?? [];
      notifications.show({
        color: duplicates.length ? 'yellow' : 'green',
        message: duplicates.length
          ? t('form.registeredWithDuplicates', { name: app.name, count: duplicates.length })
          : t('form.registered', { name: app.name }),
      });
      const state: RegisteredState = { registered: true, likelyDuplicates: duplicates };
      navigate(`/aplikasi/${app.id}`, { state });
    },
  });

  function set<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    const next = { ...values, [key]: value };
    setValues(next);
    // After a first submit, errors follow the input so a corrected field clears at once.
    if (submitted) setClientErrors(validate(next));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const errors = validate(values);
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) register.mutate(values);
  }

  /** The client's finding first, else what the server's last 400 said of this field (or of one of its entries). */
  function error(path: string): string | undefined {
    const mine = clientErrors[path];
    if (mine) return t(mine.key, mine.values);
    const server = fieldError(register.error, path);
    if (server) return server;
    if (register.error instanceof ApiProblem && register.error.status === 400) {
      const entry = register.error.errors.find((e) => e.field?.startsWith(`${path}[`) || e.pointer?.startsWith(`/${path.replace(/\./g, '/')}/`));
      return entry ? (entry.message ?? entry.detail) : undefined;
    }
    return undefined;
  }

  const options = (domain: keyof typeof domainId, only?: readonly string[]) =>
    allowedBy(Object.keys(domainId[domain]), only).map((value) => ({ value, label: td(`${domain}.${value}`) }));
  const userOpdOptions = (opds.data ?? []).filter((o) => o.value !== (values.ownerOpd || caller?.opd));
  const hasClientErrors = Object.keys(clientErrors).length > 0;

  return (
    <Stack maw={960}>
      <PageHeader title={t('form.title')} subtitle={t('form.subtitle')} />
      <form onSubmit={submit} noValidate aria-describedby={hasClientErrors ? 'form-errors' : undefined}>
        <Stack>
          {hasClientErrors && (
            <Alert color="orange" id="form-errors" role="alert">
              {t('form.fixErrors')}
            </Alert>
          )}
          <ProblemAlert error={register.error} />

          <Fieldset legend={t('form.sections.identity')}>
            <Stack gap="sm">
              <TextInput
                label={t('form.name')}
                required
                maxLength={LIMITS.name}
                value={values.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={error('name')}
                autoComplete="off"
              />
              <Textarea
                label={t('form.description')}
                rows={4}
                maxLength={LIMITS.description}
                value={values.description}
                onChange={(e) => set('description', e.currentTarget.value)}
                error={error('description')}
                description={`${values.description.length}/${LIMITS.description}`}
              />
              {isDinas ? (
                <Select
                  label={t('form.ownerOpd')}
                  data={opds.data ?? []}
                  value={values.ownerOpd || null}
                  onChange={(value) => set('ownerOpd', value ?? '')}
                  searchable
                  error={error('ownerOpd')}
                />
              ) : (
                <Text size="sm" data-testid="owner-from-token">
                  {t('form.ownerFromToken', { opd: caller?.opd ?? '—' })}
                </Text>
              )}
              <DuplicateCandidates
                name={values.name}
                description={values.description}
                functionDomains={values.functionDomains}
                ownerOpd={isDinas ? values.ownerOpd || undefined : undefined}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('form.sections.classification')}>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('form.applicationClass')}
                  required
                  data={options('applicationClass', profile.data?.applications.classes)}
                  value={values.applicationClass || null}
                  onChange={(value) => set('applicationClass', value ?? '')}
                  error={error('applicationClass')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('form.serviceType')}
                  data={options('serviceType')}
                  value={values.serviceType || null}
                  onChange={(value) => set('serviceType', value ?? '')}
                  clearable
                  error={error('serviceType')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <MultiSelect
                  label={t('form.functionDomains')}
                  data={options('functionDomain')}
                  value={values.functionDomains}
                  onChange={(value) => set('functionDomains', value)}
                  searchable
                  clearable
                  error={error('functionDomains')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <MultiSelect
                  label={t('form.userOpds')}
                  description={t('form.userOpdsHint')}
                  data={userOpdOptions}
                  value={values.userOpds}
                  onChange={(value) => set('userOpds', value)}
                  searchable
                  clearable
                  maxValues={LIMITS.userOpds}
                  error={error('userOpds')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('form.licenceKind')}
                  data={LICENCES.map((value) => ({ value, label: t(`form.licence.${value}`) }))}
                  value={values.licenceKind || null}
                  onChange={(value) => set('licenceKind', value ?? '')}
                  clearable
                  placeholder={t('form.none')}
                  error={error('licence.kind') ?? error('licence')}
                />
              </Grid.Col>
              {values.licenceKind && (
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t('form.spdxId')}
                    description={t('form.spdxHint')}
                    maxLength={LIMITS.spdxId}
                    value={values.spdxId}
                    onChange={(e) => set('spdxId', e.currentTarget.value)}
                    error={error('licence.spdxId')}
                  />
                </Grid.Col>
              )}
            </Grid>
          </Fieldset>

          <Fieldset legend={t('form.sections.technology')}>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('form.url')}
                  type="url"
                  placeholder="https://"
                  maxLength={LIMITS.url}
                  value={values.url}
                  onChange={(e) => set('url', e.currentTarget.value)}
                  error={error('url')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('form.sourceRepositoryUrl')}
                  type="url"
                  placeholder="https://"
                  maxLength={LIMITS.sourceRepositoryUrl}
                  value={values.sourceRepositoryUrl}
                  onChange={(e) => set('sourceRepositoryUrl', e.currentTarget.value)}
                  error={error('sourceRepositoryUrl')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TagsInput
                  label={t('form.techStack')}
                  description={t('form.techStackHint')}
                  value={values.techStack}
                  onChange={(value) => set('techStack', value)}
                  maxTags={LIMITS.techStack.items}
                  error={error('techStack')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('form.database')}
                  maxLength={LIMITS.database}
                  value={values.database}
                  onChange={(e) => set('database', e.currentTarget.value)}
                  error={error('database')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('form.hostingKind')}
                  data={HOSTINGS.map((value) => ({ value, label: t(`form.hosting.${value}`) }))}
                  value={values.hostingKind || null}
                  onChange={(value) => set('hostingKind', value ?? '')}
                  clearable
                  placeholder={t('form.none')}
                  error={error('hosting.kind') ?? error('hosting')}
                />
              </Grid.Col>
              {values.hostingKind && (
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t('form.hostingReference')}
                    maxLength={LIMITS.hostingReference}
                    value={values.hostingReference}
                    onChange={(e) => set('hostingReference', e.currentTarget.value)}
                    error={error('hosting.reference')}
                  />
                </Grid.Col>
              )}
            </Grid>
          </Fieldset>

          <Fieldset legend={t('form.sections.maintenance')}>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('form.maintenanceType')}
                  data={MAINTENANCE.map((value) => ({ value, label: t(`form.maintenance.${value}`) }))}
                  value={values.maintenanceType || null}
                  onChange={(value) => set('maintenanceType', value ?? '')}
                  clearable
                  placeholder={t('form.none')}
                  error={error('maintenance.type') ?? error('maintenance')}
                />
              </Grid.Col>
              {values.maintenanceType && (
                <>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('form.maintainer')}
                      maxLength={LIMITS.maintainer}
                      value={values.maintainer}
                      onChange={(e) => set('maintainer', e.currentTarget.value)}
                      error={error('maintenance.maintainer')}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('form.contractNumber')}
                      maxLength={LIMITS.contractNumber}
                      value={values.contractNumber}
                      onChange={(e) => set('contractNumber', e.currentTarget.value)}
                      error={error('maintenance.contractNumber')}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('form.contractEndsOn')}
                      type="date"
                      value={values.contractEndsOn}
                      onChange={(e) => set('contractEndsOn', e.currentTarget.value)}
                      error={error('maintenance.contractEndsOn')}
                    />
                  </Grid.Col>
                </>
              )}
            </Grid>
          </Fieldset>

          <Fieldset legend={t('form.sections.contacts')}>
            <Stack gap="sm">
              {values.contacts.map((contact, i) => {
                const change = (field: keyof typeof contact, value: string) =>
                  set('contacts', values.contacts.map((c, j) => (j === i ? { ...c, [field]: value } : c)));
                return (
                  <Fieldset key={i} legend={t('form.contact', { n: i + 1 })} variant="filled">
                    <Grid align="flex-end">
                      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                        <TextInput
                          label={t('form.contactName')}
                          required
                          maxLength={LIMITS.contactName}
                          value={contact.name}
                          onChange={(e) => change('name', e.currentTarget.value)}
                          error={error(`contacts[${i}].name`)}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                        <TextInput
                          label={t('form.contactRole')}
                          maxLength={LIMITS.contactRole}
                          value={contact.role}
                          onChange={(e) => change('role', e.currentTarget.value)}
                          error={error(`contacts[${i}].role`)}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                        <TextInput
                          label={t('form.contactEmail')}
                          type="email"
                          maxLength={LIMITS.contactEmail}
                          value={contact.email}
                          onChange={(e) => change('email', e.currentTarget.value)}
                          error={error(`contacts[${i}].email`)}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 10, sm: 5, md: 2 }}>
                        <TextInput
                          label={t('form.contactPhone')}
                          type="tel"
                          maxLength={LIMITS.contactPhone}
                          value={contact.phone}
                          onChange={(e) => change('phone', e.currentTarget.value)}
                          error={error(`contacts[${i}].phone`)}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 2, sm: 1 }}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          aria-label={t('form.removeContact', { n: i + 1 })}
                          onClick={() => set('contacts', values.contacts.filter((_, j) => j !== i))}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Grid.Col>
                    </Grid>
                  </Fieldset>
                );
              })}
              {values.contacts.length < LIMITS.contacts && (
                <Button
                  variant="light"
                  w="fit-content"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => set('contacts', [...values.contacts, { name: '', role: '', email: '', phone: '' }])}
                >
                  {t('form.addContact')}
                </Button>
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('form.sections.publiccode')}>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('form.developmentStatus')}
                  data={options('developmentStatus')}
                  value={values.developmentStatus || null}
                  onChange={(value) => set('developmentStatus', value ?? '')}
                  clearable
                  placeholder={t('form.none')}
                  error={error('developmentStatus')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TagsInput
                  label={t('form.platforms')}
                  description={t('form.platformsHint')}
                  value={values.platforms}
                  onChange={(value) => set('platforms', value)}
                  maxTags={LIMITS.platforms.items}
                  error={error('platforms')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TagsInput
                  label={t('form.categories')}
                  description={t('form.categoriesHint')}
                  value={values.categories}
                  onChange={(value) => set('categories', value)}
                  maxTags={LIMITS.categories.items}
                  error={error('categories')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TagsInput
                  label={t('form.features')}
                  value={values.features}
                  onChange={(value) => set('features', value)}
                  maxTags={LIMITS.features.items}
                  error={error('features')}
                />
              </Grid.Col>
            </Grid>
          </Fieldset>

          <Group>
            <Button type="submit" loading={register.isPending}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
