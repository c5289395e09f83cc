import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import { useNavigate } from 'react-router';
import { safeReturnPath } from './AuthSetup';
import { RequireAuth } from './RequireAuth';
import { Loading } from '../ui/Loading';

/** Where Keycloak sends the browser back: once the code is exchanged, go to the page that asked for sign-in. */
export function AuthCallback() {
  const auth = useAuth();
  const navigate = useNavigate();
  useEffect(() => {
    if (auth.isAuthenticated) {
      const returnTo = (auth.user?.state as { returnTo?: string } | undefined)?.returnTo;
      navigate(safeReturnPath(returnTo), { replace: true });
    }
  }, [auth.isAuthenticated, auth.user, navigate]);
  return auth.error ? <RequireAuth>{null}</RequireAuth> : <Loading />;
}
