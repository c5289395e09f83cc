import type { NavItem } from '../../layout/navigation';

/** Menu entries of the monev-service area, appended to the shell's menu in this order. */
export const monevNavigation: NavItem[] = [];
