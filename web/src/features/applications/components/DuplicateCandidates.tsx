import { Alert, Anchor, Badge, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appRegistry, must, type AppRegistryPaths } from '../../../api/client';

type CandidatesQuery = AppRegistryPaths['/api/v1/applications/duplicate-candidates']['get']['parameters']['query'];

/** Fewer letters say too little to compare. */
const MIN_NAME = 3;
/** Enough of the description to compare without making the URL long. */
const DESCRIPTION_SENT = 500;

/**
 * Likely duplicates across every OPD while the registration form is filled in (G5): asked of the server a moment
 * after the typing stops, with the same detector a registration runs. Candidates the caller may not see come without
 * an id, so they are named, not linked.
 */
export function DuplicateCandidates({
  name,
  description,
  functionDomains,
  ownerOpd,
}: {
  name: string;
  description: string;
  functionDomains: string[];
  ownerOpd?: string;
}) {
  const { t } = useTranslation('applications');
  // Debounced as one string: a fresh object every render would restart the timer forever.
  const [key] = useDebouncedValue(
    JSON.stringify({ name: name.trim(), description: description.trim(), functionDomains, ownerOpd: ownerOpd ?? '' }),
    400,
  );
  const debounced = JSON.parse(key) as { name: string; description: string; functionDomains: string[]; ownerOpd: string };
  const enabled = debounced.name.length >= MIN_NAME;
  const query: CandidatesQuery = {
    name: debounced.name,
    ...(debounced.description ? { description: debounced.description.slice(0, DESCRIPTION_SENT) } : {}),
    ...(debounced.functionDomains.length ? { functionDomain: debounced.functionDomains as CandidatesQuery['functionDomain'] } : {}),
    ...(debounced.ownerOpd ? { ownerOpd: debounced.ownerOpd } : {}),
  };
  const candidates = useQuery({
    queryKey: ['applications', 'duplicate-candidates', query],
    enabled,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/applications/duplicate-candidates', { params: { query } })),
  });

  if (!enabled) return null;
  const found = candidates.data?.candidates ?? [];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="duplicate-candidates-title" data-testid="duplicate-candidates">
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={2} size="h5" id="duplicate-candidates-title">
            {t('duplicates.title')}
          </Title>
          {candidates.isFetching && <Loader size="xs" aria-hidden />}
        </Group>
        <Text size="xs" c="dimmed">
          {t('duplicates.hint')}
        </Text>
        <div aria-live="polite" role="status">
          {candidates.isError ? (
            <Text size="sm">{t('duplicates.failed')}</Text>
          ) : candidates.isPending ? (
            <Text size="sm">{t('duplicates.checking')}</Text>
          ) : found.length === 0 ? (
            <Text size="sm">{t('duplicates.none')}</Text>
          ) : (
            <Text size="sm" fw={600}>
              {t('duplicates.found', { count: found.length })}
            </Text>
          )}
        </div>
        {found.length > 0 && !candidates.isError && (
          <List spacing="xs" listStyleType="none" aria-label={t('duplicates.caption')}>
            {found.map((candidate) => (
              <List.Item key={`${candidate.ownerOpd}/${candidate.id ?? candidate.name}`}>
                <Alert color="yellow" variant="light" p="xs">
                  <Group gap="xs" wrap="wrap">
                    {candidate.id ? (
                      <Anchor component={Link} to={`/aplikasi/${candidate.id}`} target="_blank" fw={600}>
                        {candidate.name}
                      </Anchor>
                    ) : (
                      <Text fw={600} span>
                        {candidate.name}
                      </Text>
                    )}
                    <Badge variant="outline" color="gray">
                      {candidate.ownerOpd}
                    </Badge>
                    {candidate.sameOpd && <Badge variant="light">{t('duplicates.sameOpd')}</Badge>}
                    <Text size="xs" span>
                      {t('duplicates.score', { score: Math.round(candidate.score * 100) })}
                    </Text>
                  </Group>
                  {candidate.reasons.length > 0 && (
                    <Text size="xs" c="dimmed" lang="id">
                      {candidate.reasons.join(' · ')}
                    </Text>
                  )}
                </Alert>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
