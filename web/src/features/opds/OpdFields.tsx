import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppRegistrySchemas } from '../../api/client';
import { fieldError } from '../../ui/ProblemAlert';
import { OPD_KINDS } from './i18n';

export type OpdKind = AppRegistrySchemas['UpdateOpdRequest']['kind'];

/** The fields an OPD is registered and edited with (the code is set once, at registration). */
export interface OpdFieldValues {
  name: string;
  kind: OpdKind;
  parentCode: string;
  dinas: boolean;
}

/** Name, kind, parent unit and the Dinas flag, with the server's field errors next to them. */
export function OpdFields({
  values,
  onChange,
  error,
}: {
  values: OpdFieldValues;
  onChange: (patch: Partial<OpdFieldValues>) => void;
  error: unknown;
}) {
  const { t } = useTranslation('opds');
  const { t: td } = useTranslation('domain');
  return (
    <>
      <TextInput
        label={t('field.name')}
        value={values.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={fieldError(error, 'name')}
        required
        maxLength={200}
      />
      <NativeSelect
        label={t('field.kind')}
        data={OPD_KINDS.map((k) => ({ value: k, label: td(`opdKind.${k}`) }))}
        value={values.kind}
        onChange={(e) => onChange({ kind: e.currentTarget.value as OpdKind })}
        error={fieldError(error, 'kind')}
      />
      <TextInput
        label={t('field.parentCode')}
        description={t('field.parentHint')}
        value={values.parentCode}
        onChange={(e) => onChange({ parentCode: e.currentTarget.value.toUpperCase() })}
        error={fieldError(error, 'parentCode')}
      />
      <Checkbox
        label={t('field.dinas')}
        checked={values.dinas}
        onChange={(e) => onChange({ dinas: e.currentTarget.checked })}
        error={fieldError(error, 'dinas')}
      />
    </>
  );
}
