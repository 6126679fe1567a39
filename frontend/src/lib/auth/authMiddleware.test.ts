import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../api/client';
import { json, problem, stubFetch } from '../../test/http';
import { TokenStore } from './tokenStore';

function freshStore(accessToken = 'old-access', refreshToken = 'old-refresh') {
  const store = new TokenStore(sessionStorage);
  store.set({ accessToken, refreshToken, expiresAt: Date.now() });
  return store;
}

const me = { id: 1, username: 'pucheng', displayName: 'x', roles: ['COUNTY_OFFICE'] };

describe('auth middleware', () => {
  it('adds the bearer token', async () => {
    const store = freshStore('t-1');
    const { calls } = stubFetch({ 'GET /api/v1/me': () => json(me) });
    const client = createApiClient(store);
    const { data } = await client.GET('/api/v1/me');
    expect(data?.username).toBe('pucheng');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer t-1');
  });

  it('refreshes once on 401 for concurrent calls, rotates tokens and replays each call', async () => {
    const store = freshStore();
    let refreshes = 0;
    const { calls } = stubFetch({
      'GET /api/v1/me': (req) =>
        req.headers.get('Authorization') === 'Bearer new-access'
          ? json(me)
          : problem(401, { detail: 'expired' }),
      'PUT /api/v1/users/7': async (req) =>
        req.headers.get('Authorization') === 'Bearer new-access'
          ? json({ id: 7, ...(await req.json()) })
          : problem(401, { detail: 'expired' }),
      'POST /api/v1/auth/refresh': async (req) => {
        refreshes += 1;
        expect(await req.json()).toEqual({ refreshToken: 'old-refresh' });
        expect(req.headers.get('Authorization')).toBeNull();
        await new Promise((r) => setTimeout(r, 20));
        return json({ accessToken: 'new-access', refreshToken: 'new-refresh', expiresIn: 900 });
      },
    });
    const client = createApiClient(store);
    const body = {
      displayName: 'n',
      roles: ['VIEWER' as const],
      organizationId: 1,
      active: true,
      version: 2,
    };
    const [a, b] = await Promise.all([
      client.GET('/api/v1/me'),
      client.PUT('/api/v1/users/{id}', { params: { path: { id: 7 } }, body }),
    ]);

    expect(refreshes).toBe(1);
    expect(a.response.status).toBe(200);
    expect(a.data?.username).toBe('pucheng');
    expect(b.response.status).toBe(200);
    // the replayed PUT still carries its body
    expect(b.data).toMatchObject({ id: 7, displayName: 'n', version: 2 });
    expect(store.get()).toMatchObject({ accessToken: 'new-access', refreshToken: 'new-refresh' });
    expect(calls.filter((c) => c.url.endsWith('/api/v1/me'))).toHaveLength(2);
  });

  it('ends the session when the refresh is refused, without retrying the call', async () => {
    const store = freshStore();
    const onExpired = vi.fn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => problem(401, { detail: 'expired' }),
      'POST /api/v1/auth/refresh': () => problem(401, { code: 'INVALID_TOKEN', detail: 'no' }),
    });
    const client = createApiClient(store, onExpired);
    const { response, error } = await client.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(error).toMatchObject({ detail: 'expired' });
    expect(onExpired).toHaveBeenCalledTimes(1);
    expect(store.get()).toBeNull();
    expect(store.clearReason).toBe('expired');
    expect(sessionStorage.getItem('dudao.auth')).toBeNull();
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'GET /api/v1/me',
      'POST /api/v1/auth/refresh',
    ]);
  });

  it('does not loop when the replayed call is refused again', async () => {
    const store = freshStore();
    const onExpired = vi.fn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => problem(401, { detail: 'still no' }),
      'POST /api/v1/auth/refresh': () =>
        json({ accessToken: 'new-access', refreshToken: 'new-refresh', expiresIn: 900 }),
    });
    const client = createApiClient(store, onExpired);
    const { response } = await client.GET('/api/v1/me');
    expect(response.status).toBe(401);
    expect(calls).toHaveLength(3);
    expect(onExpired).toHaveBeenCalledTimes(1);
    expect(store.get()).toBeNull();
  });

  it('leaves a failed login alone', async () => {
    const store = new TokenStore(sessionStorage);
    const { calls } = stubFetch({
      'POST /api/v1/auth/login': () => problem(401, { code: 'INVALID_CREDENTIALS', detail: 'bad' }),
    });
    const client = createApiClient(store);
    const { error } = await client.POST('/api/v1/auth/login', {
      body: { username: 'a', password: 'b' },
    });
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(calls).toHaveLength(1);
  });
});
