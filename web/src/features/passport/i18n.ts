import { addTranslations } from '../../i18n';

/** Strings of the application passport (namespace "passport"). */
const id = {
  title: 'Paspor aplikasi',
  subtitle: 'Ringkasan satu halaman: fakta registri, dokumen, subdomain, integrasi dan rencana audit.',
  print: 'Cetak',
  pdf: 'Unduh PDF',
  back: 'Kembali ke detail',
  printedAt: 'Dicetak {{at}}',
  notYet: 'Belum tersedia — diisi oleh layanan {{service}} pada tahap berikutnya.',
  loadFailed: 'Bagian ini tidak dapat dimuat.',
  section: {
    identity: 'Identitas dan registri',
    lifecycle: 'Status dan keputusan',
    documents: 'Dokumen',
    subdomains: 'Subdomain',
    integrations: 'Integrasi',
    auditPlan: 'Rencana audit',
    dataCenter: 'Pusat data dan hosting',
    network: 'Jaringan intra pemerintah',
    serviceDesk: 'Layanan TIK (service desk)',
    audits: 'Hasil audit',
    evaluation: 'Evaluasi SPBE',
  },
  service: {
    dataCenter: 'pusat data',
    network: 'jaringan',
    serviceDesk: 'service desk',
    audits: 'audit',
    evaluation: 'evaluasi',
  },
  documents: {
    caption: 'Dokumen terakhir per jenis',
    kind: 'Jenis',
    latest: 'Versi terakhir',
    signature: 'Tanda tangan',
    none: 'Belum ada',
  },
  subdomains: { none: 'Belum ada subdomain.' },
  integrations: { provides: 'Menyediakan untuk', consumes: 'Menggunakan', none: 'Belum ada integrasi.' },
  audit: {
    caption: 'Audit yang direncanakan untuk aplikasi ini',
    kind: 'Jenis audit',
    dueDate: 'Jatuh tempo',
    obligation: 'Kewajiban',
    none: 'Belum ada audit terencana untuk aplikasi ini dalam {{years}}.',
    kinds: { INFRASTRUKTUR: 'Infrastruktur', APLIKASI: 'Aplikasi', KEAMANAN: 'Keamanan' },
    scope: 'Rencana audit OPD {{opd}} tahun {{years}}, disaring untuk aplikasi ini.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const en: Widen<typeof id> = {
  title: 'Application passport',
  subtitle: 'A one-page summary: registry facts, documents, subdomains, integrations and audit plan.',
  print: 'Print',
  pdf: 'Download PDF',
  back: 'Back to detail',
  printedAt: 'Printed {{at}}',
  notYet: 'Not available yet — filled in by the {{service}} service in a later stage.',
  loadFailed: 'This section could not be loaded.',
  section: {
    identity: 'Identity and registry',
    lifecycle: 'Status and decisions',
    documents: 'Documents',
    subdomains: 'Subdomains',
    integrations: 'Integrations',
    auditPlan: 'Audit plan',
    dataCenter: 'Data center and hosting',
    network: 'Intra-government network',
    serviceDesk: 'ICT service desk',
    audits: 'Audit results',
    evaluation: 'SPBE evaluation',
  },
  service: {
    dataCenter: 'data center',
    network: 'network',
    serviceDesk: 'service desk',
    audits: 'audit',
    evaluation: 'evaluation',
  },
  documents: {
    caption: 'Latest document per kind',
    kind: 'Kind',
    latest: 'Latest version',
    signature: 'Signature',
    none: 'None yet',
  },
  subdomains: { none: 'No subdomains yet.' },
  integrations: { provides: 'Provides to', consumes: 'Uses', none: 'No integrations yet.' },
  audit: {
    caption: 'Audits planned for this application',
    kind: 'Audit kind',
    dueDate: 'Due',
    obligation: 'Obligation',
    none: 'No audit planned for this application in {{years}}.',
    kinds: { INFRASTRUKTUR: 'Infrastructure', APLIKASI: 'Application', KEAMANAN: 'Security' },
    scope: 'Audit plan of OPD {{opd}} for {{years}}, filtered to this application.',
  },
};

addTranslations('passport', { id, en });
