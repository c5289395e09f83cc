import { addTranslations } from '../../i18n';

/**
 * The menu labels only (namespace "datacenterNav"): the menu is in the initial bundle, the screens' strings
 * (i18n.ts) load with the screens.
 */
addTranslations('datacenterNav', {
  id: {
    vps: 'VPS Pusat Data',
    osImages: 'Katalog Image OS',
    sites: 'Lokasi Pusat Data',
    uptime: 'Pemantauan Layanan',
    backups: 'Cadangan Data',
    racks: 'Rak dan Kolokasi',
    placement: 'Register Penempatan',
    review: 'Tinjauan Tahunan',
    custody: 'Persetujuan Pengelolaan Data',
    datasets: 'Register Dataset',
  },
  en: {
    vps: 'Data centre VPS',
    osImages: 'OS image catalogue',
    sites: 'Data centre sites',
    uptime: 'Service monitoring',
    backups: 'Backups',
    racks: 'Racks and colocation',
    placement: 'Placement register',
    review: 'Yearly review',
    custody: 'Data custody consents',
    datasets: 'Dataset register',
  },
});
