import { Anchor, Badge, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../ui/format';
import { TableSection } from '../../../ui/TableSection';
import type { Application } from './permissions';
import './i18n';

/** The recorded workflow decisions, in the order they can happen. */
export const DECISIONS = [
  'submission',
  'closedSourceConsideration',
  'recommendation',
  'rejection',
  'deposit',
  'activation',
  'sharedUseApproval',
  'decommissioning',
] as const;

/** A term and its value in a description list; empty values show a dash. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  const empty = children == null || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {empty ? '—' : children}
      </Text>
    </div>
  );
}

/** The registry facts of one application, readable by section: identity, technical, life cycle and decisions. */
export function ApplicationFacts({ app, headingOrder = 2 }: { app: Application; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation('appDetail');
  const { t: td } = useTranslation('domain');
  const list = (items: string[] | undefined) => (items && items.length ? items.join(', ') : undefined);
  const m = app.maintenance;
  return (
    <Stack gap="md">
      <Section title={t('section.identity')} order={headingOrder}>
        <Fact label={t('field.name')}>{app.name}</Fact>
        <Fact label={t('field.id')}>
          <Text component="span" ff="monospace" size="sm">
            {app.id}
          </Text>
        </Fact>
        <Fact label={t('field.ownerOpd')}>{app.ownerOpd}</Fact>
        <Fact label={t('field.applicationClass')}>{td(`applicationClass.${app.applicationClass}`)}</Fact>
        <Fact label={t('field.userOpds')}>{list(app.userOpds)}</Fact>
        <Fact label={t('field.sharedUse')}>{app.sharedUse && td(`sharedUse.${app.sharedUse}`)}</Fact>
        <Fact label={t('field.serviceType')}>{app.serviceType && td(`serviceType.${app.serviceType}`)}</Fact>
        <Fact label={t('field.functionDomains')}>
          {list(app.functionDomains.map((d) => td(`functionDomain.${d}`)))}
        </Fact>
        <Fact label={t('field.ownershipStatement')}>{app.ownershipStatement}</Fact>
        <Fact label={t('field.description')}>{app.description}</Fact>
      </Section>
      <Section title={t('section.technical')} order={headingOrder}>
        <Fact label={t('field.licence')}>
          {app.licence &&
            `${t(`enums.licence.${app.licence.kind}`)}${app.licence.spdxId ? ` (${app.licence.spdxId})` : ''}`}
        </Fact>
        <Fact label={t('field.url')}>
          {app.url && (
            <Anchor href={app.url} target="_blank" rel="noopener noreferrer">
              {app.url}
            </Anchor>
          )}
        </Fact>
        <Fact label={t('field.sourceRepositoryUrl')}>
          {app.sourceRepositoryUrl && (
            <Anchor href={app.sourceRepositoryUrl} target="_blank" rel="noopener noreferrer">
              {app.sourceRepositoryUrl}
            </Anchor>
          )}
        </Fact>
        <Fact label={t('field.hosting')}>
          {app.hosting &&
            `${t(`enums.hosting.${app.hosting.kind}`)}${app.hosting.reference ? ` — ${app.hosting.reference}` : ''}`}
        </Fact>
        <Fact label={t('field.maintenance')}>
          {m &&
            [
              m.maintainer
                ? t('maintenanceBy', { type: t(`enums.maintenance.${m.type}`), maintainer: m.maintainer })
                : t(`enums.maintenance.${m.type}`),
              m.contractNumber || m.contractEndsOn
                ? t('contractUntil', { number: m.contractNumber ?? '—', date: formatDate(m.contractEndsOn) })
                : '',
            ]
              .filter(Boolean)
              .join('; ')}
        </Fact>
        <Fact label={t('field.developmentStatus')}>
          {app.developmentStatus && td(`developmentStatus.${app.developmentStatus}`)}
        </Fact>
        <Fact label={t('field.techStack')}>{list(app.techStack)}</Fact>
        <Fact label={t('field.database')}>{app.database}</Fact>
        <Fact label={t('field.platforms')}>{list(app.platforms)}</Fact>
        <Fact label={t('field.categories')}>{list(app.categories)}</Fact>
        <Fact label={t('field.features')}>{list(app.features)}</Fact>
      </Section>
      <Section title={t('section.lifecycle')} order={headingOrder}>
        <Fact label={t('field.status')}>
          <StatusBadge status={app.status} />
        </Fact>
        <Fact label={t('field.stage')}>{app.stage && td(`stage.${app.stage}`)}</Fact>
        <Fact label={t('field.registeredBy')}>{app.registeredBy}</Fact>
        <Fact label={t('field.registeredAt')}>{formatDateTime(app.registeredAt)}</Fact>
        <Fact label={t('field.updatedAt')}>{formatDateTime(app.updatedAt)}</Fact>
        <Fact label={t('field.documents')}>{t('documentCount', { count: app.documents.length })}</Fact>
        <Fact label={t('field.version')}>{String(app.version)}</Fact>
      </Section>
    </Stack>
  );
}

function Section({ title, children, order }: { title: string; children: ReactNode; order: 2 | 3 }) {
  return (
    <Card withBorder padding="md" component="section">
      <Title order={order} size="h4" mb="sm">
        {title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
        {children}
      </SimpleGrid>
    </Card>
  );
}

const STATUS_COLOR: Record<Application['status'], string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RECOMMENDED: 'cyan',
  REJECTED: 'red',
  DEPOSITED: 'violet',
  ACTIVE: 'teal',
  DECOMMISSIONED: 'dark',
};

/** The status as a badge with its name (color is never the only carrier of meaning). */
export function StatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation('domain');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-testid="application-status">
      {t(`applicationStatus.${status}`)}
    </Badge>
  );
}

/** Ringkasan: facts, decisions, tests, conformance reviews and contacts. */
export function SummaryTab({ app }: { app: Application }) {
  const { t } = useTranslation('appDetail');
  const decisions = DECISIONS.filter((key) => app[key]);
  return (
    <Stack gap="md">
      <ApplicationFacts app={app} />
      <TableSection
        title={t('section.decisions')}
        caption={t('decision.caption')}
        minWidth={560}
        columns={[t('decision.kind'), t('decision.by'), t('decision.at'), t('decision.note')]}
        empty={decisions.length === 0 ? t('decision.none') : undefined}
      >
        {decisions.map((key) => {
          const d = app[key]!;
          return (
            <Table.Tr key={key}>
              <Table.Th scope="row">{t(`decision.${key}`)}</Table.Th>
              <Table.Td>{d.by}</Table.Td>
              <Table.Td>{formatDateTime(d.at)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{d.note ?? '—'}</Table.Td>
            </Table.Tr>
          );
        })}
      </TableSection>
      <TableSection
        title={t('section.testResults')}
        caption={t('test.caption')}
        minWidth={640}
        columns={[t('test.kind'), t('test.testedOn'), t('test.passed'), t('test.summary'), t('test.recordedBy')]}
        empty={app.testResults.length === 0 ? t('test.none') : undefined}
      >
        {app.testResults.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{t(`enums.testKind.${r.kind}`)}</Table.Td>
            <Table.Td>{formatDate(r.testedOn)}</Table.Td>
            <Table.Td>
              <Badge color={r.passed ? 'teal' : 'red'} variant="light">
                {r.passed ? t('test.pass') : t('test.fail')}
              </Badge>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.summary}</Table.Td>
            <Table.Td>
              {r.recordedBy} · {formatDateTime(r.recordedAt)}
            </Table.Td>
          </Table.Tr>
        ))}
      </TableSection>
      <TableSection
        title={t('section.conformance')}
        caption={t('conformance.caption')}
        minWidth={560}
        columns={[t('conformance.result'), t('conformance.reviewedOn'), t('conformance.notes'), t('conformance.reviewedBy')]}
        empty={app.conformanceReviews.length === 0 ? t('conformance.none') : undefined}
      >
        {app.conformanceReviews.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{t(`enums.conformance.${r.result}`)}</Table.Td>
            <Table.Td>{formatDate(r.reviewedOn)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.notes ?? '—'}</Table.Td>
            <Table.Td>{r.reviewedBy}</Table.Td>
          </Table.Tr>
        ))}
      </TableSection>
      {app.contacts.length > 0 && (
        <TableSection
          title={t('section.contacts')}
          caption={t('contact.caption')}
          minWidth={480}
          striped={false}
          columns={[t('contact.name'), t('contact.role'), t('contact.email'), t('contact.phone')]}
        >
          {app.contacts.map((c, i) => (
            <Table.Tr key={i}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.role ?? '—'}</Table.Td>
              <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '—'}</Table.Td>
              <Table.Td>{c.phone ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </TableSection>
      )}
    </Stack>
  );
}
