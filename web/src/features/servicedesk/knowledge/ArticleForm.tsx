import { NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServicedeskSchemas } from '../../../api/client';
import { fieldError, ProblemAlert } from '../../../ui/ProblemAlert';
import { CATEGORIES, type Category } from '../model';
import '../i18n';

export type ArticleValues = ServicedeskSchemas['ArticleEditRequest'];

/** Title, body and category of an article (ArticleEditRequest): all three required, checked before sending. */
export function ArticleForm({
  initial,
  error,
  onSubmit,
  onReload,
  children,
}: {
  initial: ArticleValues;
  error: unknown;
  onSubmit: (values: ArticleValues) => void;
  onReload?: () => void;
  /** the form's buttons */
  children: ReactNode;
}) {
  const { t } = useTranslation('servicedesk');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<ArticleValues>(initial);
  const [missing, setMissing] = useState<Partial<Record<keyof ArticleValues, boolean>>>({});
  const set = <K extends keyof ArticleValues>(key: K, value: ArticleValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setMissing((m) => ({ ...m, [key]: false }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = { title: !values.title.trim(), body: !values.body.trim() };
    setMissing(blank);
    if (!blank.title && !blank.body) onSubmit({ title: values.title.trim(), body: values.body.trim(), category: values.category });
  };
  const err = (key: keyof ArticleValues) => (missing[key] ? tc('field.required') : fieldError(error, key));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('knowledge.form.title')} required maxLength={200} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={err('title')} />
        <NativeSelect
          label={t('knowledge.form.category')}
          required
          data={CATEGORIES.map((c) => ({ value: c, label: t(`enum.category.${c}`) }))}
          value={values.category}
          onChange={(e) => set('category', e.currentTarget.value as Category)}
          error={err('category')}
        />
        <Textarea
          label={t('knowledge.form.body')}
          required
          autosize
          minRows={8}
          maxLength={20000}
          value={values.body}
          onChange={(e) => set('body', e.currentTarget.value)}
          error={err('body')}
        />
        <ProblemAlert error={error} onReload={onReload} />
        {children}
      </Stack>
    </form>
  );
}
