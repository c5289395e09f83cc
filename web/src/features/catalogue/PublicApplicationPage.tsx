import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { appRegistry, must } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { FactRows } from '../../ui/FactRows';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { safeHttpUrl } from './i18n';

/** One active application as the public sees it; anything not ACTIVE is a 404 from the server. */
export default function PublicApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('catalogue');
  const { t: td } = useTranslation('domain');
  const app = useQuery({
    queryKey: ['public-applications', 'one', id],
    queryFn: async () => must(await appRegistry.GET('/api/v1/public/applications/{id}', { params: { path: { id } } })),
  });
  const back = (
    <Anchor component={Link} to="/katalog" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('back')}
      </Group>
    </Anchor>
  );
  if (app.isPending) return <Loading />;
  if (app.error || !app.data) {
    const notFound = app.error instanceof ApiProblem && app.error.status === 404;
    return (
      <Stack maw={900} mx="auto" w="100%">
        {back}
        <PageHeader title={t('detail')} />
        {notFound ? <Text role="alert">{t('notFound')}</Text> : <ProblemAlert error={app.error} />}
      </Stack>
    );
  }
  const a = app.data;
  const url = safeHttpUrl(a.url);
  const source = safeHttpUrl(a.sourceRepositoryUrl);
  const rows: [string, React.ReactNode][] = [
    [t('owner'), a.ownerOpdName ? `${a.ownerOpdName} (${a.ownerOpd})` : a.ownerOpd],
    [t('class'), td(`applicationClass.${a.applicationClass}`)],
    [t('serviceType'), a.serviceType ? td(`serviceType.${a.serviceType}`) : '—'],
    [
      t('domains'),
      a.functionDomains.length ? (
        <Group gap={4} component="span" wrap="wrap">
          {a.functionDomains.map((d) => (
            <Badge key={d.code} variant="outline" size="sm">
              {td(`functionDomain.${d.code}`, { defaultValue: d.label })}
            </Badge>
          ))}
        </Group>
      ) : (
        '—'
      ),
    ],
    [t('licence'), a.licence ? `${t(`licenceKind.${a.licence.kind}`)}${a.licence.spdxId ? ` (${a.licence.spdxId})` : ''}` : '—'],
    [t('source'), source ? <Anchor href={source} target="_blank" rel="noopener noreferrer">{source}</Anchor> : '—'],
  ];
  return (
    <Stack maw={900} mx="auto" w="100%">
      {back}
      <PageHeader
        title={a.name}
        actions={
          url && (
            <Anchor href={url} target="_blank" rel="noopener noreferrer">
              <Group gap={4} component="span">
                {t('open')}
                <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
          )
        }
      />
      <Text lang="id" style={{ whiteSpace: 'pre-line' }}>
        {a.description || t('noDescription')}
      </Text>
      <Card withBorder padding="md">
        <FactRows
          rows={[
            ...rows,
            ...(url
              ? ([
                  [
                    t('url'),
                    <Anchor href={url} target="_blank" rel="noopener noreferrer">
                      {url}
                    </Anchor>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
      </Card>
    </Stack>
  );
}
