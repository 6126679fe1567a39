import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../../lib/auth/tokenStore';
import { json, problem, pucheng, stubFetch } from '../../../test/http';
import { renderApp } from '../../../test/render';

const tokens = { accessToken: 'a1', refreshToken: 'r1', tokenType: 'Bearer', expiresIn: 900 };

async function fillAndSubmit(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('LoginPage', () => {
  it('shows the product title, not a scaffold', async () => {
    stubFetch({});
    renderApp('/login');
    expect(await screen.findAllByText('督导通')).not.toHaveLength(0);
    expect(screen.getAllByText('教育督导工作平台').length).toBeGreaterThan(0);
  });

  it('shows the server detail of a 401 and stays signed out', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/auth/login': () =>
        problem(401, { code: 'INVALID_CREDENTIALS', detail: '用户名或密码错误（服务器）' }),
    });
    renderApp('/login');
    await fillAndSubmit('pucheng', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误（服务器）');
    expect(tokenStore.get()).toBeNull();
    expect(await calls[0].json()).toEqual({ username: 'pucheng', password: 'wrong-password' });
    // the login call carries no bearer and is not retried through refresh
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.get('Authorization')).toBeNull();
  });

  it('tells how long to wait after too many failures when the server gives no detail', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () => problem(429, {}, { 'Retry-After': '42' }),
    });
    renderApp('/login');
    await fillAndSubmit('pucheng', 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('42 秒');
  });

  it('validates required fields before calling the server', async () => {
    const { calls } = stubFetch({});
    renderApp('/login');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    // only the ambient 演示环境 question, never the sign-in
    expect(calls).toHaveLength(0);
  });

  it('sends a signed-out deep link to login and returns there after signing in', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () => json(tokens),
      'GET /api/v1/me': (req) =>
        req.headers.get('Authorization') === 'Bearer a1'
          ? json(pucheng)
          : problem(401, { detail: 'no token' }),
      'GET /api/v1/users': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'GET /api/v1/organizations/tree': () => json([]),
    });
    const { router } = renderApp('/users?q=abc');

    await screen.findByLabelText('用户名');
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('redirect')).toBe('/users?q=abc');

    await fillAndSubmit('pucheng', 'Demo@2023');

    expect(await screen.findByRole('heading', { name: '用户管理' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
    expect(router.state.location.search).toBe('?q=abc');
    expect(tokenStore.get()?.accessToken).toBe('a1');
    expect(JSON.parse(sessionStorage.getItem('dudao.auth') ?? '{}')).toMatchObject({
      accessToken: 'a1',
      refreshToken: 'r1',
    });
  });

  it('ignores a redirect to another site', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () => json(tokens),
      'GET /api/v1/me': () => json(pucheng),
    });
    const { router } = renderApp('/login?redirect=//evil.example/x');
    await fillAndSubmit('pucheng', 'Demo@2023');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText('您好，蒲城县督导室')).toBeInTheDocument();
  });
});
