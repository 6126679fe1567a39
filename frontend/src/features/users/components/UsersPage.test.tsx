import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { admin, json, problem, pucheng, puchengTree, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const userRow = {
  id: 7,
  username: 'pc_dx01',
  displayName: '张督学',
  roles: ['SUPERVISOR'],
  organizationId: 21,
  organizationName: '蒲城县第一责任区',
  active: true,
  version: 3,
  createdAt: '2023-02-15T08:30:00Z',
};

function routesFor(me: unknown) {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/organizations/tree': () => json(puchengTree),
    'GET /api/v1/users': () => json({ items: [userRow], page: 0, size: 20, total: 1 }),
  };
}

async function openRoleOptions(): Promise<string[]> {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /新建用户/ }));
  const dialog = await screen.findByRole('dialog');
  const roles = within(dialog).getByLabelText('角色');
  await user.click(roles);
  const listbox = await screen.findByRole('listbox');
  await waitFor(() => expect(within(listbox).queryAllByRole('option').length).toBeGreaterThan(0));
  // antd renders the visible labels in .ant-select-item-option-content
  return Array.from(document.querySelectorAll('.ant-select-item-option-content')).map(
    (el) => el.textContent ?? '',
  );
}

describe('UsersPage', () => {
  it('lists users with translated roles and Chinese dates', async () => {
    signIn();
    stubFetch(routesFor(pucheng));
    renderApp('/users');
    const name = await screen.findByText('张督学');
    // (责任督学 is also a heading of the menu)
    const row = name.closest('tr')!;
    expect(within(row).getByText('责任督学')).toBeInTheDocument();
    expect(within(row).getByText(/2023年2月15日/)).toBeInTheDocument();
  });

  it('offers a county office only the roles below its own', async () => {
    signIn();
    stubFetch(routesFor(pucheng));
    renderApp('/users');
    const labels = await openRoleOptions();
    expect(labels).toContain('责任督学');
    expect(labels).toContain('评估专家');
    expect(labels).not.toContain('县级督导室');
    expect(labels).not.toContain('市级督导室');
    expect(labels).not.toContain('系统管理员');
  });

  it('flags an account whose roles do not fit its organisation', async () => {
    signIn();
    stubFetch({
      ...routesFor(pucheng),
      'GET /api/v1/users': () =>
        json({
          items: [
            userRow,
            {
              ...userRow,
              id: 8,
              username: 'odd',
              displayName: '王错配',
              roles: ['CITY_OFFICE'],
              roleMisfits: ['CITY_OFFICE'],
            },
          ],
          page: 0,
          size: 20,
          total: 2,
        }),
    });
    renderApp('/users');
    const row = (await screen.findByText('王错配')).closest('tr')!;
    expect(within(row).getByTestId('role-misfit')).toHaveTextContent('角色与机构不符');
    const fine = screen.getByText('张督学').closest('tr')!;
    expect(within(fine).queryByTestId('role-misfit')).toBeNull();
  });

  it('offers ADMIN to an administrator', async () => {
    signIn();
    stubFetch(routesFor(admin));
    renderApp('/users');
    const labels = await openRoleOptions();
    expect(labels).toContain('系统管理员');
  });

  it('sends the version on edit and explains a version conflict', async () => {
    signIn();
    const { calls } = stubFetch({
      ...routesFor(pucheng),
      'PUT /api/v1/users/7': () =>
        problem(409, { code: 'VERSION_CONFLICT', detail: 'version mismatch' }),
    });
    renderApp('/users');
    const user = userEvent.setup();
    const row = (await screen.findByText('张督学')).closest('tr')!;
    // getByRole is slow in jsdom with antd's many style tags; text lookup is enough here
    await user.click(within(row).getByText(/编\s*辑/));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText('姓名');
    await user.clear(name);
    await user.type(name, '张督学（新）');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(await put!.json()).toEqual({
      displayName: '张督学（新）',
      roles: ['SUPERVISOR'],
      organizationId: 21,
      active: true,
      version: 3,
    });
  });

  it('is forbidden for a read-only viewer', async () => {
    signIn();
    stubFetch(routesFor({ ...pucheng, roles: ['VIEWER'] }));
    renderApp('/users');
    expect(await screen.findByText('您没有权限访问此页面')).toBeInTheDocument();
  });

  it('creates a user and shows a duplicate username on the field', async () => {
    signIn();
    const { calls } = stubFetch({
      ...routesFor(pucheng),
      'POST /api/v1/users': () =>
        problem(400, {
          code: 'VALIDATION_FAILED',
          detail: '请求中有字段不合法',
          errors: [{ field: 'username', message: '用户名已存在' }],
        }),
    });
    renderApp('/users');
    const user = userEvent.setup();
    await user.click(await screen.findByText('新建用户', { selector: 'button span' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('用户名'), 'pc_dx01');
    await user.type(within(dialog).getByLabelText('姓名'), '李督学');
    await user.type(within(dialog).getByLabelText('初始密码'), 'Start#2024');
    await user.click(within(dialog).getByLabelText('角色'));
    await user.click(
      await screen.findByText('责任督学', { selector: '.ant-select-item-option-content' }),
    );
    const orgItem = within(dialog).getByText('所属机构').closest('.ant-form-item')!;
    await user.click(orgItem.querySelector('.ant-select')!);
    await user.click(
      await screen.findByText('蒲城县第二责任区', { selector: '.ant-select-tree-title' }),
    );
    await user.click(within(dialog).getByText(/保\s*存/));

    const usernameItem = within(dialog).getByLabelText('用户名').closest('.ant-form-item');
    await waitFor(() => expect(usernameItem).toHaveTextContent('用户名已存在'));
    const post = calls.find((c) => c.method === 'POST');
    expect(await post!.json()).toEqual({
      username: 'pc_dx01',
      displayName: '李督学',
      password: 'Start#2024',
      roles: ['SUPERVISOR'],
      organizationId: 22,
      active: true,
    });
  });
});
