import { Alert, Anchor, Badge, Button, Checkbox, Code, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { FactRows } from '../../ui/FactRows';
import { FormButtons } from '../../ui/FormButtons';
import { fieldError, ProblemAlert } from '../../ui/ProblemAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import { MandiriTikSection } from './MandiriTikSection';
import { OpdBadges } from './OpdBadges';
import { OpdFields, type OpdFieldValues } from './OpdFields';
import { Section } from './Section';
import { useOpd, useOpdWrite, type Opd, type OpdWithTag } from './opdQueries';

/** One OPD: its data, head, Tier 1 contact, sub-units, Mandiri TIK decisions and tamper-evident history. */
export default function OpdDetailPage() {
  const { code = '' } = useParams();
  const caller = useCaller();
  const query = useOpd(code);
  const dinas = hasAnyRole(caller, Role.DINAS_ADMIN);

  if (query.isPending) return <Loading />;
  if (query.error || !query.data) {
    return (
      <Stack>
        <PageHeader title={code} />
        <ProblemAlert error={query.error} />
        <BackLink />
      </Stack>
    );
  }
  const { opd } = query.data;
  return (
    <Stack>
      <BackLink />
      <PageHeader
        title={opd.name}
        subtitle={
          <Group gap={6} component="span">
            <span>{opd.code}</span>
            <OpdBadges dinas={opd.dinas} mandiriTik={opd.mandiriTik} active={opd.active} />
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ProfileCard current={query.data} canEdit={dinas} onReload={() => void query.refetch()} />
        <Stack>
          <HeadCard current={query.data} canEdit={dinas} onReload={() => void query.refetch()} />
          <Tier1Card current={query.data} canEdit={dinas} onReload={() => void query.refetch()} />
        </Stack>
      </SimpleGrid>
      <ChildrenCard opd={opd} />
      <MandiriTikSection current={query.data} canRecord={hasAnyRole(caller, Role.DINAS_ADMIN, Role.COORDINATOR)} />
      {hasAnyRole(caller, Role.DINAS_ADMIN, Role.COORDINATOR, Role.AUDITOR) && <HistoryCard code={opd.code} />}
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation('opds');
  return (
    <Anchor component={Link} to="/opd" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );
}

/** After a successful save, says so politely; the form closes. */
function Saved({ show }: { show: boolean }) {
  const { t } = useTranslation('opds');
  return (
    <Text size="sm" c="green.8" role="status" aria-live="polite">
      {show ? t('detail.saved') : ''}
    </Text>
  );
}

/**
 * The state of a card's inline edit form: `start` fills the form from the current data and clears the last save's
 * problem; `field` wires one text input (value, change, the server's field error); `finished` closes and says saved.
 */
function useEditForm<F extends Record<string, string>>(save: { reset: () => void; error: unknown }, fromCurrent: () => F) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState<F>(fromCurrent);
  const start = () => {
    setForm(fromCurrent());
    save.reset();
    setSaved(false);
    setEditing(true);
  };
  const field = (key: keyof F & string) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
    error: fieldError(save.error, key),
  });
  const finished = () => {
    setEditing(false);
    setSaved(true);
  };
  return { editing, setEditing, saved, finished, form, start, field };
}

// ---------------------------------------------------------------- the directory entry

function ProfileCard({ current, canEdit, onReload }: { current: OpdWithTag; canEdit: boolean; onReload: () => void }) {
  const { t } = useTranslation('opds');
  const { t: tc } = useTranslation();
  const { t: td } = useTranslation('domain');
  const { opd } = current;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  return (
    <Section
      title={t('detail.profile')}
      action={
        canEdit &&
        !editing && (
          <Button size="xs" variant="light" onClick={() => (setEditing(true), setSaved(false))}>
            {t('detail.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <Stack gap="xs">
          {reloaded && (
            <Text size="sm" role="status">
              {t('detail.reloaded')}
            </Text>
          )}
          {/* Keyed by the ETag: after a reload the form starts again from the data as it now is. */}
          <ProfileForm
            key={current.etag}
            current={current}
            onDone={() => (setEditing(false), setSaved(true), setReloaded(false))}
            onCancel={() => (setEditing(false), setReloaded(false))}
            onReload={() => (onReload(), setReloaded(true))}
          />
        </Stack>
      ) : (
        <Stack gap="xs">
          <FactRows
            rows={[
              [t('field.code'), opd.code],
              [t('field.name'), opd.name],
              [t('field.kind'), td(`opdKind.${opd.kind}`)],
              [t('field.dinas'), opd.dinas ? tc('state.yes') : tc('state.no')],
              [t('field.mandiriTik'), opd.mandiriTik ? tc('state.yes') : tc('state.no')],
              [t('field.active'), opd.active ? tc('state.yes') : tc('state.no')],
              [
                t('field.parent'),
                opd.parentCode ? (
                  <Anchor component={Link} to={`/opd/${encodeURIComponent(opd.parentCode)}`} size="sm">
                    {opd.parentCode}
                  </Anchor>
                ) : (
                  '—'
                ),
              ],
              [t('field.registeredAt'), formatDateTime(opd.registeredAt)],
              [t('field.updatedAt'), formatDateTime(opd.updatedAt)],
            ]}
          />
          <Saved show={saved} />
        </Stack>
      )}
    </Section>
  );
}

function ProfileForm({ current, onDone, onCancel, onReload }: { current: OpdWithTag; onDone: () => void; onCancel: () => void; onReload: () => void }) {
  const { t } = useTranslation('opds');
  const { opd } = current;
  const [values, setValues] = useState<OpdFieldValues>({
    name: opd.name,
    kind: opd.kind,
    parentCode: opd.parentCode ?? '',
    dinas: opd.dinas,
  });
  const { name, kind, dinas, parentCode } = values;
  const [active, setActive] = useState(opd.active);
  const save = useOpdWrite(opd.code, (ifMatch, body: AppRegistrySchemas['UpdateOpdRequest']) =>
    appRegistry.PUT('/api/v1/opds/{code}', { params: { path: { code: opd.code }, header: { 'If-Match': ifMatch } }, body }),
  );
  const err = save.error;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { etag: current.etag, values: { name: name.trim(), kind, dinas, active, parentCode: parentCode.trim() || null } },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack>
        <ProblemAlert error={err} onReload={() => (save.reset(), onReload())} />
        <OpdFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={err} />
        <Checkbox label={t('field.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} error={fieldError(err, 'active')} />
        <FormButtons pending={save.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- head and Tier 1 contact

function HeadCard({ current, canEdit, onReload }: { current: OpdWithTag; canEdit: boolean; onReload: () => void }) {
  const { t } = useTranslation('opds');
  const { opd } = current;
  const head = opd.head;
  const save = useOpdWrite(opd.code, (ifMatch, body: AppRegistrySchemas['HeadRequest']) =>
    appRegistry.PUT('/api/v1/opds/{code}/head', { params: { path: { code: opd.code }, header: { 'If-Match': ifMatch } }, body }),
  );
  const edit = useEditForm(save, () => ({
    name: head?.name ?? '',
    nip: head?.nip ?? '',
    positionTitle: head?.positionTitle ?? '',
    since: head?.since ?? '',
  }));
  const { form, field } = edit;
  return (
    <EditableCard
      title={t('detail.head')}
      editLabel={t('detail.editHead')}
      canEdit={canEdit}
      save={save}
      edit={edit}
      onReload={onReload}
      onSubmit={() =>
        save.mutate({ etag: current.etag, values: { ...form, name: form.name.trim(), nip: form.nip.replace(/\s+/g, '') } }, { onSuccess: edit.finished })
      }
      fields={
        <>
          <TextInput label={t('head.name')} required maxLength={200} {...field('name')} />
          <TextInput label={t('head.nip')} description={t('head.nipHint')} required inputMode="numeric" {...field('nip')} />
          <TextInput label={t('head.positionTitle')} required maxLength={200} {...field('positionTitle')} />
          <TextInput label={t('head.since')} type="date" required {...field('since')} />
        </>
      }
      facts={
        head && [
          [t('head.name'), head.name],
          [t('head.nip'), head.nip],
          [t('head.positionTitle'), head.positionTitle],
          [t('head.since'), formatDate(head.since)],
        ]
      }
    />
  );
}

function Tier1Card({ current, canEdit, onReload }: { current: OpdWithTag; canEdit: boolean; onReload: () => void }) {
  const { t } = useTranslation('opds');
  const { opd } = current;
  const contact = opd.tier1Contact;
  const save = useOpdWrite(opd.code, (ifMatch, body: AppRegistrySchemas['Tier1ContactRequest']) =>
    appRegistry.PUT('/api/v1/opds/{code}/tier1-contact', { params: { path: { code: opd.code }, header: { 'If-Match': ifMatch } }, body }),
  );
  const edit = useEditForm(save, () => ({
    name: contact?.name ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
  }));
  const { form, field } = edit;
  return (
    <EditableCard
      title={t('detail.tier1')}
      editLabel={t('detail.editTier1')}
      canEdit={canEdit}
      save={save}
      edit={edit}
      onReload={onReload}
      onSubmit={() =>
        save.mutate({ etag: current.etag, values: { name: form.name.trim(), phone: form.phone.trim(), email: form.email.trim() } }, { onSuccess: edit.finished })
      }
      fields={
        <>
          <TextInput label={t('tier1.name')} required maxLength={200} {...field('name')} />
          <TextInput label={t('tier1.phone')} description={t('tier1.phoneHint')} type="tel" required {...field('phone')} />
          <TextInput label={t('tier1.email')} type="email" required maxLength={254} {...field('email')} />
        </>
      }
      facts={
        contact && [
          [t('tier1.name'), contact.name],
          [t('tier1.phone'), <Anchor href={`tel:${contact.phone.replace(/[ -]/g, '')}`} size="sm">{contact.phone}</Anchor>],
          [t('tier1.email'), <Anchor href={`mailto:${contact.email}`} size="sm">{contact.email}</Anchor>],
        ]
      }
    />
  );
}

/** A card that shows its facts (or "none") and, for those who may, swaps them for an inline edit form. */
function EditableCard({
  title,
  editLabel,
  canEdit,
  save,
  edit,
  onReload,
  onSubmit,
  fields,
  facts,
}: {
  title: string;
  editLabel: string;
  canEdit: boolean;
  save: { reset: () => void; error: unknown; isPending: boolean };
  edit: { editing: boolean; setEditing: (editing: boolean) => void; saved: boolean; start: () => void };
  onReload: () => void;
  onSubmit: () => void;
  fields: ReactNode;
  facts: [string, ReactNode][] | null | undefined;
}) {
  const { t } = useTranslation('opds');
  const { editing, setEditing } = edit;
  return (
    <Section
      title={title}
      action={
        canEdit &&
        !editing && (
          <Button size="xs" variant="light" onClick={edit.start}>
            {editLabel}
          </Button>
        )
      }
    >
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          <Stack>
            <ProblemAlert error={save.error} onReload={() => (save.reset(), onReload(), setEditing(false))} />
            {fields}
            <FormButtons pending={save.isPending} onCancel={() => setEditing(false)} />
          </Stack>
        </form>
      ) : facts ? (
        <Stack gap="xs">
          <FactRows rows={facts} />
          <Saved show={edit.saved} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('detail.none')}
        </Text>
      )}
    </Section>
  );
}

// ---------------------------------------------------------------- structure and history

function ChildrenCard({ opd }: { opd: Opd }) {
  const { t } = useTranslation('opds');
  const { t: td } = useTranslation('domain');
  const children = useQuery({
    queryKey: ['opds', 'children', opd.code],
    queryFn: async () => must(await appRegistry.GET('/api/v1/opds/{code}/children', { params: { path: { code: opd.code } } })),
  });
  return (
    <Section title={t('detail.children')}>
      <ProblemAlert error={children.error} />
      {children.isPending ? (
        <Loading />
      ) : children.data && children.data.length === 0 ? (
        <Text size="sm">{t('detail.childrenEmpty')}</Text>
      ) : children.data ? (
        <Table.ScrollContainer minWidth={420}>
          <Table>
            <Table.Caption>{t('detail.childrenCaption', { name: opd.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.code')}</Table.Th>
                <Table.Th>{t('field.name')}</Table.Th>
                <Table.Th>{t('field.kind')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.data.map((child) => (
                <Table.Tr key={child.code}>
                  <Table.Td>{child.code}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <Anchor component={Link} to={`/opd/${encodeURIComponent(child.code)}`}>
                        {child.name}
                      </Anchor>
                      <OpdBadges dinas={child.dinas} mandiriTik={child.mandiriTik} active={child.active} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{td(`opdKind.${child.kind}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Section>
  );
}

function HistoryCard({ code }: { code: string }) {
  const { t } = useTranslation('opds');
  const history = useQuery({
    queryKey: ['opds', 'history', code],
    queryFn: async () => must(await appRegistry.GET('/api/v1/opds/{code}/history', { params: { path: { code } } })),
  });
  const entries = history.data ? [...history.data.entries].reverse() : [];
  return (
    <Section title={t('history.title')}>
      <ProblemAlert error={history.error} />
      {history.isPending ? (
        <Loading />
      ) : history.data ? (
        <Stack gap="sm">
          {history.data.intact ? (
            <Alert color="green" title={t('history.intact')} role="status" />
          ) : (
            <Alert color="red" role="alert" title={t('history.broken', { sequence: history.data.firstBrokenSequence ?? '?' })} />
          )}
          {entries.length === 0 ? (
            <Text size="sm">{t('history.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Caption>{t('history.caption', { code })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('history.sequence')}</Table.Th>
                    <Table.Th>{t('history.at')}</Table.Th>
                    <Table.Th>{t('history.actor')}</Table.Th>
                    <Table.Th>{t('history.action')}</Table.Th>
                    <Table.Th>{t('history.data')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => (
                    <Table.Tr key={entry.sequence}>
                      <Table.Td>{entry.sequence}</Table.Td>
                      <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                      <Table.Td>{entry.actor}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" size="sm">
                          {entry.action}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {/* a long change scrolls within its cell: reachable by keyboard (axe: scrollable-region-focusable) */}
                        <Code
                          block
                          tabIndex={0}
                          style={{ maxHeight: 120, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
                        >
                          {entry.data}
                        </Code>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      ) : null}
    </Section>
  );
}
