import type { NavItem } from '../../layout/navigation';

/** Menu entries of the servicedesk-service area, appended to the shell's menu in this order. */
export const servicedeskNavigation: NavItem[] = [];
