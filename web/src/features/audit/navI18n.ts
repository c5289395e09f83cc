import { addTranslations } from '../../i18n';

/**
 * The menu labels only, in their own namespace: the menu is part of the initial bundle, the screens' strings
 * (namespace 'audit', i18n.ts) load with the screens.
 */
addTranslations('auditNav', {
  id: { engagements: 'Penugasan Audit', findings: 'Temuan Audit', auditors: 'Daftar Auditor', certificates: 'Sertifikat Elektronik', assessments: 'Penilaian Keamanan' },
  en: { engagements: 'Audit Engagements', findings: 'Audit Findings', auditors: 'Auditor Register', certificates: 'Electronic Certificates', assessments: 'Security Assessments' },
});
