import { Navigate, Outlet, useLocation } from 'react-router';
import { useSignedIn } from '../../../lib/auth/session';
import { tokenStore } from '../../../lib/auth/tokenStore';

/** Sends a signed-out visitor to the login page, remembering where they wanted to go. */
export function RequireAuth() {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (signedIn) return <Outlet />;
  const target = `${location.pathname}${location.search}${location.hash}`;
  const plain = tokenStore.clearReason === 'logout' || target === '/';
  const to = plain ? '/login' : `/login?redirect=${encodeURIComponent(target)}`;
  return <Navigate to={to} replace />;
}
