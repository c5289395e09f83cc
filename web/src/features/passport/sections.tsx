import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, must } from '../../api/client';
import type { Application } from '../applications/detail/permissions';
import { useDocuments, useIntegrations } from '../applications/detail/queries';
import { useApplicationSubdomains } from '../applications/detail/SubdomainTab';
import { ApplicationFacts, DECISIONS, StatusBadge } from '../applications/detail/SummaryTab';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import './i18n';

/** One section of the passport. Later services add theirs to PASSPORT_SECTIONS (replacing a placeholder). */
export interface PassportSection {
  key: string;
  /** i18n key in the "passport" namespace */
  title: string;
  Component: ComponentType<{ app: Application }>;
}

export function SectionFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" className="passport-section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Identity({ app }: { app: Application }) {
  return <ApplicationFacts app={app} headingOrder={3} />;
}

function Lifecycle({ app }: { app: Application }) {
  const { t } = useTranslation('appDetail');
  const decisions = DECISIONS.filter((key) => app[key]);
  const passed = app.testResults.filter((r) => r.passed).length;
  return (
    <Stack gap={4}>
      <StatusBadge status={app.status} />
      <ul style={{ margin: 0, paddingInlineStart: 20, fontSize: 'var(--mantine-font-size-sm)' }}>
        {decisions.map((key) => (
          <li key={key}>
            {t(`decision.${key}`)}: {app[key]!.by}, {formatDateTime(app[key]!.at)}
            {app[key]!.note ? ` — ${app[key]!.note}` : ''}
          </li>
        ))}
        <li>
          {t('section.testResults')}: {passed}/{app.testResults.length} {t('test.pass').toLowerCase()}
        </li>
        <li>
          {t('section.conformance')}: {app.conformanceReviews.length}
          {app.conformanceReviews.length > 0 &&
            ` (${t(`enums.conformance.${app.conformanceReviews[app.conformanceReviews.length - 1].result}`)})`}
        </li>
      </ul>
    </Stack>
  );
}

function Documents({ app }: { app: Application }) {
  const { t } = useTranslation('passport');
  const { t: td } = useTranslation('domain');
  const { t: ta } = useTranslation('appDetail');
  const catalogue = useDocuments(app.id);
  if (catalogue.isPending) return <Loading />;
  if (catalogue.error) return <ProblemAlert error={catalogue.error} />;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={t('documents.caption')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.kind')}</Table.Th>
            <Table.Th scope="col">{t('documents.latest')}</Table.Th>
            <Table.Th scope="col">{t('documents.signature')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalogue.data.kinds.map((kind) => {
            const latest = kind.versions[0];
            return (
              <Table.Tr key={kind.kind}>
                <Table.Th scope="row">
                  {td(`documentKind.${kind.kind}`)}
                  {kind.required && !latest ? ' *' : ''}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {latest ? (
                    <>
                      v{latest.version} · {latest.filename} · {formatDate(latest.uploadedAt)}
                      <Text size="xs" ff="monospace" c="dimmed">
                        SHA-256 {latest.sha256.slice(0, 16)}…
                      </Text>
                    </>
                  ) : (
                    t('documents.none')
                  )}
                </Table.Td>
                <Table.Td>
                  {latest?.signature
                    ? `${ta(`enums.trust.${latest.signature.trust}`)} — ${latest.signature.signer}`
                    : latest
                      ? ta('enums.signatureCheck.UNSIGNED')
                      : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Subdomains({ app }: { app: Application }) {
  const { t } = useTranslation('passport');
  const { t: td } = useTranslation('domain');
  const subdomains = useApplicationSubdomains(app.id);
  if (subdomains.isPending) return <Loading />;
  if (subdomains.error) return <ProblemAlert error={subdomains.error} />;
  const items = subdomains.data.items.filter((s) => s.status === 'ALLOCATED' || s.status === 'REQUESTED');
  if (items.length === 0) return <Text size="sm">{t('subdomains.none')}</Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20, fontSize: 'var(--mantine-font-size-sm)' }}>
      {items.map((s) => (
        <li key={s.fqdn}>
          <Text span ff="monospace">
            {s.fqdn}
          </Text>{' '}
          — {td(`subdomainStatus.${s.status}`)}, {td(`subdomainPurpose.${s.purpose}`)}
        </li>
      ))}
    </ul>
  );
}

function Integrations({ app }: { app: Application }) {
  const { t } = useTranslation('passport');
  const { t: td } = useTranslation('domain');
  const integrations = useIntegrations(app.id);
  if (integrations.isPending) return <Loading />;
  if (integrations.error) return <ProblemAlert error={integrations.error} />;
  const live = (r: { status: string }) => r.status === 'ACTIVE' || r.status === 'PROPOSED';
  const provides = integrations.data.provides.filter(live);
  const consumes = integrations.data.consumes.filter(live);
  if (provides.length + consumes.length === 0) return <Text size="sm">{t('integrations.none')}</Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20, fontSize: 'var(--mantine-font-size-sm)' }}>
      {provides.map((r) => (
        <li key={r.integrationId}>
          {t('integrations.provides')} {r.otherApplication.name} ({r.otherApplication.ownerOpd}) —{' '}
          {td(`integrationKind.${r.kind}`)}, {td(`integrationStatus.${r.status}`)}
        </li>
      ))}
      {consumes.map((r) => (
        <li key={r.integrationId}>
          {t('integrations.consumes')} {r.otherApplication.name} ({r.otherApplication.ownerOpd}) —{' '}
          {td(`integrationKind.${r.kind}`)}, {td(`integrationStatus.${r.status}`)}
        </li>
      ))}
    </ul>
  );
}

/** The years an application audit can fall due in: audits come at least every two years (AU4–AU6). */
export function planYears(now = new Date()): number[] {
  const year = now.getFullYear();
  return [year, year + 1, year + 2];
}

/**
 * The audit plan has no application filter: ask for the owner OPD's plan in the years ahead and keep this
 * application's items.
 */
function AuditPlan({ app }: { app: Application }) {
  const { t } = useTranslation('passport');
  const years = planYears();
  const plan = useQuery({
    queryKey: ['audit-plan', 'application', app.id, app.ownerOpd, years],
    queryFn: async () => {
      const pages = await Promise.all(
        years.map(async (year) =>
          must(await audit.GET('/api/v1/audit-plan', { params: { query: { year, opd: app.ownerOpd, size: 200 } } })),
        ),
      );
      return pages
        .flatMap((p) => p.items)
        .filter((item) => item.applicationId === app.id)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    },
  });
  const yearText = `${years[0]}–${years[years.length - 1]}`;
  if (plan.isPending) return <Loading />;
  if (plan.error) return <ProblemAlert error={plan.error} />;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('audit.scope', { opd: app.ownerOpd, years: yearText })}
      </Text>
      {plan.data.length === 0 ? (
        <Text size="sm">{t('audit.none', { years: yearText })}</Text>
      ) : (
        <Table aria-label={t('audit.caption')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.kind')}</Table.Th>
              <Table.Th scope="col">{t('audit.dueDate')}</Table.Th>
              <Table.Th scope="col">{t('audit.obligation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.data.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{t(`audit.kinds.${item.kind}`)}</Table.Td>
                <Table.Td>{formatDate(item.dueDate)}</Table.Td>
                <Table.Td>{item.obligation}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** A section a later service fills in; until then it says so. */
function placeholder(service: string): ComponentType<{ app: Application }> {
  return function NotYetAvailable() {
    const { t } = useTranslation('passport');
    return (
      <Badge variant="outline" color="gray" style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }} data-testid="placeholder">
        {t('notYet', { service: t(`service.${service}`) })}
      </Badge>
    );
  };
}

/**
 * The passport's sections, in order. The extension point: a later issue replaces a placeholder entry with its own
 * component (same key), e.g. the data-center service's hosting facts.
 */
export const PASSPORT_SECTIONS: PassportSection[] = [
  { key: 'identity', title: 'section.identity', Component: Identity },
  { key: 'lifecycle', title: 'section.lifecycle', Component: Lifecycle },
  { key: 'documents', title: 'section.documents', Component: Documents },
  { key: 'subdomains', title: 'section.subdomains', Component: Subdomains },
  { key: 'integrations', title: 'section.integrations', Component: Integrations },
  { key: 'auditPlan', title: 'section.auditPlan', Component: AuditPlan },
  { key: 'dataCenter', title: 'section.dataCenter', Component: placeholder('dataCenter') },
  { key: 'network', title: 'section.network', Component: placeholder('network') },
  { key: 'serviceDesk', title: 'section.serviceDesk', Component: placeholder('serviceDesk') },
  { key: 'audits', title: 'section.audits', Component: placeholder('audits') },
  { key: 'evaluation', title: 'section.evaluation', Component: placeholder('evaluation') },
];
