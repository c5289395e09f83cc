import { IconCertificate, IconClipboardCheck, IconListSearch, IconShieldCheck, IconUserShield } from '@tabler/icons-react';
import { Role } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
// The menu labels: registered here, before any of the feature's screens loads (a small namespace of their own).
import './navI18n';

/** Menu entries of the audit-service area, appended to the shell's menu in this order. */
export const auditNavigation: NavItem[] = [
  {
    to: '/audit/penugasan',
    label: 'auditNav:engagements',
    icon: IconClipboardCheck,
    roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.OPD_OPERATOR],
  },
  {
    to: '/audit/temuan',
    label: 'auditNav:findings',
    icon: IconListSearch,
    roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.OPD_OPERATOR],
  },
  { to: '/audit/auditor', label: 'auditNav:auditors', icon: IconUserShield, roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR] },
  {
    to: '/audit/sertifikat',
    label: 'auditNav:certificates',
    icon: IconCertificate,
    roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.OPD_OPERATOR],
  },
  {
    to: '/audit/penilaian-keamanan',
    label: 'auditNav:assessments',
    icon: IconShieldCheck,
    roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.OPD_OPERATOR],
  },
];
