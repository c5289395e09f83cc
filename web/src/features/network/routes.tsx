import type { RouteObject } from 'react-router';

/** Screens of the network-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const networkRoutes: RouteObject[] = [];
