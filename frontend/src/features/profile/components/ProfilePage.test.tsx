import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, noContent, problem, pucheng, stubFetch } from '../../../test/http';
import { tokenStore } from '../../../lib/auth/tokenStore';
import { renderApp, signIn } from '../../../test/render';

async function submitPasswords(current: string, next: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('当前密码'), current);
  await user.type(screen.getByLabelText('新密码'), next);
  await user.type(screen.getByLabelText('确认新密码'), next);
  await user.click(screen.getByRole('button', { name: '修改密码' }));
}

function fieldOf(label: string): HTMLElement {
  const input = screen.getByLabelText(label);
  const item = input.closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

describe('ProfilePage', () => {
  it('shows the profile from /me with translated role and organisation type', async () => {
    signIn();
    stubFetch({ 'GET /api/v1/me': () => json(pucheng) });
    renderApp('/me');
    expect(await screen.findByText('pucheng')).toBeInTheDocument();
    expect(screen.getAllByText('县级督导室').length).toBeGreaterThan(0);
    expect(screen.getAllByText('县（区）').length).toBeGreaterThan(0);
  });

  it('puts the errors of a validation problem on the matching form fields', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'POST /api/v1/me/password': () =>
        problem(400, {
          code: 'VALIDATION_FAILED',
          detail: '请求参数有误',
          errors: [
            { field: 'changePassword.request.newPassword', message: '新密码不能与用户名相同' },
            { field: 'currentPassword', message: '当前密码不正确' },
          ],
        }),
    });
    renderApp('/me');
    await submitPasswords('Demo@2023', 'Pucheng123');

    expect(await screen.findByText('新密码不能与用户名相同')).toBeInTheDocument();
    expect(fieldOf('新密码')).toHaveTextContent('新密码不能与用户名相同');
    expect(fieldOf('当前密码')).toHaveTextContent('当前密码不正确');
    expect(fieldOf('确认新密码')).not.toHaveTextContent('当前密码不正确');
    // the problem's detail is shown as a message too
    expect(await screen.findByText('请求参数有误')).toBeInTheDocument();
  });

  it('clears the form after a successful change and signs in again with the new password', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'POST /api/v1/me/password': () => noContent(),
      'POST /api/v1/auth/login': () =>
        json({
          accessToken: 'access-2',
          refreshToken: 'refresh-2',
          tokenType: 'Bearer',
          expiresIn: 900,
          mustChangePassword: false,
        }),
    });
    renderApp('/me');
    await submitPasswords('Demo@2023', 'NewSecret#2024');
    expect(await screen.findByText('密码已修改')).toBeInTheDocument();
    expect(screen.getByLabelText('当前密码')).toHaveValue('');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(await posts[0].json()).toEqual({
      currentPassword: 'Demo@2023',
      newPassword: 'NewSecret#2024',
    });
    // the server ended every session: the client signs in again with the new password
    expect(await posts[1].json()).toEqual({ username: 'pucheng', password: 'NewSecret#2024' });
    expect(tokenStore.get()?.accessToken).toBe('access-2');
  });

  it('refuses a password with fewer than three kinds of characters before calling the server', async () => {
    signIn();
    const { calls } = stubFetch({ 'GET /api/v1/me': () => json(pucheng) });
    renderApp('/me');
    await submitPasswords('Demo@2023', 'onlylowercase1');
    expect(
      await screen.findByText('须包含大写字母、小写字母、数字、符号中的至少三类'),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the password change before anything else while the password must be changed', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json({ ...pucheng, mustChangePassword: true }),
    });
    renderApp('/tasks');
    expect(await screen.findByTestId('password-change-required')).toHaveTextContent('请先修改密码');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(calls.every((c) => c.url.endsWith('/api/v1/me'))).toBe(true);
  });

  it('shows the demo banner when the server has demo data', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/public/instance': () => json({ demoData: true }),
    });
    renderApp('/me');
    expect(await screen.findByTestId('demo-banner')).toHaveTextContent('演示环境');
  });

  it('refuses a new password equal to the username before calling the server', async () => {
    signIn();
    const { calls } = stubFetch({ 'GET /api/v1/me': () => json(pucheng) });
    renderApp('/me');
    await submitPasswords('Demo@2023', 'pucheng');
    expect(await screen.findByText('密码不能与用户名相同')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
