import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Fieldset, Grid, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { must, servicedesk, type ServicedeskSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FormButtons } from '../../../ui/FormButtons';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { fieldError, ProblemAlert } from '../../../ui/ProblemAlert';
import { TableSection } from '../../../ui/TableSection';
import { VerifiedHistory } from '../../../ui/VerifiedHistory';
import './i18n';

type Agent = ServicedeskSchemas['AgentForm'];

const ROSTER_KEY = ['servicedesk', 'tier2-roster'] as const;

/**
 * /layanan/roster-tier2 — the Tier 2 roster (S3): who works Dinas's Tier 2 queue (and a service centre's one queue)
 * and where their notifications go. Region-wide roles read it; Dinas edits the whole list, with the ETag of the
 * version on screen (a stale one is refused, 412). No active agent: the desk is addressed as a whole (desk mailbox).
 */
export default function Tier2RosterPage() {
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const dinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const roster = useQuery({
    queryKey: ROSTER_KEY,
    queryFn: async () => {
      const result = await servicedesk.GET('/api/v1/tier2-roster');
      return { value: must(result), etag: result.response.headers.get('ETag') ?? undefined };
    },
  });
  const data = roster.data?.value;
  const active = data?.agents.filter((a) => a.active).length ?? 0;
  return (
    <Stack>
      <PageHeader title={t('tier2.title')} subtitle={t('tier2.subtitle')} />
      <ProblemAlert error={roster.error} onReload={() => void roster.refetch()} />
      <div aria-live="polite">
        {saved && !editing && (
          <Alert color="teal" role="status" title={t('tier2.saved')} />
        )}
      </div>
      {roster.isPending ? (
        <Loading />
      ) : data && roster.data ? (
        editing ? (
          <RosterForm
            initial={data.agents.map((a) => ({ username: a.username, name: a.name, email: a.email, active: a.active }))}
            etag={roster.data.etag}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
            }}
          />
        ) : (
          <>
            {active > 0 ? (
              <Alert color="blue" icon={<IconUsersGroup aria-hidden />} role="status" title={t('tier2.activeCount', { count: active })} />
            ) : (
              <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="status" title={t('tier2.noActive')} />
            )}
            <TableSection
              title={t('tier2.sectionTitle')}
              caption={t('tier2.caption')}
              columns={(['username', 'name', 'email', 'status'] as const).map((c) => t(`tier2.columns.${c}`))}
              minWidth={620}
              empty={data.agents.length === 0 ? t('tier2.empty') : undefined}
            >
              {data.agents.map((a) => (
                <Table.Tr key={a.username}>
                  <Table.Td>{a.username}</Table.Td>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.email}</Table.Td>
                  <Table.Td>
                    <Badge color={a.active ? 'teal' : 'gray'} variant="light">
                      {a.active ? t('tier2.active') : t('tier2.inactive')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </TableSection>
            {data.updatedAt && data.updatedBy && (
              <Text size="sm" c="dimmed">
                {t('tier2.updated', { at: formatDateTime(data.updatedAt), by: data.updatedBy })}
              </Text>
            )}
            {dinas && (
              <Group>
                <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => { setSaved(false); setEditing(true); }}>
                  {t('tier2.edit')}
                </Button>
              </Group>
            )}
            <RosterHistory />
          </>
        )
      ) : null}
    </Stack>
  );
}

function RosterHistory() {
  const { t } = useTranslation('servicedesk');
  const history = useQuery({
    queryKey: [...ROSTER_KEY, 'history'],
    queryFn: async () => must(await servicedesk.GET('/api/v1/tier2-roster/history')),
  });
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('tier2.history')}
      </Title>
      <ProblemAlert error={history.error} onReload={() => void history.refetch()} />
      {history.isPending ? <Loading /> : history.data ? <VerifiedHistory history={history.data} /> : null}
    </Card>
  );
}

/** Dinas replaces the whole roster (PUT with If-Match of the version read). Every field is required. */
function RosterForm({ initial, etag, onCancel, onSaved }: { initial: Agent[]; etag?: string; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation('servicedesk');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [agents, setAgents] = useState<Agent[]>(initial);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: async () =>
      must(
        await servicedesk.PUT('/api/v1/tier2-roster', {
          params: { header: etag ? { 'If-Match': etag } : {} },
          body: { agents: agents.map((a) => ({ username: a.username.trim(), name: a.name.trim(), email: a.email.trim(), active: a.active })) },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ROSTER_KEY });
      onSaved();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank: Record<string, boolean> = {};
    agents.forEach((a, i) => {
      (['username', 'name', 'email'] as const).forEach((k) => {
        if (!a[k].trim()) blank[`agents[${i}].${k}`] = true;
      });
    });
    setMissing(blank);
    if (Object.keys(blank).length === 0) save.mutate();
  };
  const err = (path: string) => (missing[path] ? tc('field.required') : fieldError(save.error, path));
  const change = <K extends keyof Agent>(i: number, key: K, value: Agent[K]) => setAgents((all) => all.map((a, j) => (j === i ? { ...a, [key]: value } : a)));
  const anyActive = agents.some((a) => a.active);
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('tier2.formTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {agents.map((a, i) => (
            <Fieldset key={i} legend={t('tier2.agent', { n: i + 1 })} variant="filled">
              <Grid align="flex-end">
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <TextInput label={t('tier2.username')} required maxLength={100} value={a.username} onChange={(e) => change(i, 'username', e.currentTarget.value)} error={err(`agents[${i}].username`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <TextInput label={t('tier2.name')} required maxLength={200} value={a.name} onChange={(e) => change(i, 'name', e.currentTarget.value)} error={err(`agents[${i}].name`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <TextInput label={t('tier2.email')} description={t('tier2.emailHint')} required type="email" maxLength={254} value={a.email} onChange={(e) => change(i, 'email', e.currentTarget.value)} error={err(`agents[${i}].email`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 10, sm: 2 }}>
                  <Checkbox label={t('tier2.activeLabel')} checked={a.active} onChange={(e) => change(i, 'active', e.currentTarget.checked)} />
                </Grid.Col>
                <Grid.Col span={{ base: 2, sm: 1 }}>
                  <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('tier2.removeAgent', { n: i + 1 })} onClick={() => setAgents((all) => all.filter((_, j) => j !== i))}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Grid.Col>
              </Grid>
            </Fieldset>
          ))}
          {!anyActive && (
            <Text size="sm" c="dimmed">
              {t('tier2.emptyHint')}
            </Text>
          )}
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAgents((all) => [...all, { username: '', name: '', email: '', active: true }])}>
              {t('tier2.addAgent')}
            </Button>
          </Group>
          <ProblemAlert
            error={save.error}
            onReload={() => {
              void client.invalidateQueries({ queryKey: ROSTER_KEY });
              onCancel();
            }}
          />
          <FormButtons pending={save.isPending} onCancel={onCancel} submitLabel={t('tier2.save')} />
        </Stack>
      </form>
    </Card>
  );
}
