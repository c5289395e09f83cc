import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common as id } from './id';
import { common as en } from './en';
import { domainEn, domainId } from './domain';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'spbe.lang';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

// Bahasa Indonesia first: the default for everyone until they switch; the choice is kept in this browser.
void i18n.use(initReactI18next).init({
  resources: { id: { common: id, domain: domainId }, en: { common: en, domain: domainEn } },
  lng: storedLanguage(),
  fallbackLng: 'id',
  defaultNS: 'common',
  ns: ['common', 'domain'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;

export function switchLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the switch holds for this page only.
  }
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * A feature's own strings, added when its code loads (routes are lazy), so features never edit a shared file.
 * Use with useTranslation('<namespace>').
 */
export function addTranslations(namespace: string, resources: { id: object; en: object }): void {
  if (!i18n.hasResourceBundle('id', namespace)) {
    i18n.addResourceBundle('id', namespace, resources.id);
    i18n.addResourceBundle('en', namespace, resources.en);
  }
}

export default i18n;
