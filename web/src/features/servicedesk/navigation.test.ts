import i18n from '../../i18n';
import { servicedeskNavigation } from './navigation';
import { servicedeskRoutes } from './routes';

it('labels every menu entry in both languages before any screen loads, and every entry leads to a screen', () => {
  for (const lng of ['id', 'en']) {
    for (const item of servicedeskNavigation) {
      const label = i18n.t(item.label, { lng });
      expect(label, `${item.label} (${lng})`).not.toBe(item.label.split(':')[1]);
      expect(label).not.toMatch(/^nav\./);
    }
  }
  expect(i18n.t('servicedesk:nav.tickets', { lng: 'id' })).toBe('Tiket layanan');
  const paths = servicedeskRoutes.map((r) => r.path);
  servicedeskNavigation.forEach((item) => expect(paths).toContain(item.to));
});
