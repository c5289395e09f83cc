import { IconCertificate, IconChartRadar, IconGavel, IconListTree, IconMap2, IconUserCheck } from '@tabler/icons-react';
import { Role } from '../../auth/roles';
import { addTranslations } from '../../i18n';
import type { NavItem } from '../../layout/navigation';

// Only the menu labels load with the shell (namespace monevNav); the screens' strings (./i18n) load with the screens,
// which keeps the initial bundle within its budget.
addTranslations('monevNav', {
  id: { evaluations: 'Evaluasi SPBE', frameworks: 'Kerangka Evaluasi', mandiriTik: 'Penilaian Mandiri TIK', planning: 'Dokumen Perencanaan SPBE', competency: 'Kompetensi SDM TIK', compliance: 'Kepatuhan Peraturan' },
  en: { evaluations: 'SPBE evaluation', frameworks: 'Evaluation frameworks', mandiriTik: 'Mandiri TIK assessment', planning: 'SPBE planning documents', competency: 'ICT staff competency', compliance: 'Regulatory compliance' },
});

const READERS = [Role.DINAS_ADMIN, Role.OPD_OPERATOR, Role.EVALUATOR, Role.COORDINATOR, Role.AUDITOR];

/** Menu entries of the monev-service area, appended to the shell's menu in this order. */
export const monevNavigation: NavItem[] = [
  { to: '/evaluasi', label: 'monevNav:evaluations', icon: IconChartRadar, roles: READERS },
  { to: '/evaluasi/kerangka', label: 'monevNav:frameworks', icon: IconListTree, roles: READERS },
  { to: '/evaluasi/mandiri-tik', label: 'monevNav:mandiriTik', icon: IconCertificate, roles: READERS },
  { to: '/evaluasi/perencanaan', label: 'monevNav:planning', icon: IconMap2, roles: READERS },
  // the register holds names: operators get 403 from the service
  { to: '/evaluasi/kompetensi', label: 'monevNav:competency', icon: IconUserCheck, roles: [Role.DINAS_ADMIN, Role.EVALUATOR, Role.COORDINATOR, Role.AUDITOR] },
  // SEC4: region-wide readers (it names every OPD's weak indicators); the service answers 403 to operators
  { to: '/evaluasi/kepatuhan', label: 'monevNav:compliance', icon: IconGavel, roles: [Role.DINAS_ADMIN, Role.EVALUATOR, Role.COORDINATOR, Role.AUDITOR] },
];
