import { useSyncExternalStore } from 'react';
import { tokenStore } from './tokenStore';

const isSignedIn = () => tokenStore.get() !== null;

/** Re-renders when the user signs in or the session ends. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(tokenStore.subscribe, isSignedIn, isSignedIn);
}

/** Only same-app paths may be a post-login target (no `//host` or `https:` open redirects). */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return '/';
  }
  if (target.startsWith('/login')) return '/';
  return target;
}
