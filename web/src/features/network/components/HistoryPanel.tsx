import { Button, Card, Group, Modal, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VerifiedHistory } from '../../../ui/VerifiedHistory';
import type { NetworkSchemas } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import '../i18n';

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

/** A detail page's history, closed until asked for (one request less on every visit). */
export function HistorySection({ queryKey, load }: { queryKey: readonly unknown[]; load: () => Promise<History> }) {
  const { t } = useTranslation('network');
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder padding="md" component="section">
      <Group justify="space-between" wrap="wrap" mb={open ? 'sm' : 0}>
        <Title order={2} size="h4">
          {t('history.title')}
        </Title>
        <Button variant="light" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('history.hide') : t('history.show')}
        </Button>
      </Group>
      {open && <HistoryPanel queryKey={queryKey} load={load} />}
    </Card>
  );
}
