import type { ReactNode } from 'react';
import type { Role } from '../../api/types';
import { ForbiddenPage } from '../../components/ResultPages';
import { useMe } from '../../features/auth/api/session';

export function RequireRole({
  allow,
  children,
}: {
  allow: (roles: readonly Role[] | undefined) => boolean;
  children: ReactNode;
}) {
  const { data: me } = useMe();
  if (!me) return null;
  return allow(me.roles) ? children : <ForbiddenPage />;
}
