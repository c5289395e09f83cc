import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datacenter, must, type DatacenterSchemas } from '../../../api/client';
import { FormButtons } from '../../../ui/FormButtons';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import type { DataCenter } from '../shared';
import '../i18n';

type Form = DatacenterSchemas['DataCenterForm'];
type CapacityKey = keyof DatacenterSchemas['CapacityForm'];

/** CapacityForm's limits on the server (bean validation). */
const CAPACITY: { key: CapacityKey; min: number; max: number; decimal: boolean }[] = [
  { key: 'vcpu', min: 0, max: 1_000_000, decimal: false },
  { key: 'ramGib', min: 0, max: 100_000_000, decimal: false },
  { key: 'diskGib', min: 0, max: 1_000_000_000, decimal: false },
  { key: 'rackUnits', min: 0, max: 100_000, decimal: false },
  { key: 'powerKw', min: 0, max: 100_000, decimal: true },
  { key: 'vcpuOvercommit', min: 1, max: 16, decimal: true },
  { key: 'ramOvercommit', min: 1, max: 4, decimal: true },
];
const CODE = /^[A-Z][A-Z0-9-]{1,29}$/;

/**
 * Registers a data center (POST, with its code) or replaces one (PUT with If-Match, the whole DataCenterForm). The
 * form edits name, role, address and installed capacity; links and DR targets are sent back as they are, so an edit
 * here never drops them (their status has its own action on the detail page).
 */
export function DataCenterFormModal({
  existing,
  etag,
  onClose,
  onSaved,
}: {
  existing?: DataCenter;
  etag?: string;
  onClose: () => void;
  onSaved: (dc: DataCenter) => void;
}) {
  const { t } = useTranslation('datacenter');
  const { t: tc } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState(existing?.name ?? '');
  const [role, setRole] = useState<Form['role']>(existing?.role ?? 'MAIN');
  const [address, setAddress] = useState(existing?.address ?? '');
  const [capacity, setCapacity] = useState<Record<CapacityKey, number | ''>>(
    existing?.capacity ?? { vcpu: 0, ramGib: 0, diskGib: 0, rackUnits: 0, powerKw: 0, vcpuOvercommit: 1, ramOvercommit: 1 },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  const mutation = useMutation({
    mutationFn: async (form: Form) => {
      if (existing) {
        return must(
          await datacenter.PUT('/api/v1/data-centers/{code}', {
            params: { path: { code: existing.code }, header: etag ? { 'If-Match': etag } : undefined },
            body: form,
          }),
        );
      }
      return must(await datacenter.POST('/api/v1/data-centers', { body: { code, dataCenter: form } }));
    },
    onSuccess: onSaved,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!existing && !CODE.test(code)) found.code = code ? t('siteForm.codeHint') : tc('field.required');
    if (!name.trim()) found.name = tc('field.required');
    for (const c of CAPACITY) {
      const v = capacity[c.key];
      if (v === '') found[c.key] = tc('field.required');
      else if (v < c.min) found[c.key] = t('vpsForm.min', { min: c.min });
      else if (v > c.max) found[c.key] = t('vpsForm.max', { max: c.max });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({
      name: name.trim(),
      role,
      ...(address.trim() ? { address: address.trim() } : {}),
      capacity: Object.fromEntries(CAPACITY.map((c) => [c.key, Number(capacity[c.key])])) as Form['capacity'],
      links: existing?.links ?? [],
      drTargets: existing?.drTargets ?? [],
    });
  }
  const prefix = existing ? '' : 'dataCenter.';
  const error = (key: string, server = key) => errors[key] ?? fieldError(mutation.error, `${prefix}${server}`) ?? fieldError(mutation.error, server);

  return (
    <Modal opened onClose={onClose} title={existing ? t('siteForm.editTitle', { code: existing.code }) : t('siteForm.registerTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!existing && (
            <TextInput
              label={t('siteForm.code')}
              description={t('siteForm.codeHint')}
              required
              maxLength={30}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
              error={errors.code ?? fieldError(mutation.error, 'code')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('siteForm.name')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error('name')} />
            <Select
              label={t('siteForm.role')}
              required
              allowDeselect={false}
              data={(['MAIN', 'DISASTER_RECOVERY'] as const).map((r) => ({ value: r, label: t(`sites.roleValue.${r}`) }))}
              value={role}
              onChange={(v) => setRole((v ?? 'MAIN') as Form['role'])}
              error={error('role')}
            />
          </SimpleGrid>
          <Textarea label={t('siteForm.address')} maxLength={500} autosize minRows={2} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={error('address')} />
          <Title order={3} size="h5">
            {t('siteForm.capacity')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm">
            {CAPACITY.map((c) => (
              <NumberInput
                key={c.key}
                label={t(`siteForm.${c.key}`)}
                required
                min={c.min}
                max={c.max}
                allowDecimal={c.decimal}
                decimalScale={c.decimal ? 2 : undefined}
                allowNegative={false}
                clampBehavior="none"
                value={capacity[c.key]}
                onChange={(v) => setCapacity((old) => ({ ...old, [c.key]: v === '' ? '' : Number(v) }))}
                error={error(c.key, `capacity.${c.key}`)}
              />
            ))}
          </SimpleGrid>
          <ProblemAlert error={mutation.error} onReload={onClose} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
