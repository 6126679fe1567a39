import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fuping, page, plan, task, weinan, weinanTree } from '../../../test/fixtures';
import { json, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const lastTaskQuery = (calls: Request[]) =>
  new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/tasks').at(-1)!.url)
    .searchParams;

describe('TasksPage', () => {
  it('lists my tasks with lights and asks only for mine', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/tasks': () =>
        json(page([task(), task({ id: 8, title: '质量监测问题整改', light: 'RED' })])),
    });
    renderApp('/my-tasks');
    expect(await screen.findByText('质量监测问题整改')).toBeInTheDocument();
    expect(lastTaskQuery(calls).get('mine')).toBe('true');
    expect(lastTaskQuery(calls).get('sort')).toBe('dueDate,asc');
    const table = screen.getByTestId('task-table');
    expect(table.querySelector('[data-light="RED"]')).not.toBeNull();
    expect(table.querySelector('[data-light="GREEN"]')).not.toBeNull();
    expect(screen.getByTestId('light-legend')).toHaveTextContent('已逾期');
    expect(table).toHaveTextContent('2023年11月30日');
    // a county office issues tasks too
    expect(screen.getByText('新建任务', { selector: 'button span' })).toBeInTheDocument();
  });

  it('shows my open tasks by default, and all of them when 只看未办结 is cleared', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/tasks': () => json(page([task()])),
    });
    const { router } = renderApp('/my-tasks');
    await screen.findByText('推进“两个创建”工作');
    expect(lastTaskQuery(calls).get('open')).toBe('true');
    const openOnly = screen.getByRole('checkbox', { name: '只看未办结' });
    expect(openOnly).toBeChecked();
    const user = userEvent.setup();
    await user.click(openOnly);
    await user.click(screen.getByText(/查\s*询/, { selector: 'button span' }));
    await waitFor(() => expect(lastTaskQuery(calls).get('open')).toBeNull());
    expect(new URLSearchParams(router.state.location.search).get('open')).toBe('false');
    expect(screen.getByRole('checkbox', { name: '只看未办结' })).not.toBeChecked();
  });

  it('filters by light and status', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/tasks': () => json(page([task()])),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
    });
    renderApp('/tasks');
    await screen.findByText('推进“两个创建”工作');
    expect(lastTaskQuery(calls).get('mine')).toBeNull();
    expect(lastTaskQuery(calls).get('open')).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('预警'));
    await user.click(await screen.findByTitle('逾期'));
    await user.click(screen.getByLabelText('状态'));
    await user.click(
      await screen.findByText('待验收', { selector: '.ant-select-item-option-content' }),
    );
    await user.click(screen.getByText(/查\s*询/, { selector: 'button span' }));
    await waitFor(() => expect(lastTaskQuery(calls).get('light')).toBe('RED'));
    expect(lastTaskQuery(calls).get('status')).toBe('SUBMITTED');
    expect(lastTaskQuery(calls).get('page')).toBe('0');
  });

  it('exports the filtered list as an Excel workbook', async () => {
    signIn();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }),
    );
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/tasks': (req) =>
        req.headers.get('Accept')?.includes('spreadsheetml')
          ? new Response('xlsx', {
              headers: {
                'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                'Content-Disposition': 'attachment; filename="tasks-2023-05-06.xlsx"',
              },
            })
          : json(page([task()])),
    });
    renderApp('/my-tasks');
    await screen.findByText('推进“两个创建”工作');
    await userEvent.setup().click(screen.getByText('导出 Excel', { selector: 'button span' }));
    await waitFor(() => expect(saved).toEqual(['tasks-2023-05-06.xlsx']));
    const exported = calls.find((c) => c.headers.get('Accept')?.includes('spreadsheetml'))!;
    const params = new URL(exported.url).searchParams;
    expect(params.get('mine')).toBe('true');
    expect(params.get('page')).toBeNull();
    // the table itself asked for JSON
    expect(calls.find((c) => c.url.includes('/tasks?'))!.headers.get('Accept')).toBe(
      'application/json',
    );
  });

  it('hides new task from a read-only viewer', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json({ ...weinan, roles: ['VIEWER'] }),
      'GET /api/v1/tasks': () => json(page([task()])),
    });
    renderApp('/tasks');
    await screen.findByText('推进“两个创建”工作');
    expect(screen.queryByText('新建任务', { selector: 'button span' })).toBeNull();
  });

  it('assigns one task to several organisations in one batch', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/tasks': () => json(page([])),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
      'GET /api/v1/plans': () => json(page([plan])),
      'GET /api/v1/plans/1': () => json(plan),
      'POST /api/v1/tasks/batch': () =>
        json(
          {
            parent: task({ id: 70, assigneeOrgId: 2, assigneeOrgName: '渭南市' }),
            children: [task({ id: 71 }), task({ id: 72 })],
          },
          201,
        ),
      'GET /api/v1/tasks/70': () => json(task({ id: 70 })),
      'GET /api/v1/tasks/70/progress': () => json([]),
      'GET /api/v1/tasks/70/children': () => json([]),
    });
    const { router } = renderApp('/tasks');
    const user = userEvent.setup();
    await user.click(await screen.findByText('新建任务', { selector: 'button span' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('多个单位（批量下达）'));
    await user.type(within(dialog).getByLabelText('任务名称'), '两个创建推进');
    const assignees = within(dialog).getByText('承办单位（可多选）').closest('.ant-form-item')!;
    await user.click(assignees.querySelector('.ant-select')!);
    await user.click(await screen.findByText('富平县', { selector: '.ant-select-tree-title' }));
    await user.click(screen.getByText('华州区', { selector: '.ant-select-tree-title' }));
    await user.click(within(dialog).getByLabelText(/^工作要点/));
    await user.click(
      await screen.findByText(/渭南市人民政府教育督导委员会办公室2023年工作要点/, {
        selector: '.ant-select-item-option-content',
      }),
    );
    await user.click(within(dialog).getByLabelText(/^重点工作条目/));
    await user.click(
      await screen.findByText(/二、 推进“两个创建”工作/, {
        selector: '.ant-select-item-option-content',
      }),
    );
    const category = within(dialog).getByText('类别').closest('.ant-form-item')!;
    await user.click(category.querySelector('.ant-select')!);
    await user.click(
      await screen.findByText('创建督导', { selector: '.ant-select-item-option-content' }),
    );
    const due = within(dialog).getByLabelText(/^截止日期/);
    await user.click(due);
    await user.type(due, '2023-11-30{Enter}');
    await user.click(within(dialog).getByText(/保\s*存/, { selector: 'button span' }));

    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/tasks/batch'))).toBe(true));
    const post = calls.find((c) => c.url.endsWith('/tasks/batch'))!;
    expect(await post.json()).toEqual({
      title: '两个创建推进',
      planId: 1,
      planItemId: 102,
      category: 'CREATION',
      priority: 'NORMAL',
      dueDate: '2023-11-30',
      milestones: [],
      assigneeOrgIds: [11, 12],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/70'));
  });

  it('keeps filters, sort and page in the URL, and finds them again after a task and Back', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/tasks': () => json({ ...page([task()]), total: 60, page: 1, size: 20 }),
      'GET /api/v1/tasks/7': () => json(task()),
      'GET /api/v1/tasks/7/progress': () => json([]),
      'GET /api/v1/tasks/7/children': () => json([]),
      'GET /api/v1/plans/1': () => json(plan),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
    });
    const { router } = renderApp('/tasks?light=RED&page=2&sort=priority,desc');
    await screen.findByText('推进“两个创建”工作');
    // the API asks for what the URL says (0-based page)
    expect(lastTaskQuery(calls).get('light')).toBe('RED');
    expect(lastTaskQuery(calls).get('page')).toBe('1');
    expect(lastTaskQuery(calls).get('sort')).toBe('priority,desc');
    // and the form shows it
    const filters = screen.getByTestId('list-filters');
    expect(within(filters).getByTitle('逾期')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByLabelText('状态'));
    await user.click(
      await screen.findByText('待验收', { selector: '.ant-select-item-option-content' }),
    );
    await user.click(screen.getByText(/查\s*询/, { selector: 'button span' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('status')).toBe('SUBMITTED'),
    );
    const search = router.state.location.search;
    expect(new URLSearchParams(search).get('light')).toBe('RED');
    // a new search starts at the first page; the sort stays
    expect(new URLSearchParams(search).get('page')).toBeNull();
    expect(new URLSearchParams(search).get('sort')).toBe('priority,desc');

    await user.click(screen.getByRole('link', { name: '推进“两个创建”工作' }));
    await screen.findByTestId('task-title');
    await user.click(screen.getByText('返回', { selector: '[data-action="back"] span' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks'));
    expect(router.state.location.search).toBe(search);
    await waitFor(() => expect(lastTaskQuery(calls).get('status')).toBe('SUBMITTED'));
  });

  it('shows that an export is running until the file arrives', async () => {
    signIn();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    let release: () => void = () => undefined;
    const ready = new Promise<void>((r) => (release = r));
    stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/tasks': async (req) => {
        if (!req.headers.get('Accept')?.includes('spreadsheetml')) return json(page([task()]));
        await ready;
        return new Response('xlsx', {
          headers: {
            'Content-Disposition':
              'attachment; filename="tasks-2026-12-06.xlsx"; filename*=UTF-8\'\'%E4%BB%BB%E5%8A%A1%E6%B8%85%E5%8D%95-2026-12-06.xlsx',
          },
        });
      },
    });
    renderApp('/my-tasks');
    await screen.findByText('推进“两个创建”工作');
    const button = screen.getByText('导出 Excel', { selector: 'button span' }).closest('button')!;
    await userEvent.setup().click(button);
    expect(await screen.findByText('正在生成文件，请稍候…')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-busy', 'true');
    release();
    expect(await screen.findByText('文件已开始下载')).toBeInTheDocument();
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'false'));
  });
});
