import { Alert, Button, Card, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { Role } from '../../auth/roles';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { SUBDOMAINS_KEY } from './SubdomainTable';
import './i18n';

type Purpose = AppRegistrySchemas['ClaimSubdomainRequest']['purpose'];
type Availability = AppRegistrySchemas['AvailabilityResponse'];

/**
 * Requests (OPD operator) or allocates (Dinas) a name, checking availability as the user types. With an application
 * the purpose is the application or its API; without one, an OPD website.
 */
export function SubdomainRequestForm({ applicationId }: { applicationId?: string }) {
  const { t } = useTranslation('subdomains');
  const { t: td } = useTranslation('domain');
  const { t: tc } = useTranslation();
  const caller = useCaller();
  const client = useQueryClient();
  const dinas = !!caller?.roles.includes(Role.DINAS_ADMIN);
  const purposes: Purpose[] = applicationId ? ['APLIKASI', 'LAYANAN_API'] : ['SITUS_OPD'];
  const [label, setLabel] = useState('');
  const [purpose, setPurpose] = useState<Purpose>(purposes[0]);
  const [opd, setOpd] = useState(applicationId ? '' : (caller?.opd ?? ''));
  const [missing, setMissing] = useState(false);
  const [debounced] = useDebouncedValue(label.trim(), 350);

  const availability = useQuery({
    queryKey: ['subdomain-availability', debounced],
    queryFn: async (): Promise<Availability> =>
      must(await appRegistry.GET('/api/v1/subdomains/availability', { params: { query: { label: debounced } } })),
    enabled: debounced.length > 0,
  });

  const claim = useMutation({
    mutationFn: async () =>
      must(
        await appRegistry.POST('/api/v1/subdomains', {
          body: {
            label: label.trim(),
            purpose,
            applicationId,
            opd: applicationId ? undefined : opd.trim() || undefined,
          },
        }),
      ),
    onSuccess: async () => {
      setLabel('');
      await client.invalidateQueries({ queryKey: SUBDOMAINS_KEY });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = !label.trim();
    setMissing(blank);
    if (!blank) claim.mutate();
  };

  const verdict = debounced && availability.data?.name === debounced ? availability.data : undefined;
  const checking = label.trim() !== debounced || availability.isFetching;
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {dinas ? t('request.titleDinas') : t('request.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('request.label')}
              description={t('request.labelHint')}
              required
              value={label}
              maxLength={253}
              autoComplete="off"
              onChange={(e) => {
                setLabel(e.currentTarget.value);
                claim.reset();
              }}
              error={missing ? tc('field.required') : fieldError(claim.error, 'label')}
              miw={240}
              style={{ flex: 1 }}
            />
            <Select
              label={t('request.purpose')}
              required
              allowDeselect={false}
              data={purposes.map((p) => ({ value: p, label: td(`subdomainPurpose.${p}`) }))}
              value={purpose}
              onChange={(v) => setPurpose((v as Purpose) ?? purposes[0])}
              miw={180}
            />
            {!applicationId && (
              <TextInput
                label={t('request.opd')}
                value={opd}
                maxLength={30}
                onChange={(e) => setOpd(e.currentTarget.value)}
                error={fieldError(claim.error, 'opd')}
                miw={160}
              />
            )}
          </Group>
          <div aria-live="polite" data-testid="availability">
            {label.trim() && checking && (
              <Group gap={6}>
                <Loader size="xs" aria-hidden />
                <Text size="sm">{t('request.checking')}</Text>
              </Group>
            )}
            {!checking && verdict && (
              <Text size="sm" c={verdict.available ? 'teal' : 'red'} fw={600}>
                {verdict.available ? '✓ ' : '✗ '}
                {t(`request.verdict.${verdict.availability}`, { fqdn: verdict.fqdn ?? verdict.name })}
                {verdict.reason ? ` — ${verdict.reason}` : ''}
              </Text>
            )}
            {claim.data && (
              <Alert color="teal" variant="light" role="status">
                {t('request.done', { fqdn: claim.data.fqdn, status: td(`subdomainStatus.${claim.data.status}`) })}
              </Alert>
            )}
          </div>
          <ProblemAlert error={availability.error ?? claim.error} />
          <Group>
            <Button type="submit" loading={claim.isPending} disabled={verdict !== undefined && !verdict.available}>
              {dinas ? t('request.submitDinas') : t('request.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
