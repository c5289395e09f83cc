import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { VerifiedHistory } from '../../../ui/VerifiedHistory';
import { useHistory } from './queries';

/** Riwayat: every change in a timeline (who, when, what), under the chain's verdict. */
export function HistoryTab({ applicationId }: { applicationId: string }) {
  const history = useHistory(applicationId);
  if (history.isPending) return <Loading />;
  if (history.error) return <ProblemAlert error={history.error} onReload={() => void history.refetch()} />;
  return <VerifiedHistory history={history.data} />;
}
