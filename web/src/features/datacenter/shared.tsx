import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appRegistry, must, type DatacenterSchemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import i18n from '../../i18n';
import { formatNumber } from '../../ui/format';
import './i18n';

export type Vps = DatacenterSchemas['VpsResponse'];
export type VpsStatus = Vps['status'];
export type DataCenter = DatacenterSchemas['DataCenterResponse'];
export type Capacity = DatacenterSchemas['CapacityResponse'];
export type Monitor = DatacenterSchemas['MonitorResponse'];
export type History = DatacenterSchemas['HistoryResponse'];

export const PAGE_SIZES = ['10', '20', '50', '100'];

/**
 * If-Match for the version the user saw (the row's `version`, the number the server's ETag is built from). Reading
 * the ETag again just before writing would overwrite a change someone made meanwhile without a word.
 */
export function seen(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

/**
 * Runs a write sent with the version seen; when the server answers 412 (the item changed meanwhile) the data is
 * reloaded at once, so the "changed meanwhile" banner sits over the current state, and the problem is passed on.
 */
export async function reloadOnStale<T>(write: () => Promise<T>, reload: () => Promise<unknown>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 412) await reload();
    throw error;
  }
}

/** Active OPDs as select options ("CODE — name"), for region-wide roles that may name an OPD. */
export function useOpdOptions(enabled = true) {
  return useQuery({
    queryKey: ['opds', 'active-options'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const page = must(await appRegistry.GET('/api/v1/opds', { params: { query: { active: true, size: 200, sort: ['name'] } } }));
      return page.items.map((opd) => ({ value: opd.code, label: `${opd.code} — ${opd.name}` }));
    },
  });
}

const VPS_COLOR: Record<VpsStatus, string> = {
  SUBMITTED: 'blue',
  APPROVED: 'cyan',
  REJECTED: 'red',
  PROVISIONED: 'grape',
  ACTIVE: 'teal',
  DECOMMISSIONED: 'gray',
};

/** A VPS status as a badge with its word (the color only repeats it). */
export function VpsStatusBadge({ status }: { status: VpsStatus }) {
  const { t } = useTranslation('datacenter');
  return (
    <Badge color={VPS_COLOR[status] ?? 'gray'} variant="light">
      {t(`vpsStatus.${status}`)}
    </Badge>
  );
}

const STATE_COLOR: Record<string, string> = { UP: 'teal', DOWN: 'red', FAILING: 'orange', MAINTENANCE: 'yellow', PENDING: 'gray', PAUSED: 'gray' };

/** A monitor's current state in words (up, down, maintenance…); unknown states are shown as the server names them. */
export function MonitorStateBadge({ state }: { state: string }) {
  const { t } = useTranslation('datacenter');
  return (
    <Badge color={STATE_COLOR[state] ?? 'gray'} variant={state === 'DOWN' ? 'filled' : 'light'}>
      {t(`monitorState.${state}`, { defaultValue: state })}
    </Badge>
  );
}

/** A percentage with exactly three decimals, never rounded up (the server already rounds down). */
export function formatPercent(value: number | null | undefined): string {
  if (value == null) return '—';
  return `${new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: 3, maximumFractionDigits: 3, roundingMode: 'trunc' } as Intl.NumberFormatOptions).format(value)}%`;
}

/** Days from today (local calendar) to an ISO date; negative when past. */
export function daysUntil(isoDate: string, today = new Date()): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - now) / 86_400_000);
}

/**
 * Used against total of one resource: a bar with the same figures in words beside it (never color alone), and the
 * bar itself a labelled meter for screen readers.
 */
export function CapacityBar({ resource, used, total }: { resource: 'vcpu' | 'ramGib' | 'diskGib' | 'rackUnits' | 'powerKw'; used: number; total: number }) {
  const { t } = useTranslation('datacenter');
  const label = t(`sites.resource.${resource}`);
  const percent = total > 0 ? Math.min(100, Math.round((used / total) * 1000) / 10) : 0;
  const text =
    total > 0
      ? t('sites.usage', { used: formatNumber(used), total: formatNumber(total), unit: t(`sites.unit.${resource}`), percent: formatNumber(percent) })
      : t('sites.usageNone');
  const color = percent >= 90 ? 'red' : percent >= 75 ? 'orange' : 'blue';
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {text}
        </Text>
      </Group>
      <Progress.Root
        size="md"
        role="meter"
        aria-label={t('sites.usageLabel', { resource: label })}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={text}
      >
        <Progress.Section value={percent} color={color} withAria={false} />
      </Progress.Root>
    </Stack>
  );
}

