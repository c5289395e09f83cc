import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appRegistry, datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { formatDate } from '../../../ui/format';
import { useOpdOptions } from '../shared';
import '../i18n';
import '../osimages/i18n';

type Form = DatacenterSchemas['VpsRequestForm'];

/** The numeric limits of VpsRequestForm on the server (bean validation), checked here first. */
const LIMITS = {
  vcpu: [1, 128],
  ramGib: [1, 2048],
  diskGib: [10, 65_536],
  termMonths: [1, 24],
} as const;
type NumberField = keyof typeof LIMITS;

interface Values {
  opd: string;
  applicationId: string;
  vcpu: number | '';
  ramGib: number | '';
  diskGib: number | '';
  osImage: string;
  termMonths: number | '';
  purpose: string;
}

/**
 * A VPS request (D4) exactly as POST /api/v1/vps-requests takes it: the registered application it hosts (A1: the
 * OPD's own, not decommissioned — the server checks its read model again), sizing, an OS image of the catalogue
 * (active and still supported; a retired one is refused with 422 D4), term and purpose. An
 * operator asks for its own OPD; Dinas names the OPD.
 */
export default function VpsRequestPage() {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const { t: ti } = useTranslation('datacenterOsImages');
  const caller = useCaller();
  const navigate = useNavigate();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const opds = useOpdOptions(isDinas);
  const [values, setValues] = useState<Values>({
    opd: '',
    applicationId: '',
    vcpu: 2,
    ramGib: 4,
    diskGib: 50,
    osImage: '',
    termMonths: '',
    purpose: '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const ownerOpd = isDinas ? values.opd : caller?.opd ?? '';
  const applications = useQuery({
    queryKey: ['datacenter', 'vps-applications', ownerOpd],
    enabled: !!ownerOpd,
    queryFn: async () => {
      const page = must(
        await appRegistry.GET('/api/v1/applications', { params: { query: { opd: ownerOpd, size: 200, sort: ['name,asc'] } } }),
      );
      // A1: only registered applications of this OPD that are still in service may be hosted.
      return page.items.filter((a) => a.ownerOpd === ownerOpd && a.status !== 'DECOMMISSIONED').map((a) => ({ value: a.id, label: a.name }));
    },
  });

  // D4: the active images of the Pusat Data's catalogue whose vendor support has not ended (the server checks again).
  const images = useQuery({
    queryKey: ['datacenter', 'os-images', 'offered'],
    queryFn: async () => {
      const page = must(
        await datacenter.GET('/api/v1/os-images', { params: { query: { status: 'ACTIVE', size: 200, sort: ['family,asc', 'name,asc', 'code,asc'] } } }),
      );
      return page.items
        .filter((i) => !i.supportEnded)
        .map((i) => ({
          value: i.code,
          label: i.endOfSupport
            ? ti('pickerOptionUntil', { name: i.name, version: i.version, date: formatDate(i.endOfSupport) })
            : ti('pickerOption', { name: i.name, version: i.version }),
        }));
    },
  });

  const mutation = useMutation({
    mutationFn: async (form: Form) => must(await datacenter.POST('/api/v1/vps-requests', { body: form })),
    onSuccess: (vps) => navigate(`/pusat-data/vps/${vps.id}`, { state: { created: true } }),
  });

  function validate(): Partial<Record<keyof Values, string>> {
    const found: Partial<Record<keyof Values, string>> = {};
    if (isDinas && !values.opd) found.opd = t('vpsForm.required');
    if (!values.applicationId) found.applicationId = t('vpsForm.required');
    if (!values.osImage) found.osImage = t('vpsForm.required');
    if (!values.purpose.trim()) found.purpose = t('vpsForm.required');
    for (const key of Object.keys(LIMITS) as NumberField[]) {
      const value = values[key];
      const [min, max] = LIMITS[key];
      if (value === '') {
        if (key !== 'termMonths') found[key] = t('vpsForm.required');
      } else if (value < min) found[key] = t('vpsForm.min', { min });
      else if (value > max) found[key] = t('vpsForm.max', { max });
    }
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const form: Form = {
      applicationId: values.applicationId,
      vcpu: Number(values.vcpu),
      ramGib: Number(values.ramGib),
      diskGib: Number(values.diskGib),
      osImage: values.osImage,
      purpose: values.purpose.trim(),
      ...(values.termMonths !== '' ? { termMonths: Number(values.termMonths) } : {}),
      ...(isDinas ? { opd: values.opd } : {}),
    };
    mutation.mutate(form);
  }

  const error = (key: keyof Values) => errors[key] ?? fieldError(mutation.error, key);
  const number = (key: NumberField, label: string, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      required={key !== 'termMonths'}
      min={LIMITS[key][0]}
      max={LIMITS[key][1]}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      value={values[key]}
      onChange={(v) => set(key, v === '' ? '' : Number(v))}
      error={error(key)}
    />
  );

  return (
    <Stack>
      <PageHeader title={t('vpsForm.title')} subtitle={t('vpsForm.subtitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={880}>
          <Paper withBorder p="md" component="section" aria-labelledby="vps-form-application">
            <Stack gap="sm">
              <Title order={2} size="h4" id="vps-form-application">
                {t('vpsForm.application')}
              </Title>
              {isDinas ? (
                <Select
                  label={t('vpsForm.opd')}
                  required
                  searchable
                  data={opds.data ?? []}
                  value={values.opd || null}
                  onChange={(v) => setValues((old) => ({ ...old, opd: v ?? '', applicationId: '' }))}
                  error={error('opd')}
                  nothingFoundMessage="—"
                />
              ) : (
                <Text size="sm">{t('vpsForm.opdFromToken', { opd: caller?.opd ?? '—' })}</Text>
              )}
              <Select
                label={t('vpsForm.application')}
                description={ownerOpd ? t('vpsForm.applicationHint') : t('vpsForm.chooseOpdFirst')}
                required
                searchable
                disabled={!ownerOpd}
                data={applications.data ?? []}
                value={values.applicationId || null}
                onChange={(v) => set('applicationId', v ?? '')}
                error={error('applicationId')}
                nothingFoundMessage="—"
              />
              {applications.data && applications.data.length === 0 && (
                <Alert color="yellow" role="status">
                  {t('vpsForm.applicationNone')}
                </Alert>
              )}
              <ProblemAlert error={applications.error} onReload={() => void applications.refetch()} />
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="vps-form-sizing">
            <Stack gap="sm">
              <Title order={2} size="h4" id="vps-form-sizing">
                {t('vpsForm.sizing')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                {number('vcpu', t('vpsForm.vcpu'))}
                {number('ramGib', t('vpsForm.ramGib'))}
                {number('diskGib', t('vpsForm.diskGib'))}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('vpsForm.osImage')}
                  description={ti('pickerHint')}
                  required
                  searchable
                  allowDeselect={false}
                  data={images.data ?? []}
                  value={values.osImage || null}
                  onChange={(v) => set('osImage', v ?? '')}
                  error={error('osImage')}
                  nothingFoundMessage="—"
                />
                {number('termMonths', t('vpsForm.termMonths'), t('vpsForm.termHint'))}
              </SimpleGrid>
              {images.data && images.data.length === 0 && (
                <Alert color="yellow" role="status">
                  {ti('pickerNone')}
                </Alert>
              )}
              <ProblemAlert error={images.error} onReload={() => void images.refetch()} />
              <Textarea
                label={t('vpsForm.purpose')}
                description={t('vpsForm.purposeHint')}
                required
                autosize
                minRows={3}
                maxLength={2000}
                value={values.purpose}
                onChange={(e) => set('purpose', e.currentTarget.value)}
                error={error('purpose')}
              />
            </Stack>
          </Paper>

          <ProblemAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/pusat-data/vps')}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('vpsForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
