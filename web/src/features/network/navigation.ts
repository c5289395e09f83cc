import type { NavItem } from '../../layout/navigation';

/** Menu entries of the network-service area, appended to the shell's menu in this order. */
export const networkNavigation: NavItem[] = [];
