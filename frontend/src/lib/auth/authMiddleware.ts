import type { Middleware } from 'openapi-fetch';
import type { TokenStore, Tokens } from './tokenStore';

export type AuthMiddlewareOptions = {
  store: TokenStore;
  /** Exchanges a refresh token for a new pair; resolves null (or throws) when refused. */
  refresh: (refreshToken: string) => Promise<Tokens | null>;
  /** Called once the session cannot be saved (refresh refused or retry still 401). */
  onSessionExpired?: () => void;
};

const NO_BEARER = /\/api\/v1\/auth\/(login|refresh)$/;
const NO_RETRY = /\/api\/v1\/auth\/(login|refresh|logout)$/;

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * Adds the bearer token to every API call; on a 401 refreshes the token pair once for all
 * concurrent callers (single flight) and replays the request; when that fails the session ends.
 */
export function createAuthMiddleware(opts: AuthMiddlewareOptions): Middleware {
  const { store } = opts;
  const pending = new Map<string, { request: Request; token: string | undefined }>();
  let inflight: Promise<boolean> | null = null;

  const refreshOnce = (): Promise<boolean> => {
    inflight ??= (async () => {
      const refreshToken = store.get()?.refreshToken;
      if (!refreshToken) return false;
      try {
        const next = await opts.refresh(refreshToken);
        if (!next) return false;
        store.set(next);
        return true;
      } catch {
        return false;
      }
    })().finally(() => {
      inflight = null;
    });
    return inflight;
  };

  const expire = () => {
    store.clear('expired');
    opts.onSessionExpired?.();
  };

  return {
    onRequest({ request, id }) {
      const path = pathOf(request.url);
      const token = store.get()?.accessToken;
      if (token && !NO_BEARER.test(path)) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      if (!NO_RETRY.test(path)) {
        // keep an unread copy: the body of the original is consumed by fetch
        pending.set(id, { request: request.clone(), token });
      }
      return request;
    },

    async onResponse({ response, id, options }) {
      const saved = pending.get(id);
      pending.delete(id);
      if (response.status !== 401 || !saved) return undefined;

      const current = store.get()?.accessToken;
      // another call may already have refreshed while this one was in flight
      const fresh = current !== undefined && current !== saved.token ? true : await refreshOnce();
      const accessToken = store.get()?.accessToken;
      if (!fresh || !accessToken) {
        expire();
        return undefined;
      }
      const retry = new Request(saved.request);
      retry.headers.set('Authorization', `Bearer ${accessToken}`);
      const second = await options.fetch(retry);
      if (second.status === 401) expire();
      return second;
    },

    onError({ id }) {
      pending.delete(id);
      return undefined;
    },
  };
}
