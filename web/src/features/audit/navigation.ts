import { IconCertificate, IconClipboardCheck, IconListSearch, IconUserShield } from '@tabler/icons-react';
import { Role } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
// The menu labels live in the feature's namespace: registered here, before any of its screens loads.
import './i18n';

/** Menu entries of the audit-service area, appended to the shell's menu in this order. */
export const auditNavigation: NavItem[] = [
  {
    to: '/audit/penugasan',
    label: 'audit:nav.engagements',
    icon: IconClipboardCheck,
    roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.OPD_OPERATOR],
  },
  {
    to: '/audit/temuan',
    label: 'audit:nav.findings',
    icon: IconListSearch,
    roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.OPD_OPERATOR],
  },
  { to: '/audit/auditor', label: 'audit:nav.auditors', icon: IconUserShield, roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR] },
  {
    to: '/audit/sertifikat',
    label: 'audit:nav.certificates',
    icon: IconCertificate,
    roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.OPD_OPERATOR],
  },
];
