import { addTranslations } from '../../i18n';

const id = {
  title: 'Katalog Aplikasi SPBE',
  subtitle: 'Aplikasi pemerintah daerah yang sedang beroperasi, terbuka untuk umum',
  search: 'Cari aplikasi',
  searchHint: 'Nama, uraian, atau fitur',
  opd: 'Kode OPD pemilik',
  opdHint: 'mis. DINKES',
  functionDomain: 'Bidang layanan',
  serviceType: 'Jenis layanan',
  any: 'Semua',
  results: 'Hasil pencarian katalog',
  empty: 'Tidak ada aplikasi yang cocok.',
  pages: 'Halaman katalog',
  owner: 'Pemilik',
  open: 'Buka aplikasi',
  detail: 'Rincian',
  back: 'Kembali ke katalog',
  class: 'Kelas aplikasi',
  url: 'Alamat aplikasi',
  licence: 'Lisensi',
  source: 'Kode sumber',
  domains: 'Bidang layanan',
  licenceKind: { OPEN_SOURCE: 'Sumber terbuka', CLOSED_SOURCE: 'Sumber tertutup' },
  notFound: 'Aplikasi ini tidak ada di katalog publik (hanya aplikasi yang beroperasi yang ditampilkan).',
  noDescription: 'Belum ada uraian.',
};

const en: typeof id = {
  title: 'SPBE Application Catalogue',
  subtitle: 'The regional government’s applications in operation, open to everyone',
  search: 'Search applications',
  searchHint: 'Name, description or feature',
  opd: 'Owner OPD code',
  opdHint: 'e.g. DINKES',
  functionDomain: 'Function domain',
  serviceType: 'Service type',
  any: 'All',
  results: 'Catalogue search results',
  empty: 'No application matches.',
  pages: 'Catalogue pages',
  owner: 'Owner',
  open: 'Open the application',
  detail: 'Details',
  back: 'Back to the catalogue',
  class: 'Application class',
  url: 'Application address',
  licence: 'Licence',
  source: 'Source code',
  domains: 'Function domains',
  licenceKind: { OPEN_SOURCE: 'Open source', CLOSED_SOURCE: 'Closed source' },
  notFound: 'This application is not in the public catalogue (only applications in operation are listed).',
  noDescription: 'No description yet.',
};

addTranslations('catalogue', { id, en });

/** Only http(s) links are followed from public data (a stored javascript: URL must never become a link). */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
