import { ActionIcon, Badge, Button, Card, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monev, must, type MonevSchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { FormButtons } from '../../ui/FormButtons';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert, fieldError } from '../../ui/ProblemAlert';
import { ReasonStepModal } from '../../ui/ReasonStepModal';
import { downloadFile } from '../../ui/downloadFile';
import { formatDate } from '../../ui/format';
import './i18n';

type Staff = MonevSchemas['StaffResponse'];
type CompetencyRole = MonevSchemas['CompetencyRequest']['role'];
const ROLES: CompetencyRole[] = ['SYSTEM_ANALYST', 'NETWORK_ENGINEER', 'HOSTING_ENGINEER', 'PROGRAMMER', 'TECHNICAL_SUPPORT'];
const PAGE_SIZE = 20;

/**
 * Dinas's ICT staff competency register (M5): the gap per role the regulation lists (required vs present today) and
 * the staff with their evidenced competencies. Dinas adds staff and marks those who left; operators may not read it
 * (it holds names; the server answers 403).
 */
export default function CompetencyPage() {
  const { t } = useTranslation('monev');
  const caller = useCaller();
  const isDinas = hasAnyRole(caller, Role.DINAS_ADMIN);
  const [activeOnly, setActiveOnly] = useState(true);
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<Staff | null>(null);
  const [done, setDone] = useState<string>();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['competency'] });

  const gap = useQuery({
    queryKey: ['competency', 'gap'],
    queryFn: async () => must(await monev.GET('/api/v1/evaluations/competencies/gap')),
  });
  const staff = useQuery({
    queryKey: ['competency', 'staff', activeOnly, page],
    queryFn: async () =>
      must(
        await monev.GET('/api/v1/evaluations/competencies/staff', {
          params: { query: { active: activeOnly ? true : undefined, page, size: PAGE_SIZE, sort: ['name,asc'] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const noneRequired = gap.data?.roles.every((r) => r.required === 0);
  const csv = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/evaluations/competencies/staff/export.csv${activeOnly ? '?active=true' : ''}`,
        'kompetensi-sdm-tik.csv',
      ),
    onSuccess: () => setDone(t('competency.csvDone')),
  });

  return (
    <Stack>
      <PageHeader
        title={t('competency.title')}
        subtitle={t('competency.subtitle')}
        actions={isDinas ? <Button onClick={() => setAdding(true)}>{t('competency.add')}</Button> : undefined}
      />
      <Card withBorder padding="md" component="section">
        {gap.isPending ? (
          <Loading />
        ) : gap.error ? (
          <ProblemAlert error={gap.error} />
        ) : (
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('competency.gapTitle', { date: formatDate(gap.data.asOf) })}
            </Title>
            <Text size="sm">{noneRequired ? t('competency.noneRequired') : gap.data.complete ? t('competency.complete') : t('competency.incomplete')}</Text>
            <Table.ScrollContainer minWidth={420}>
              <Table aria-label={t('competency.gapCaption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('competency.gapColumns.role')}</Table.Th>
                    <Table.Th scope="col">{t('competency.gapColumns.required')}</Table.Th>
                    <Table.Th scope="col">{t('competency.gapColumns.present')}</Table.Th>
                    <Table.Th scope="col">{t('competency.gapColumns.gap')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {gap.data.roles.map((r) => (
                    <Table.Tr key={r.role} data-gap={r.gap > 0 || undefined}>
                      <Table.Th scope="row" fw={500}>
                        {t(`competency.role.${r.role}`)}
                      </Table.Th>
                      <Table.Td>{r.required}</Table.Td>
                      <Table.Td>{r.present}</Table.Td>
                      <Table.Td>
                        {r.gap > 0 ? (
                          <Badge color="red" variant="light">
                            {r.gap}
                          </Badge>
                        ) : (
                          r.gap
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Card>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <NativeSelect
          label={t('competency.activeFilter')}
          data={[
            { value: 'true', label: t('competency.activeOnly') },
            { value: '', label: t('competency.allStaff') },
          ]}
          value={activeOnly ? 'true' : ''}
          onChange={(e) => {
            setActiveOnly(e.currentTarget.value === 'true');
            setPage(0);
          }}
          w={220}
        />
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={csv.isPending}
          onClick={() => { setDone(undefined); csv.mutate(); }}>
          {t('competency.csv')}
        </Button>
      </Group>
      <ProblemAlert error={csv.error} />
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      <ProblemAlert error={staff.error} />
      {staff.isPending ? (
        <Loading />
      ) : staff.data && staff.data.items.length === 0 ? (
        <Text role="status">{t('competency.empty')}</Text>
      ) : staff.data ? (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Caption>{t('competency.staffCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('competency.staffColumns.name')}</Table.Th>
                  <Table.Th scope="col">{t('competency.staffColumns.position')}</Table.Th>
                  <Table.Th scope="col">{t('competency.staffColumns.competencies')}</Table.Th>
                  <Table.Th scope="col">{t('competency.staffColumns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {staff.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td>{s.position}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {s.competencies.map((c) => (
                          <Text key={c.role} size="xs">
                            <strong>{t(`competency.role.${c.role}`)}</strong> — <code>{c.evidenceDocumentId}</code>
                            {c.validUntil && `, ${t('competency.validUntil', { date: formatDate(c.validUntil) })}`}
                            {!c.valid && (
                              <Badge ml={6} size="xs" color="red" variant="light" tt="none">
                                {t('competency.expired')}
                              </Badge>
                            )}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge color={s.active ? 'teal' : 'gray'} variant="light">
                          {s.active ? t('competency.active') : t('competency.left')}
                        </Badge>
                        {isDinas && s.active && (
                          <Button size="xs" variant="subtle" color="red" onClick={() => setLeaving(s)} aria-label={t('competency.leaveOf', { name: s.name })}>
                            {t('competency.leave')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={staff.data}
            onChange={setPage}
            label={t('competency.pages')}
          />
        </>
      ) : null}
      {adding && (
        <AddStaffModal
          onClose={() => setAdding(false)}
          onDone={async (s) => {
            await refresh();
            setAdding(false);
            setDone(t('competency.added', { name: s.name }));
          }}
        />
      )}
      {leaving && (
        <ReasonStepModal
          title={t('competency.leaveTitle', { name: leaving.name })}
          explanation={t('competency.leaveExplain')}
          reasonLabel=""
          needsReason={false}
          confirmLabel={t('competency.leave')}
          confirmColor="red"
          send={async () => must(await monev.POST('/api/v1/evaluations/competencies/staff/{id}/leave', { params: { path: { id: leaving.id } } }))}
          refresh={refresh}
          onClose={() => setLeaving(null)}
          onDone={(s) => {
            setLeaving(null);
            setDone(t('competency.marked', { name: s.name }));
          }}
        />
      )}
    </Stack>
  );
}

interface CompetencyForm {
  role: CompetencyRole;
  evidenceDocumentId: string;
  validUntil: string;
}

function AddStaffModal({ onClose, onDone }: { onClose: () => void; onDone: (s: Staff) => Promise<void> }) {
  const { t } = useTranslation('monev');
  const { t: tc } = useTranslation();
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [competencies, setCompetencies] = useState<CompetencyForm[]>([{ role: 'PROGRAMMER', evidenceDocumentId: '', validUntil: '' }]);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await monev.POST('/api/v1/evaluations/competencies/staff', {
          body: {
            name: name.trim(),
            position: position.trim(),
            competencies: competencies.map((c) => ({ role: c.role, evidenceDocumentId: c.evidenceDocumentId.trim(), validUntil: c.validUntil || undefined })),
          },
        }),
      ),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const m: Record<string, boolean> = { name: !name.trim(), position: !position.trim() };
    competencies.forEach((c, i) => (m[`competencies[${i}].evidenceDocumentId`] = !c.evidenceDocumentId.trim()));
    setMissing(m);
    if (!Object.values(m).some(Boolean)) mutation.mutate();
  };
  const err = (f: string) => (missing[f] ? tc('field.required') : fieldError(mutation.error, f));
  const set = (i: number, patch: Partial<CompetencyForm>) => setCompetencies((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Modal opened onClose={onClose} title={t('competency.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('competency.name')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('name')} />
          <TextInput label={t('competency.position')} required maxLength={200} value={position} onChange={(e) => setPosition(e.currentTarget.value)} error={err('position')} />
          {competencies.map((c, i) => (
            <Card key={i} withBorder padding="sm">
              <Group align="flex-end" wrap="wrap" gap="xs">
                <NativeSelect
                  label={t('competency.competencyRole', { n: i + 1 })}
                  data={ROLES.map((r) => ({ value: r, label: t(`competency.role.${r}`) }))}
                  value={c.role}
                  onChange={(e) => set(i, { role: e.currentTarget.value as CompetencyRole })}
                  error={fieldError(mutation.error, `competencies[${i}].role`)}
                  style={{ flex: '1 1 180px' }}
                />
                <TextInput
                  label={t('competency.evidence', { n: i + 1 })}
                  required
                  value={c.evidenceDocumentId}
                  onChange={(e) => set(i, { evidenceDocumentId: e.currentTarget.value })}
                  error={err(`competencies[${i}].evidenceDocumentId`)}
                  style={{ flex: '1 1 180px' }}
                />
                <TextInput
                  type="date"
                  label={t('competency.validUntilLabel', { n: i + 1 })}
                  value={c.validUntil}
                  onChange={(e) => set(i, { validUntil: e.currentTarget.value })}
                  error={fieldError(mutation.error, `competencies[${i}].validUntil`)}
                  style={{ flex: '1 1 150px' }}
                />
                {competencies.length > 1 && (
                  <ActionIcon variant="subtle" color="red" aria-label={t('competency.removeCompetency', { n: i + 1 })} onClick={() => setCompetencies((list) => list.filter((_, j) => j !== i))}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </Card>
          ))}
          {competencies.length < ROLES.length && (
            <Group>
              <Button variant="light" size="xs" onClick={() => setCompetencies((list) => [...list, { role: ROLES.find((r) => !list.some((c) => c.role === r)) ?? 'PROGRAMMER', evidenceDocumentId: '', validUntil: '' }])}>
                {t('competency.addCompetency')}
              </Button>
            </Group>
          )}
          <ProblemAlert error={mutation.error} />
          <FormButtons pending={mutation.isPending} onCancel={onClose} submitLabel={t('competency.add')} />
        </Stack>
      </form>
    </Modal>
  );
}
