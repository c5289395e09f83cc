import { addTranslations } from '../../i18n';

const id = {
  title: 'Rencana Audit TIK',
  subtitle: 'Audit yang jatuh tempo per tahun (AU4–AU6)',
  year: 'Tahun',
  kindFilter: 'Jenis audit',
  allKinds: 'Semua jenis',
  caption: 'Rencana audit tahun {{year}}',
  columns: {
    dueDate: 'Jatuh tempo',
    kind: 'Jenis',
    application: 'Aplikasi',
    opd: 'OPD',
    obligation: 'Kewajiban',
    basisDate: 'Tanggal dasar',
    plannedAt: 'Masuk rencana',
  },
  overdue: 'Lewat jatuh tempo',
  dueSoon: 'Segera',
  empty: 'Tidak ada audit yang jatuh tempo pada tahun {{year}}.',
  overdueNote: 'Rencana belum mencatat pelaksanaan audit: "lewat jatuh tempo" berarti tanggal jatuh temponya sudah lewat.',
  pages: 'Halaman rencana audit',
  kind: { INFRASTRUKTUR: 'Infrastruktur', APLIKASI: 'Aplikasi', KEAMANAN: 'Keamanan' },
};

const en: typeof id = {
  title: 'ICT Audit Plan',
  subtitle: 'Audits falling due per year (AU4–AU6)',
  year: 'Year',
  kindFilter: 'Audit kind',
  allKinds: 'All kinds',
  caption: 'Audit plan for {{year}}',
  columns: {
    dueDate: 'Due date',
    kind: 'Kind',
    application: 'Application',
    opd: 'OPD',
    obligation: 'Obligation',
    basisDate: 'Basis date',
    plannedAt: 'Entered the plan',
  },
  overdue: 'Past due',
  dueSoon: 'Soon',
  empty: 'No audit falls due in {{year}}.',
  overdueNote: 'The plan does not yet record audits carried out: "past due" means the due date has passed.',
  pages: 'Audit plan pages',
  kind: { INFRASTRUKTUR: 'Infrastructure', APLIKASI: 'Application', KEAMANAN: 'Security' },
};

addTranslations('audit', { id, en });

/** Today as YYYY-MM-DD in the browser's time zone, to compare with the plan's LocalDate due dates. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isOverdue(dueDate: string, today: string = todayIso()): boolean {
  return dueDate < today;
}
