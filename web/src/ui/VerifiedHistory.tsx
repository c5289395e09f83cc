import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addTranslations } from '../i18n';
import { formatDateTime } from './format';

/** One entry of a hash-chained history as every service answers it. */
export interface ChainEntry {
  sequence: number;
  at: string;
  actor: string;
  action: string;
  data?: string | null;
  hash: string;
}

/** A hash-chained history (application, subdomain, integration, OPD record, ticket, audit, site, VPS, LAN…). */
export interface ChainHistory {
  intact: boolean;
  firstBrokenSequence?: number | null;
  entries: ChainEntry[];
}

// Strings of the verdict and the timeline (namespace "verifiedHistory"), registered with the first screen that shows one.
addTranslations('verifiedHistory', {
  id: {
    intact: 'Rantai riwayat terverifikasi: tidak ada entri yang diubah.',
    broken: 'Rantai riwayat RUSAK mulai entri #{{sequence}}: riwayat telah diubah di luar aplikasi.',
    brokenUnknown: 'Rantai riwayat RUSAK: riwayat telah diubah di luar aplikasi.',
    none: 'Belum ada riwayat.',
    entry: '#{{sequence}} {{action}}',
    by: 'oleh {{actor}}',
    data: 'Data perubahan',
    hash: 'Hash',
    label: 'Riwayat perubahan',
  },
  en: {
    intact: 'History chain verified: no entry was altered.',
    broken: 'History chain BROKEN from entry #{{sequence}}: the history was altered outside the application.',
    brokenUnknown: 'History chain BROKEN: the history was altered outside the application.',
    none: 'No history yet.',
    entry: '#{{sequence}} {{action}}',
    by: 'by {{actor}}',
    data: 'Change data',
    hash: 'Hash',
    label: 'Change history',
  },
});

/** The hash chain's verdict, prominent: verified, or broken from which entry (SEC1). */
export function ChainVerdict({ history }: { history: Pick<ChainHistory, 'intact' | 'firstBrokenSequence'> }) {
  const { t } = useTranslation('verifiedHistory');
  return history.intact ? (
    <Alert color="teal" role="status" icon={<IconShieldCheck aria-hidden />} title={t('intact')} data-testid="chain-verdict" data-intact="true" />
  ) : (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      icon={<IconAlertOctagon aria-hidden />}
      data-testid="chain-verdict"
      data-intact="false"
      title={
        history.firstBrokenSequence != null
          ? t('broken', { sequence: history.firstBrokenSequence })
          : t('brokenUnknown')
      }
    />
  );
}

function prettyData(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}

/** Any hash-chained history (application, subdomain, integration): the verdict, then the entries oldest first. */
export function VerifiedHistory({ history }: { history: ChainHistory }) {
  const { t } = useTranslation('verifiedHistory');
  const { entries } = history;
  const broken = history.firstBrokenSequence;
  return (
    <Stack gap="md">
      <ChainVerdict history={history} />
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('none')}
        </Text>
      ) : (
        <ol aria-label={t('label')} className="history-timeline" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {entries.map((e) => {
            const bad = broken != null && e.sequence >= broken;
            return (
              <li
                key={e.sequence}
                style={{
                  borderInlineStart: `3px solid var(--mantine-color-${bad ? 'red' : 'blue'}-6)`,
                  paddingInlineStart: 'var(--mantine-spacing-md)',
                  paddingBlock: 'var(--mantine-spacing-xs)',
                }}
              >
                <Text size="sm" fw={600}>
                  {t('entry', { sequence: e.sequence, action: e.action })}
                </Text>
                <Text size="sm">
                  {formatDateTime(e.at)} · {t('by', { actor: e.actor })}
                </Text>
                {e.data && (
                  <details>
                    <summary>
                      <Text span size="xs">
                        {t('data')}
                      </Text>
                    </summary>
                    <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 12, margin: 0 }}>
                      {prettyData(e.data)}
                    </pre>
                  </details>
                )}
                <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {t('hash')}: {e.hash.slice(0, 16)}…
                </Text>
              </li>
            );
          })}
        </ol>
      )}
    </Stack>
  );
}
