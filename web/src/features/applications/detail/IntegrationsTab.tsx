import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { Role, type Caller } from '../../../auth/roles';
import { domainId } from '../../../i18n/domain';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert, fieldError } from '../../../ui/ProblemAlert';
import { formatDateTime } from '../../../ui/format';
import { ReasonStepModal } from '../../../ui/ReasonStepModal';
import { TableSection } from '../../../ui/TableSection';
import { ApplicationPicker } from './ApplicationPicker';
import { mayEdit, type Application } from './permissions';
import { useIntegrations, useRefreshApplication } from './queries';
import './i18nTabs';

type Relation = AppRegistrySchemas['RelationEntry'];
type IntegrationAction = 'accept' | 'decline' | 'end';
type Kind = AppRegistrySchemas['RecordIntegrationRequest']['kind'];

/**
 * IntegrationRegister's rules: a proposal is answered by the OPD it waits for, or Dinas; an active relation is ended
 * by the owner of either side, or Dinas.
 */
export function integrationActions(relation: Relation, app: Pick<Application, 'ownerOpd'>, caller: Caller | undefined): IntegrationAction[] {
  const dinas = !!caller?.roles.includes(Role.DINAS_ADMIN);
  const operator = !!caller?.roles.includes(Role.OPD_OPERATOR) && !!caller.opd;
  if (relation.status === 'PROPOSED') {
    return dinas || (operator && relation.awaitingOpd === caller!.opd) ? ['accept', 'decline'] : [];
  }
  if (relation.status === 'ACTIVE') {
    const side = operator && (caller!.opd === app.ownerOpd || caller!.opd === relation.otherApplication.ownerOpd);
    return dinas || side ? ['end'] : [];
  }
  return [];
}

const STATUS_COLOR: Record<Relation['status'], string> = { PROPOSED: 'blue', ACTIVE: 'teal', DECLINED: 'red', ENDED: 'gray' };

/** Integrasi: relations both ways, the steps the caller may take, and a proposal form. */
export function IntegrationsTab({ app }: { app: Application }) {
  const { t } = useTranslation('appTabs');
  const caller = useCaller();
  const integrations = useIntegrations(app.id);
  const [acting, setActing] = useState<{ relation: Relation; action: IntegrationAction }>();
  const [done, setDone] = useState<string>();
  const canPropose = mayEdit(caller, app) && app.status !== 'REJECTED' && app.status !== 'DECOMMISSIONED';

  return (
    <Stack gap="md">
      {integrations.isPending && <Loading />}
      <ProblemAlert error={integrations.error} onReload={() => void integrations.refetch()} />
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
      {integrations.data && (
        <>
          <RelationSection
            title={t('integrations.provides')}
            caption={t('integrations.providesCaption')}
            relations={integrations.data.provides}
            actionsOf={(r) => integrationActions(r, app, caller)}
            onAct={(relation, action) => {
              setDone(undefined);
              setActing({ relation, action });
            }}
          />
          <RelationSection
            title={t('integrations.consumes')}
            caption={t('integrations.consumesCaption')}
            relations={integrations.data.consumes}
            actionsOf={(r) => integrationActions(r, app, caller)}
            onAct={(relation, action) => {
              setDone(undefined);
              setActing({ relation, action });
            }}
          />
        </>
      )}
      {canPropose && <ProposeForm app={app} />}
      {acting && (
        <IntegrationActionModal
          applicationId={app.id}
          relation={acting.relation}
          action={acting.action}
          onClose={() => setActing(undefined)}
          onDone={() => {
            setActing(undefined);
            setDone(t('integrations.done'));
          }}
        />
      )}
    </Stack>
  );
}

function RelationSection({
  title,
  caption,
  relations,
  actionsOf,
  onAct,
}: {
  title: string;
  caption: string;
  relations: Relation[];
  actionsOf: (r: Relation) => IntegrationAction[];
  onAct: (r: Relation, a: IntegrationAction) => void;
}) {
  const { t } = useTranslation('appTabs');
  const { t: td } = useTranslation('domain');
  return (
    <TableSection
      title={title}
      caption={caption}
      minWidth={760}
      columns={[
        t('integrations.other'),
        t('integrations.kind'),
        t('integrations.purpose'),
        t('integrations.status'),
        t('integrations.recordedAt'),
        t('integrations.actions'),
      ]}
      empty={relations.length === 0 ? t('integrations.none') : undefined}
    >
      {relations.map((r) => (
        <Table.Tr key={r.integrationId}>
          <Table.Th scope="row">
            <Link to={`/aplikasi/${encodeURIComponent(r.otherApplication.id)}`}>{r.otherApplication.name}</Link>
            <Text size="xs" c="dimmed">
              {r.otherApplication.ownerOpd}
            </Text>
          </Table.Th>
          <Table.Td>{td(`integrationKind.${r.kind}`)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
            {r.purpose}
            {r.dataExchanged && (
              <Text size="xs" c="dimmed">
                {t('integrations.dataExchanged')}: {r.dataExchanged}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Badge color={STATUS_COLOR[r.status]} variant="light">
              {td(`integrationStatus.${r.status}`)}
            </Badge>
            {r.status === 'PROPOSED' && r.awaitingOpd && (
              <Text size="xs">{t('integrations.awaiting', { opd: r.awaitingOpd })}</Text>
            )}
          </Table.Td>
          <Table.Td>{formatDateTime(r.recordedAt)}</Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              {actionsOf(r).map((action) => (
                <Button
                  key={action}
                  size="compact-xs"
                  variant="light"
                  color={action === 'accept' ? 'teal' : 'red'}
                  aria-label={t(`integrations.${action}Of`, { name: r.otherApplication.name })}
                  onClick={() => onAct(r, action)}
                >
                  {t(`integrations.${action}`)}
                </Button>
              ))}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </TableSection>
  );
}

function IntegrationActionModal({
  applicationId,
  relation,
  action,
  onClose,
  onDone,
}: {
  applicationId: string;
  relation: Relation;
  action: IntegrationAction;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('appTabs');
  const refresh = useRefreshApplication(applicationId);
  // The relation list carries no version, so no If-Match: the server's own state check (409) guards these steps.
  const params = { path: { id: relation.integrationId } };
  return (
    <ReasonStepModal
      title={t(`integrations.${action}Of`, { name: relation.otherApplication.name })}
      explanation={relation.purpose}
      reasonLabel={t('integrations.reason')}
      needsReason={action !== 'accept'}
      confirmLabel={t(`integrations.${action}`)}
      confirmColor={action === 'accept' ? 'teal' : 'red'}
      send={async (reason) => {
        if (action === 'accept') return must(await appRegistry.POST('/api/v1/integrations/{id}/accept', { params }));
        const body = { reason };
        if (action === 'decline') return must(await appRegistry.POST('/api/v1/integrations/{id}/decline', { params, body }));
        return must(await appRegistry.POST('/api/v1/integrations/{id}/end', { params, body }));
      }}
      refresh={refresh}
      onClose={onClose}
      onDone={() => onDone()}
    />
  );
}

function ProposeForm({ app }: { app: Application }) {
  const { t } = useTranslation('appTabs');
  const { t: td } = useTranslation('domain');
  const { t: tc } = useTranslation();
  const refresh = useRefreshApplication(app.id);
  const [direction, setDirection] = useState<'provider' | 'consumer'>('provider');
  const [otherId, setOtherId] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>('API');
  const [purpose, setPurpose] = useState('');
  const [dataExchanged, setDataExchanged] = useState('');
  const [missing, setMissing] = useState<{ otherId?: boolean; purpose?: boolean }>({});

  const mutation = useMutation({
    mutationFn: async () =>
      must(
        await appRegistry.POST('/api/v1/integrations', {
          body: {
            providerApplicationId: direction === 'provider' ? app.id : otherId!,
            consumerApplicationId: direction === 'provider' ? otherId! : app.id,
            kind,
            purpose: purpose.trim(),
            dataExchanged: dataExchanged.trim() || undefined,
          },
        }),
      ),
    onSuccess: async () => {
      setOtherId(null);
      setPurpose('');
      setDataExchanged('');
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = { otherId: !otherId, purpose: !purpose.trim() };
    setMissing(blank);
    if (!blank.otherId && !blank.purpose) mutation.mutate();
  };
  const err = (field: string) => fieldError(mutation.error, field);
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('integrations.propose.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('integrations.propose.direction')}
            required
            allowDeselect={false}
            data={[
              { value: 'provider', label: t('integrations.propose.asProvider') },
              { value: 'consumer', label: t('integrations.propose.asConsumer') },
            ]}
            value={direction}
            onChange={(v) => setDirection((v as 'provider' | 'consumer') ?? 'provider')}
          />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <div style={{ flex: 1, minWidth: 260 }}>
              <ApplicationPicker
                label={t('integrations.propose.other')}
                description={t('integrations.propose.otherHint')}
                required
                excludeId={app.id}
                value={otherId}
                onChange={setOtherId}
                error={
                  missing.otherId
                    ? tc('field.required')
                    : err(direction === 'provider' ? 'consumerApplicationId' : 'providerApplicationId')
                }
              />
            </div>
            <Select
              label={t('integrations.kind')}
              required
              allowDeselect={false}
              data={Object.keys(domainId.integrationKind).map((k) => ({ value: k, label: td(`integrationKind.${k}`) }))}
              value={kind}
              onChange={(v) => setKind((v as Kind) ?? 'API')}
              miw={180}
            />
          </Group>
          <Textarea
            label={t('integrations.purpose')}
            required
            value={purpose}
            maxLength={2000}
            autosize
            minRows={2}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            error={missing.purpose ? tc('field.required') : err('purpose')}
          />
          <Textarea
            label={t('integrations.dataExchanged')}
            value={dataExchanged}
            maxLength={2000}
            autosize
            minRows={1}
            onChange={(e) => setDataExchanged(e.currentTarget.value)}
            error={err('dataExchanged')}
          />
          <div aria-live="polite">
            {mutation.data && (
              <Alert color="teal" variant="light" role="status">
                {t('integrations.propose.done', { status: td(`integrationStatus.${mutation.data.status}`) })}
              </Alert>
            )}
          </div>
          <ProblemAlert error={mutation.error} />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('integrations.propose.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
