import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The end of a form: Batal, then its submit button (busy while the request runs). Defaults to "Simpan". */
export function FormButtons({
  pending,
  onCancel,
  submitLabel,
  submitColor,
}: {
  pending: boolean;
  onCancel: () => void;
  submitLabel?: string;
  submitColor?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('action.cancel')}
      </Button>
      <Button type="submit" loading={pending} color={submitColor}>
        {submitLabel ?? t('action.save')}
      </Button>
    </Group>
  );
}
