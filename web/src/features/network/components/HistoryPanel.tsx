import { Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { VerifiedHistory } from '../../applications/detail/HistoryTab';
import type { NetworkSchemas } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';

type History = NetworkSchemas['InspectionHistoryResponse'];

/**
 * A record's tamper-evident history (SEC1) as the network API answers it on `…/history`: the hash chain's verdict,
 * then every change (who, when, what), through the platform's shared VerifiedHistory. Loaded when shown.
 */
export function HistoryPanel({ queryKey, load }: { queryKey: readonly unknown[]; load: () => Promise<History> }) {
  const history = useQuery({ queryKey: [...queryKey, 'history'], queryFn: load });
  if (history.isPending) return <Loading />;
  if (history.error) return <ProblemAlert error={history.error} onReload={() => void history.refetch()} />;
  return <VerifiedHistory history={history.data} />;
}

/** The same history in a dialog, for rows of a list (sites, circuits). */
export function HistoryModal({ title, queryKey, load, onClose }: { title: string; queryKey: readonly unknown[]; load: () => Promise<History>; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <HistoryPanel queryKey={queryKey} load={load} />
    </Modal>
  );
}
