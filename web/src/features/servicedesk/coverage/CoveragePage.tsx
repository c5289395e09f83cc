import { ActionIcon, Alert, Badge, Button, Fieldset, Grid, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../api/problem';
import { must, servicedesk, type ServicedeskSchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../../auth/roles';
import { FormButtons } from '../../../ui/FormButtons';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { fieldError, ProblemAlert } from '../../../ui/ProblemAlert';
import '../i18n';

type Technician = ServicedeskSchemas['TechnicianForm'];

/**
 * /layanan/cakupan-tier1 — supervision of Tier 1 (S2, S4): every OPD with its number of roster technicians, the OPDs
 * without one flagged in words (their tickets go to Tier 2), and whether the OPD directory's Tier 1 contact is on the
 * roster. Dinas sets an OPD's roster from here.
 */
export default function CoveragePage() {
  const { t } = useTranslation('servicedesk');
  const caller = useCaller();
  const dinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [editing, setEditing] = useState<string | null>(null);
  const coverage = useQuery({
    queryKey: ['servicedesk', 'coverage'],
    queryFn: async () => must(await servicedesk.GET('/api/v1/tier1-roster/coverage')),
  });
  const data = coverage.data;
  return (
    <Stack>
      <PageHeader title={t('coverage.title')} subtitle={t('coverage.subtitle')} />
      <ProblemAlert error={coverage.error} onReload={() => void coverage.refetch()} />
      {coverage.isPending ? (
        <Loading />
      ) : data && !data.tiered ? (
        <Alert color="blue" role="status">
          {t('coverage.notTiered')}
        </Alert>
      ) : data ? (
        <>
          {data.uncoveredCount > 0 ? (
            <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="status" title={t('coverage.uncovered', { count: data.uncoveredCount })} />
          ) : (
            <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status" title={t('coverage.allCovered')} />
          )}
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('coverage.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['opd', 'state', 'technicians', 'routed', 'contact'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(`coverage.columns.${c}`)}
                    </Table.Th>
                  ))}
                  {dinas && <Table.Th scope="col">{t('coverage.roster')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.opd} data-uncovered={item.uncovered || undefined}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {item.opd}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {item.uncovered ? (
                        <Badge color="orange" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                          {t('coverage.gap')}
                        </Badge>
                      ) : (
                        <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} aria-hidden />}>
                          {t('coverage.covered')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{item.technicians}</Table.Td>
                    <Table.Td>{item.openTicketsRoutedToTier2}</Table.Td>
                    <Table.Td>
                      {item.directoryContact ? (
                        <>
                          <Text size="sm">{item.directoryContact}</Text>
                          <Text size="xs" c={item.directoryAgrees ? 'teal.8' : 'orange.8'}>
                            {item.directoryAgrees ? t('coverage.agrees') : t('coverage.disagrees')}
                          </Text>
                        </>
                      ) : (
                        t('coverage.noContact')
                      )}
                    </Table.Td>
                    {dinas && (
                      <Table.Td>
                        <Button size="xs" variant="light" onClick={() => setEditing(item.opd)} aria-label={t('coverage.edit', { opd: item.opd })}>
                          {t('coverage.roster')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
      {editing && <RosterModal opd={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

/** Dinas sets an OPD's whole roster (PUT, If-Match when one exists); at least one technician (422 S2). */
function RosterModal({ opd, onClose }: { opd: string; onClose: () => void }) {
  const { t } = useTranslation('servicedesk');
  const client = useQueryClient();
  const roster = useQuery({
    queryKey: ['servicedesk', 'roster', opd, 'tagged'],
    queryFn: async () => {
      try {
        const result = await servicedesk.GET('/api/v1/tier1-roster/{opd}', { params: { path: { opd } } });
        return { value: must(result), etag: result.response.headers.get('ETag') ?? undefined };
      } catch (e) {
        if (e instanceof ApiProblem && e.status === 404) return { value: undefined, etag: undefined };
        throw e;
      }
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('coverage.rosterOf', { opd })} size="xl">
      {roster.isPending ? (
        <Loading />
      ) : roster.error || !roster.data ? (
        <ProblemAlert error={roster.error} />
      ) : (
        <RosterForm
          opd={opd}
          initial={(roster.data.value?.technicians ?? []).map((x) => ({ username: x.username, name: x.name, phone: x.phone ?? '', email: x.email ?? '' }))}
          etag={roster.data.etag}
          onClose={onClose}
          onSaved={async () => {
            await client.invalidateQueries({ queryKey: ['servicedesk', 'coverage'] });
            await client.invalidateQueries({ queryKey: ['servicedesk', 'roster', opd] });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

function RosterForm({
  opd,
  initial,
  etag,
  onClose,
  onSaved,
}: {
  opd: string;
  initial: Technician[];
  etag?: string;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('servicedesk');
  const { t: tc } = useTranslation();
  const [technicians, setTechnicians] = useState<Technician[]>(initial.length ? initial : [{ username: '', name: '', phone: '', email: '' }]);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: async () =>
      must(
        await servicedesk.PUT('/api/v1/tier1-roster/{opd}', {
          params: { path: { opd }, header: etag ? { 'If-Match': etag } : {} },
          body: {
            technicians: technicians.map((x) => ({
              username: x.username.trim(),
              name: x.name.trim(),
              ...(x.phone?.trim() ? { phone: x.phone.trim() } : {}),
              ...(x.email?.trim() ? { email: x.email.trim() } : {}),
            })),
          },
        }),
      ),
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank: Record<string, boolean> = {};
    technicians.forEach((x, i) => {
      if (!x.username.trim()) blank[`technicians[${i}].username`] = true;
      if (!x.name.trim()) blank[`technicians[${i}].name`] = true;
    });
    setMissing(blank);
    if (Object.keys(blank).length === 0) save.mutate();
  };
  const err = (path: string) => (missing[path] ? tc('field.required') : fieldError(save.error, path));
  const change = (i: number, key: keyof Technician, value: string) => setTechnicians((all) => all.map((x, j) => (j === i ? { ...x, [key]: value } : x)));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {technicians.map((x, i) => (
          <Fieldset key={i} legend={t('coverage.technician', { n: i + 1 })} variant="filled">
            <Grid align="flex-end">
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <TextInput label={t('coverage.username')} required maxLength={100} value={x.username} onChange={(e) => change(i, 'username', e.currentTarget.value)} error={err(`technicians[${i}].username`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <TextInput label={t('coverage.name')} required maxLength={200} value={x.name} onChange={(e) => change(i, 'name', e.currentTarget.value)} error={err(`technicians[${i}].name`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 2 }}>
                <TextInput label={t('coverage.phone')} type="tel" maxLength={40} value={x.phone ?? ''} onChange={(e) => change(i, 'phone', e.currentTarget.value)} error={err(`technicians[${i}].phone`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 10, sm: 3 }}>
                <TextInput label={t('coverage.email')} description={t('coverage.emailHint')} type="email" maxLength={254} value={x.email ?? ''} onChange={(e) => change(i, 'email', e.currentTarget.value)} error={err(`technicians[${i}].email`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 2, sm: 1 }}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('coverage.removeTechnician', { n: i + 1 })}
                  onClick={() => setTechnicians((all) => all.filter((_, j) => j !== i))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Grid.Col>
            </Grid>
          </Fieldset>
        ))}
        {technicians.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('coverage.none')}
          </Text>
        )}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setTechnicians((all) => [...all, { username: '', name: '', phone: '', email: '' }])}>
            {t('coverage.addTechnician')}
          </Button>
        </Group>
        <ProblemAlert error={save.error} onReload={onClose} />
        <FormButtons pending={save.isPending} onCancel={onClose} submitLabel={t('coverage.saveRoster')} />
      </Stack>
    </form>
  );
}

