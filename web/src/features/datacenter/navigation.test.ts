import i18n from '../../i18n';
import { datacenterNavigation } from './navigation';

it('has every menu label in both languages before any screen loads', async () => {
  for (const lng of ['id', 'en']) {
    await i18n.changeLanguage(lng);
    for (const item of datacenterNavigation) {
      const label = i18n.t(item.label);
      expect(label, item.label).not.toBe(item.label);
      expect(label, item.label).not.toMatch(/^datacenterNav/);
    }
  }
  await i18n.changeLanguage('id');
  expect(datacenterNavigation.map((n) => i18n.t(n.label))).toEqual([
    'VPS Pusat Data',
    'Katalog Image OS',
    'Lokasi Pusat Data',
    'Pemantauan Layanan',
    'Cadangan Data',
    'Rak dan Kolokasi',
    'Register Penempatan',
    'Tinjauan Tahunan',
    'Persetujuan Pengelolaan Data',
    'Register Dataset',
  ]);
});
