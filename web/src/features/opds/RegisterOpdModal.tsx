import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { fieldError, ProblemAlert } from '../../ui/ProblemAlert';
import { OPD_KINDS } from './i18n';

type Kind = AppRegistrySchemas['RegisterOpdRequest']['kind'];

/** Dinas registers a new OPD (POST /opds); a new OPD is never Mandiri TIK (that takes a decree, G3). */
export function RegisterOpdModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('opds');
  const { t: tc } = useTranslation();
  const { t: td } = useTranslation('domain');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('DINAS');
  const [dinas, setDinas] = useState(false);
  const [parentCode, setParentCode] = useState('');

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
          <TextInput label={t('field.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(err, 'name')} required maxLength={200} />
          <NativeSelect
            label={t('field.kind')}
            data={OPD_KINDS.map((k) => ({ value: k, label: td(`opdKind.${k}`) }))}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
            error={fieldError(err, 'kind')}
          />
          <TextInput
            label={t('field.parentCode')}
            description={t('field.parentHint')}
            value={parentCode}
            onChange={(e) => setParentCode(e.currentTarget.value.toUpperCase())}
            error={fieldError(err, 'parentCode')}
          />
          <Checkbox label={t('field.dinas')} checked={dinas} onChange={(e) => setDinas(e.currentTarget.checked)} error={fieldError(err, 'dinas')} />
          <Text size="sm" c="dimmed">
            {t('register.mandiriNote')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" loading={register.isPending}>
              {t('register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
