import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { appRegistry, must } from '../../../api/client';
import { useCaller } from '../../../auth/AuthSetup';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SubdomainRequestForm } from '../../subdomains/SubdomainRequestForm';
import { SUBDOMAINS_KEY, SubdomainTable } from '../../subdomains/SubdomainTable';
import { mayEdit, type Application } from './permissions';

/** The subdomains of one application (every status), so a page of 200 holds them all. */
export function useApplicationSubdomains(applicationId: string) {
  return useQuery({
    queryKey: [...SUBDOMAINS_KEY, { applicationId }],
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/subdomains', { params: { query: { applicationId, size: 200 } } })),
  });
}

/** Subdomain: the application's names, the Dinas/holder steps on them, and a request with availability check. */
export function SubdomainTab({ app }: { app: Application }) {
  const caller = useCaller();
  const subdomains = useApplicationSubdomains(app.id);
  // A1: only registered applications still in force may hold a name (SubdomainRegister.requireEligible).
  const canRequest = mayEdit(caller, app) && app.status !== 'REJECTED' && app.status !== 'DECOMMISSIONED';
  return (
    <Stack gap="md">
      {subdomains.isPending && <Loading />}
      <ProblemAlert error={subdomains.error} onReload={() => void subdomains.refetch()} />
      {subdomains.data && <SubdomainTable items={subdomains.data.items} showApplication={false} />}
      {canRequest && <SubdomainRequestForm applicationId={app.id} />}
    </Stack>
  );
}
