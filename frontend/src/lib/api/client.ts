import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../api/types';
import { createAuthMiddleware } from '../auth/authMiddleware';
import { tokenStore, tokensFromResponse, type TokenStore } from '../auth/tokenStore';
import { currentLanguage } from '../i18n';

const baseUrl = globalThis.location?.origin ?? '';

/** Lets the server answer problem `detail`s in the UI language where it can. */
const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage() === 'en' ? 'en' : 'zh-CN');
    return request;
  },
};

/**
 * Every call bypasses the browser's HTTP cache: TanStack Query is the client's cache, and answers
 * depend on who asks (`allowedActions`). The API's ETags now carry a hash of each caller's body (so a
 * revalidation can no longer hand the previous user's buttons to the next one), but a shared
 * browser has no business keeping one official's data for the next either.
 */
const uncached = (req: Request) => globalThis.fetch(new Request(req, { cache: 'no-store' }));

/**
 * openapi-fetch keeps the fetch it was created with: going through globalThis.fetch at call time
 * lets tests stub it.
 */
export function createApiClient(store: TokenStore, onSessionExpired?: () => void) {
  // The refresh call goes through a bare client: no bearer, no retry loop. Both type responses as
  // JSON: list endpoints also answer CSV/.xlsx exports, which the client downloads separately.
  const bare = createClient<paths, 'application/json'>({
    baseUrl,
    fetch: uncached,
  });
  const client = createClient<paths, 'application/json'>({
    baseUrl,
    fetch: uncached,
  });
  client.use(acceptLanguage);
  client.use(
    createAuthMiddleware({
      store,
      onSessionExpired,
      refresh: async (refreshToken) => {
        const { data, response } = await bare.POST('/api/v1/auth/refresh', {
          body: { refreshToken },
        });
        return response.ok && data ? tokensFromResponse(data) : null;
      },
    }),
  );
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api = createApiClient(tokenStore);
