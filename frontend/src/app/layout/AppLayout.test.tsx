import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { json, noContent, problem, pucheng, puchengTree, stubFetch } from '../../test/http';
import { page } from '../../test/fixtures';

const emptyInbox = () => json(page([]));
import { renderApp, signIn } from '../../test/render';

function menu(): HTMLElement {
  const el = document.querySelector<HTMLElement>('.ant-layout-sider .ant-menu');
  if (!el) throw new Error('no side menu');
  return el;
}

describe('app shell', () => {
  it('shows the menu of a county office, the user and the organisation', async () => {
    signIn();
    stubFetch({ 'GET /api/v1/me': () => json(pucheng), 'GET /api/v1/inbox': emptyInbox });
    renderApp('/');
    expect(await screen.findByText('您好，蒲城县督导室')).toBeInTheDocument();
    expect(screen.getByTestId('header-org')).toHaveTextContent('蒲城县');
    expect(screen.getByTestId('header-user')).toHaveTextContent('蒲城县督导室');
    for (const label of [
      '工作台',
      '首页',
      '工作要点',
      '任务',
      '我的任务',
      '两个创建',
      '机构',
      '用户',
      '操作日志',
      '我的',
    ]) {
      expect(menu()).toHaveTextContent(label);
    }
  });

  it('hides users and audit from a read-only viewer', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json({ ...pucheng, roles: ['VIEWER'] }),
      'GET /api/v1/inbox': emptyInbox,
    });
    renderApp('/');
    await screen.findByText('您好，蒲城县督导室');
    expect(menu()).toHaveTextContent('机构');
    // plans and tasks are there to read
    expect(menu()).toHaveTextContent('工作要点');
    expect(menu()).toHaveTextContent('我的任务');
    expect(menu()).toHaveTextContent('两个创建');
    expect(menu()).not.toHaveTextContent('用户');
    expect(menu()).not.toHaveTextContent('操作日志');
  });

  it('keeps the creation programmes out of a school’s menu', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json({ ...pucheng, roles: ['SCHOOL'] }),
      'GET /api/v1/inbox': emptyInbox,
    });
    renderApp('/');
    await screen.findByText('您好，蒲城县督导室');
    expect(menu()).toHaveTextContent('我的任务');
    expect(menu()).not.toHaveTextContent('两个创建');
  });

  it('switches labels to English and remembers the choice', async () => {
    signIn();
    stubFetch({ 'GET /api/v1/me': () => json(pucheng), 'GET /api/v1/inbox': emptyInbox });
    renderApp('/');
    await screen.findByText('您好，蒲城县督导室');
    expect(menu()).toHaveTextContent('机构');

    await userEvent.setup().click(screen.getByText('English'));

    expect(await screen.findByText('Hello, 蒲城县督导室')).toBeInTheDocument();
    expect(menu()).toHaveTextContent('Organizations');
    expect(menu()).toHaveTextContent('Work plans');
    expect(menu()).toHaveTextContent('My tasks');
    expect(menu()).not.toHaveTextContent('机构');
    expect(screen.getAllByText('County supervision office').length).toBeGreaterThan(0);
    expect(localStorage.getItem('dudao.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await userEvent.setup().click(screen.getByText('中文'));
    expect(await screen.findByText('您好，蒲城县督导室')).toBeInTheDocument();
    expect(localStorage.getItem('dudao.lang')).toBe('zh-CN');
  });

  it('goes to login with the current path when the session cannot be refreshed', async () => {
    signIn('stale', 'stale-refresh');
    stubFetch({
      'GET /api/v1/me': () => problem(401, { detail: 'token expired' }),
      'POST /api/v1/auth/refresh': () => problem(401, { detail: 'refresh token invalid' }),
    });
    const { router } = renderApp('/organizations?x=1');
    await screen.findByLabelText('用户名');
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('redirect')).toBe(
      '/organizations?x=1',
    );
    expect(screen.getByText('登录已过期，请重新登录')).toBeInTheDocument();
  });

  it('signs out: revokes the refresh token and returns to a plain login page', async () => {
    signIn('acc', 'ref');
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'POST /api/v1/auth/logout': () => noContent(),
    });
    const { router } = renderApp('/me');
    await screen.findByText('个人信息');
    await userEvent.setup().click(screen.getByText('退出登录', { selector: 'button span' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('');
    expect(tokenStore.get()).toBeNull();
    const logout = calls.find((c) => c.url.endsWith('/auth/logout'));
    expect(await logout!.json()).toEqual({ refreshToken: 'ref' });
  });
});

describe('public pages', () => {
  const decisions = () => json({ items: [], page: 0, size: 10, total: 0 });

  it('opens 问责决定公开 inside the shell, with its menu, for someone signed in', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/public/accountability-decisions': decisions,
    });
    renderApp('/public/decisions');
    expect(await screen.findByText('暂无公开的问责决定')).toBeInTheDocument();
    expect(menu()).toHaveTextContent('问责决定公开');
    expect(menu().querySelector('.ant-menu-item-selected')).toHaveTextContent('问责决定公开');
    expect(screen.getByTestId('header-org')).toHaveTextContent('蒲城县');
  });

  it('opens it in a plain frame with a sign-in link for a visitor', async () => {
    stubFetch({ 'GET /api/v1/public/accountability-decisions': decisions });
    renderApp('/public/decisions');
    expect(await screen.findByText('暂无公开的问责决定')).toBeInTheDocument();
    expect(document.querySelector('.ant-layout-sider')).toBeNull();
    expect(screen.getByText('登录督导通')).toBeInTheDocument();
  });
});

describe('organisations page', () => {
  it('shows the own subtree and the details of the selected node', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/organizations/tree': () => json(puchengTree),
      'GET /api/v1/organizations/20': () =>
        json({ ...puchengTree[0], children: undefined, version: 1 }),
      'GET /api/v1/organizations/21': () =>
        json({ ...puchengTree[0].children[0], children: undefined, version: 4 }),
    });
    renderApp('/organizations');
    const tree = await screen.findByTestId('org-tree');
    await waitFor(() => expect(tree).toHaveTextContent('蒲城县第一责任区'));
    expect(tree).toHaveTextContent('蒲城县第二责任区');
    expect(await screen.findByText('蒲城县人民政府教育督导室')).toBeInTheDocument();
    // no create/edit for an office user
    expect(screen.queryByText('新建下级机构')).toBeNull();

    await userEvent.setup().click(screen.getAllByText('蒲城县第一责任区')[0]);
    const details = await screen.findByTestId('org-details');
    await waitFor(() => expect(details).toHaveTextContent('PC-Z1'));
    expect(details).toHaveTextContent('责任区');
    expect(details).toHaveTextContent('蒲城县城关小学');
  });
});
