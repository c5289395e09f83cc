import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appRegistry, must } from '../../api/client';
import { fieldError, ProblemAlert } from '../../ui/ProblemAlert';
import { OpdFields, type OpdFieldValues } from './OpdFields';
import { FormButtons } from '../../ui/FormButtons';

/** Dinas registers a new OPD (POST /opds); a new OPD is never Mandiri TIK (that takes a decree, G3). */
export function RegisterOpdModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('opds');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [values, setValues] = useState<OpdFieldValues>({ name: '', kind: 'DINAS', parentCode: '', dinas: false });
  const { name, kind, dinas, parentCode } = values;

  const register = useMutation({
    mutationFn: async () =>
      must(
        await appRegistry.POST('/api/v1/opds', {
          body: { code: code.trim(), name: name.trim(), kind, dinas, parentCode: parentCode.trim() || null },
        }),
      ),
    onSuccess: (opd) => {
      void client.invalidateQueries({ queryKey: ['opds'] });
      onClose();
      navigate(`/opd/${encodeURIComponent(opd.code)}`);
    },
  });
  const err = register.error;

  return (
    <Modal opened={opened} onClose={onClose} title={t('register.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          register.mutate();
        }}
      >
        <Stack>
          <ProblemAlert error={err} />
          <TextInput
            label={t('field.code')}
            description={t('register.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
            error={fieldError(err, 'code')}
            required
            maxLength={30}
          />
          <OpdFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={err} />
          <Text size="sm" c="dimmed">
            {t('register.mandiriNote')}
          </Text>
          <FormButtons pending={register.isPending} onCancel={onClose} submitLabel={t('register.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
