import i18n from '../i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');

/** Dates and times in the user's language, in the region's time zone as the browser knows it. */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatBytes(bytes: number | undefined | null): string {
  if (bytes == null) return '—';
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
