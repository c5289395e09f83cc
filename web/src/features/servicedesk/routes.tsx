import type { RouteObject } from 'react-router';

/** Screens of the servicedesk-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const servicedeskRoutes: RouteObject[] = [];
