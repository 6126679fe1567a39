import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, noContent, problem, pucheng, stubFetch } from '../../../test/http';
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
    await submitPasswords('Demo@2023', 'pucheng123');

    expect(await screen.findByText('新密码不能与用户名相同')).toBeInTheDocument();
    expect(fieldOf('新密码')).toHaveTextContent('新密码不能与用户名相同');
    expect(fieldOf('当前密码')).toHaveTextContent('当前密码不正确');
    expect(fieldOf('确认新密码')).not.toHaveTextContent('当前密码不正确');
    // the problem's detail is shown as a message too
    expect(await screen.findByText('请求参数有误')).toBeInTheDocument();
  });

  it('clears the form after a successful change', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'POST /api/v1/me/password': () => noContent(),
    });
    renderApp('/me');
    await submitPasswords('Demo@2023', 'NewSecret#2024');
    expect(await screen.findByText('密码已修改')).toBeInTheDocument();
    expect(screen.getByLabelText('当前密码')).toHaveValue('');
    const post = calls.find((c) => c.method === 'POST');
    expect(await post!.json()).toEqual({
      currentPassword: 'Demo@2023',
      newPassword: 'NewSecret#2024',
    });
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
