import { Alert, Anchor, Badge, Button, Card, Fieldset, Grid, Group, List, NativeSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBulb, IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { appRegistry, must, servicedesk, type ServicedeskSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { PageHeader } from '../../ui/PageHeader';
import { fieldError, ProblemAlert } from '../../ui/ProblemAlert';
import { PriorityBadge } from './components';
import { CATEGORIES, LEVELS, TYPES, priorityOf, shortId, type Category, type Level, type TicketType } from './model';
import { useOpdOptions } from './queries';
import './i18n';

type TicketForm = ServicedeskSchemas['TicketForm'];

interface Values {
  type: TicketType;
  category: Category;
  title: string;
  description: string;
  impact: Level;
  urgency: Level;
  affectedApplicationId: string;
  affectedSite: string;
  affectedSiteId: string;
  reportedBy: string;
  requesterOpd: string;
}

/** What the form sends: TicketForm exactly, optional fields left out when blank. */
export function toTicketForm(v: Values, isDinas: boolean): TicketForm {
  const optional = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    type: v.type,
    category: v.category,
    title: v.title.trim(),
    description: v.description.trim(),
    impact: v.impact,
    urgency: v.urgency,
    affectedApplicationId: optional(v.affectedApplicationId),
    affectedSite: optional(v.affectedSite),
    affectedSiteId: optional(v.affectedSiteId),
    reportedBy: optional(v.reportedBy),
    requesterOpd: isDinas ? optional(v.requesterOpd) : undefined,
  };
}

/** An Idempotency-Key for this form: a resend after a lost answer opens no second ticket. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * /layanan/tiket/baru — opening a ticket (S1): type, category, what happened, impact × urgency (the expected priority
 * shown as a hint; the server decides, and a security incident is always critical at Tier 2: S8), the affected
 * application from app-registry's register, and knowledge articles suggested while the ticket is written (S7).
 */
export default function NewTicketPage() {
  const { t } = useTranslation('servicedesk');
  const { t: tc } = useTranslation();
  const caller = useCaller();
  const navigate = useNavigate();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const opds = useOpdOptions(isDinas);
  const [idempotencyKey] = useState(newKey);
  const [values, setValues] = useState<Values>({
    type: 'GANGGUAN',
    category: 'APLIKASI',
    title: '',
    description: '',
    impact: 'SEDANG',
    urgency: 'SEDANG',
    affectedApplicationId: '',
    affectedSite: '',
    affectedSiteId: '',
    reportedBy: '',
    requesterOpd: isDinas ? (caller?.opd ?? '') : '',
  });
  const [missing, setMissing] = useState<Partial<Record<keyof Values, boolean>>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setMissing((m) => ({ ...m, [key]: false }));
  };

  const open = useMutation({
    mutationFn: async (form: TicketForm) =>
      must(await servicedesk.POST('/api/v1/tickets', { body: form, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: (ticket) => {
      notifications.show({ color: 'green', message: t('form.created', { ref: shortId(ticket.id) }) });
      navigate(`/layanan/tiket/${ticket.id}`);
    },
  });

  const required: (keyof Values)[] = ['title', 'description', ...(values.category === 'APLIKASI' ? (['affectedApplicationId'] as const) : [])];
  function submit(event: FormEvent) {
    event.preventDefault();
    const blank = Object.fromEntries(required.filter((k) => !values[k].trim()).map((k) => [k, true]));
    setMissing(blank);
    if (Object.keys(blank).length === 0) open.mutate(toTicketForm(values, isDinas));
  }
  const error = (key: keyof Values) => (missing[key] ? tc('field.required') : fieldError(open.error, key));

  const security = values.category === 'KEAMANAN';
  const expected = priorityOf(values.impact, values.urgency, values.category);

  return (
    <Stack maw={960}>
      <PageHeader title={t('form.title')} subtitle={t('form.subtitle')} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert error={open.error} />
          <Fieldset legend={t('form.sections.what')}>
            <Stack gap="sm">
              <Grid>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <NativeSelect
                    label={t('form.type')}
                    required
                    data={TYPES.map((v) => ({ value: v, label: t(`enum.type.${v}`) }))}
                    value={values.type}
                    onChange={(e) => set('type', e.currentTarget.value as TicketType)}
                    error={fieldError(open.error, 'type')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <NativeSelect
                    label={t('form.category')}
                    required
                    data={CATEGORIES.map((v) => ({ value: v, label: t(`enum.category.${v}`) }))}
                    value={values.category}
                    onChange={(e) => set('category', e.currentTarget.value as Category)}
                    error={fieldError(open.error, 'category')}
                  />
                </Grid.Col>
              </Grid>
              {security && (
                <Alert color="red" icon={<IconShieldLock aria-hidden />} role="note" data-testid="security-hint">
                  {t('form.securityHint')}
                </Alert>
              )}
              <TextInput
                label={t('form.ticketTitle')}
                required
                maxLength={200}
                value={values.title}
                onChange={(e) => set('title', e.currentTarget.value)}
                error={error('title')}
                autoComplete="off"
              />
              <Textarea
                label={t('form.description')}
                description={t('form.descriptionHint')}
                required
                autosize
                minRows={4}
                maxLength={8000}
                value={values.description}
                onChange={(e) => set('description', e.currentTarget.value)}
                error={error('description')}
              />
              <Suggestions title={values.title} description={values.description} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('form.sections.weight')}>
            <Grid align="flex-end">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <NativeSelect
                  label={t('form.impact')}
                  required
                  data={LEVELS.map((v) => ({ value: v, label: t(`enum.level.${v}`) }))}
                  value={values.impact}
                  onChange={(e) => set('impact', e.currentTarget.value as Level)}
                  error={fieldError(open.error, 'impact')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <NativeSelect
                  label={t('form.urgency')}
                  required
                  data={LEVELS.map((v) => ({ value: v, label: t(`enum.level.${v}`) }))}
                  value={values.urgency}
                  onChange={(e) => set('urgency', e.currentTarget.value as Level)}
                  error={fieldError(open.error, 'urgency')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Group gap={6} aria-live="polite" data-testid="priority-hint">
                  <PriorityBadge priority={expected} />
                  <Text size="xs" c="dimmed">
                    {t('form.priorityHint', { priority: t(`enum.priority.${expected}`) })}
                  </Text>
                </Group>
              </Grid.Col>
            </Grid>
          </Fieldset>

          <Fieldset legend={t('form.sections.where')}>
            <Stack gap="sm">
              <ApplicationField
                value={values.affectedApplicationId}
                onChange={(id) => set('affectedApplicationId', id)}
                required={values.category === 'APLIKASI'}
                error={error('affectedApplicationId')}
              />
              <SiteField
                opd={isDinas ? values.requesterOpd : undefined}
                value={values.affectedSiteId}
                onChange={(id) => set('affectedSiteId', id)}
                error={fieldError(open.error, 'affectedSiteId')}
              />
              <TextInput
                label={t('form.site')}
                placeholder={t('form.sitePlaceholder')}
                maxLength={200}
                value={values.affectedSite}
                onChange={(e) => set('affectedSite', e.currentTarget.value)}
                error={fieldError(open.error, 'affectedSite')}
              />
              <TextInput
                label={t('form.reportedBy')}
                description={t('form.reportedByHint')}
                maxLength={200}
                value={values.reportedBy}
                onChange={(e) => set('reportedBy', e.currentTarget.value)}
                error={fieldError(open.error, 'reportedBy')}
              />
              {isDinas ? (
                <Select
                  label={t('form.requesterOpd')}
                  data={opds.data ?? []}
                  value={values.requesterOpd || null}
                  onChange={(v) => {
                    set('requesterOpd', v ?? '');
                    set('affectedSiteId', ''); // a registered site belongs to one OPD (422 S1 otherwise)
                  }}
                  searchable
                  error={fieldError(open.error, 'requesterOpd')}
                />
              ) : (
                <Text size="sm" data-testid="requester-from-token">
                  {t('form.requesterFromToken', { opd: caller?.opd ?? '—' })}
                </Text>
              )}
            </Stack>
          </Fieldset>

          <Group>
            <Button type="submit" loading={open.isPending}>
              {t('form.submit')}
            </Button>
            <Button variant="default" component={Link} to="/layanan/tiket">
              {tc('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/**
 * The affected application, searched in app-registry's register (operators see their OPD's, region-wide roles all);
 * decommissioned ones are left out (the server refuses them: 422 S1). If the register cannot be read, the id is typed.
 */
function ApplicationField({ value, onChange, required, error }: { value: string; onChange: (id: string) => void; required: boolean; error?: string }) {
  const { t } = useTranslation('servicedesk');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [chosen, setChosen] = useState<{ value: string; label: string }>();
  const apps = useQuery({
    queryKey: ['servicedesk', 'application-options', q],
    staleTime: 60_000,
    queryFn: async () => {
      const page = must(
        await appRegistry.GET('/api/v1/applications', {
          params: { query: q.length >= 2 ? { q, size: 30 } : { size: 50, sort: ['name'] } },
        }),
      );
      return page.items.filter((a) => a.status !== 'DECOMMISSIONED').map((a) => ({ value: a.id, label: `${a.name} (${a.ownerOpd})` }));
    },
  });
  if (apps.error) {
    return (
      <TextInput
        label={t('form.applicationId')}
        description={t('form.applicationUnavailable')}
        required={required}
        maxLength={100}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
    );
  }
  const options = [...(chosen && !apps.data?.some((o) => o.value === chosen.value) ? [chosen] : []), ...(apps.data ?? [])];
  return (
    <Select
      label={t('form.application')}
      description={t('form.applicationHint')}
      placeholder={t('form.applicationSearch')}
      required={required}
      searchable
      clearable
      data={options}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosen(option ?? undefined);
        onChange(id ?? '');
      }}
      nothingFoundMessage="—"
      error={error}
    />
  );
}

/**
 * A registered site of the requester OPD (network-service's site register, N1), searched by name or address; optional,
 * next to the free-text location. An OPD's users get their own OPD's sites; Dinas those of the OPD it opens the ticket
 * for. If the list cannot be read the picker says so and the free text remains.
 */
function SiteField({ opd, value, onChange, error }: { opd?: string; value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation('servicedesk');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [chosen, setChosen] = useState<{ value: string; label: string }>();
  const sites = useQuery({
    queryKey: ['servicedesk', 'site-options', opd ?? '', q],
    staleTime: 60_000,
    queryFn: async () => {
      const page = must(
        await servicedesk.GET('/api/v1/tickets/site-options', {
          params: { query: { ...(opd ? { opd } : {}), ...(q.length >= 2 ? { q } : {}), size: 50 } },
        }),
      );
      return page.items.map((s) => ({ value: s.id, label: s.address ? `${s.name} — ${s.address}` : s.name }));
    },
  });
  const options = [...(chosen && value && !sites.data?.some((o) => o.value === chosen.value) ? [chosen] : []), ...(sites.data ?? [])];
  return (
    <Select
      label={t('form.registeredSite')}
      description={sites.error ? t('form.registeredSiteUnavailable') : t('form.registeredSiteHint')}
      placeholder={t('form.registeredSiteSearch')}
      searchable
      clearable
      data={options}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosen(option ?? undefined);
        onChange(id ?? '');
      }}
      nothingFoundMessage={sites.isLoading ? t('form.registeredSiteLoading') : t('form.registeredSiteNone')}
      error={error}
      data-testid="registered-site"
    />
  );
}

/** Published articles that may already answer the ticket being written (S7), from its title and description. */
function Suggestions({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation('servicedesk');
  const [text] = useDebouncedValue({ title: title.trim(), description: description.trim() }, 600);
  const enough = text.title.length >= 4 || text.description.length >= 12;
  const suggestions = useQuery({
    queryKey: ['servicedesk', 'suggestions', text],
    enabled: enough,
    staleTime: 60_000,
    queryFn: async () => must(await servicedesk.POST('/api/v1/knowledge-articles/suggestions', { body: text })),
  });
  const items = suggestions.data ?? [];
  if (!enough || items.length === 0) return null;
  return (
    <Card withBorder padding="sm" component="aside" aria-label={t('form.suggestions')} bg="var(--mantine-color-yellow-light)">
      <Group gap={6} mb={4}>
        <IconBulb size={16} aria-hidden />
        <Text size="sm" fw={600}>
          {t('form.suggestions')}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mb={6}>
        {t('form.suggestionsHint')}
      </Text>
      <List size="sm" spacing={4}>
        {items.map((a) => (
          <List.Item key={a.id}>
            <Anchor component={Link} to={`/layanan/pengetahuan/${a.id}`} target="_blank" rel="noopener">
              {a.title}
            </Anchor>{' '}
            <Badge size="xs" variant="light">
              {t(`enum.category.${a.category}`)}
            </Badge>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
