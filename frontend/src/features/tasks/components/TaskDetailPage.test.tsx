import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fuping, plan, task, weinan } from '../../../test/fixtures';
import { json, problem, type Handler, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const progress = [
  {
    id: 51,
    taskId: 7,
    percent: 30,
    note: '已摸清底数',
    authorName: 'fuping',
    createdAt: '2023-04-28T03:00:00Z',
    attachments: [
      {
        id: 9,
        fileName: '问题台账.xlsx',
        size: 2048,
        sha256: 'ab',
        contentType: 'application/vnd.ms-excel',
        createdAt: '2023-04-28T03:00:00Z',
      },
    ],
  },
  {
    id: 52,
    taskId: 7,
    percent: 60,
    authorName: 'fuping',
    createdAt: '2023-05-06T08:30:00Z',
    attachments: [],
  },
];

function routes(me: unknown, t: ReturnType<typeof task>, extra: Record<string, Handler> = {}) {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/tasks/7': () => json(t),
    'GET /api/v1/plans/1': () => json(plan),
    'GET /api/v1/tasks/7/progress': () => json(progress),
    'GET /api/v1/tasks/7/children': () => json([]),
    ...extra,
  };
}

const actionsShown = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="task-actions"] [data-action]')].map(
    (b) => b.dataset.action,
  );

describe('TaskDetailPage', () => {
  it('shows the task with its plan item, milestones and progress history', async () => {
    signIn();
    stubFetch(routes(fuping, task()));
    renderApp('/tasks/7');
    expect(await screen.findByTestId('task-title')).toHaveTextContent('推进“两个创建”工作');
    const details = screen.getByTestId('task-details');
    await waitFor(() => expect(details).toHaveTextContent('二、 推进“两个创建”工作'));
    expect(details).toHaveTextContent('2023年11月30日');
    expect(screen.getByText('摸清底数、建立问题台账')).toBeInTheDocument();
    expect(screen.getByText('2023年4月28日 完成')).toBeInTheDocument();
    expect(await screen.findByText('已摸清底数')).toBeInTheDocument();
    expect(screen.getAllByTestId('progress-entry')).toHaveLength(2);
  });

  it('offers exactly the actions the server allows', async () => {
    signIn();
    stubFetch(
      routes(fuping, task({ status: 'NOT_STARTED', allowedActions: ['start', 'progress'] })),
    );
    renderApp('/tasks/7');
    await screen.findByTestId('task-actions');
    expect(actionsShown()).toEqual(['start']);
    expect(screen.getByTestId('progress-form')).toBeInTheDocument();
  });

  it('shows the issuer accept, return, edit and cancel, and no report form', async () => {
    signIn();
    stubFetch(
      routes(
        weinan,
        task({ status: 'SUBMITTED', allowedActions: ['accept', 'return', 'cancel', 'edit'] }),
      ),
    );
    renderApp('/tasks/7');
    await screen.findByTestId('task-actions');
    expect(actionsShown()).toEqual(['accept', 'return', 'edit', 'cancel']);
    expect(screen.queryByTestId('progress-form')).toBeNull();
  });

  it('shows no buttons at all to a read-only viewer', async () => {
    signIn();
    stubFetch(routes({ ...weinan, roles: ['VIEWER'] }, task({ allowedActions: [] })));
    renderApp('/tasks/7');
    await screen.findByTestId('task-title');
    expect(screen.queryByTestId('task-actions')).toBeNull();
    expect(screen.queryByTestId('progress-form')).toBeNull();
    expect(document.querySelector('[data-action="decompose"]')).toBeNull();
  });

  it('asks for a reason before returning a task', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(weinan, task({ status: 'SUBMITTED', allowedActions: ['accept', 'return'] }), {
        'POST /api/v1/tasks/7/return': () => json(task({ status: 'IN_PROGRESS' })),
      }),
    );
    renderApp('/tasks/7');
    const user = userEvent.setup();
    await user.click(await screen.findByText(/退\s*回/, { selector: 'button span' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText(/退\s*回/, { selector: 'button span' }));
    expect(await within(dialog).findByText('请填写退回原因')).toBeInTheDocument();
    expect(calls.some((c) => c.url.endsWith('/return'))).toBe(false);

    await user.type(within(dialog).getByLabelText('退回原因'), '缺少佐证材料');
    await user.click(within(dialog).getByText(/退\s*回/, { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/return'))).toBe(true));
    const ret = calls.find((c) => c.url.endsWith('/return'))!;
    expect(await ret.json()).toEqual({ reason: '缺少佐证材料' });
  });

  it('requires a note when the reported percentage goes down', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(fuping, task({ progressPercent: 60, allowedActions: ['submit', 'progress'] }), {
        'POST /api/v1/tasks/7/progress': () =>
          json({ ...progress[1], id: 53, percent: 40, note: '返工' }, 201),
      }),
    );
    renderApp('/tasks/7');
    const user = userEvent.setup();
    const form = await screen.findByTestId('progress-form');
    const percent = within(form).getByLabelText('完成进度');
    await user.clear(percent);
    await user.type(percent, '40');
    await user.click(within(form).getByText('提交进展', { selector: 'button span' }));
    expect(await within(form).findByText('进度低于当前的 60%，请说明原因')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(within(form).getByLabelText('进展说明'), '返工');
    await user.click(within(form).getByText('提交进展', { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ percent: 40, note: '返工', attachmentIds: [] });
  });

  it('reports a higher percentage without a note', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(fuping, task({ progressPercent: 60, allowedActions: ['progress'] }), {
        'POST /api/v1/tasks/7/progress': () => json({ ...progress[1], id: 53, percent: 80 }, 201),
      }),
    );
    renderApp('/tasks/7');
    const user = userEvent.setup();
    const form = await screen.findByTestId('progress-form');
    const percent = within(form).getByLabelText('完成进度');
    await user.clear(percent);
    await user.type(percent, '80');
    await user.click(within(form).getByText('提交进展', { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({
      percent: 80,
      attachmentIds: [],
    });
  });

  it('uploads attachments first and sends their ids with the report', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(fuping, task({ progressPercent: 60, allowedActions: ['progress'] }), {
        'POST /api/v1/attachments': () =>
          json(
            {
              id: 31,
              fileName: '会议记录.txt',
              size: 12,
              sha256: 'cd',
              contentType: 'text/plain',
              createdAt: '2023-05-07T01:00:00Z',
            },
            201,
          ),
        'POST /api/v1/tasks/7/progress': () => json({ ...progress[1], id: 53 }, 201),
      }),
    );
    renderApp('/tasks/7');
    const user = userEvent.setup();
    const form = await screen.findByTestId('progress-form');
    const input = form.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File(['会议记录'], '会议记录.txt', { type: 'text/plain' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/attachments'))).toBe(true),
    );
    expect(await within(form).findByText('会议记录.txt')).toBeInTheDocument();
    const percent = within(form).getByLabelText('完成进度');
    await user.clear(percent);
    await user.type(percent, '70');
    await user.click(within(form).getByText('提交进展', { selector: 'button span' }));
    await waitFor(() =>
      expect(calls.some((c) => c.url.endsWith('/progress') && c.method === 'POST')).toBe(true),
    );
    const post = calls.find((c) => c.url.endsWith('/progress') && c.method === 'POST')!;
    expect(await post.json()).toEqual({ percent: 70, attachmentIds: [31] });
  });

  it('downloads an attachment with the bearer token and saves it under its name', async () => {
    signIn('token-xyz');
    const createObjectURL = vi.fn(() => 'blob:attachment');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const { calls } = stubFetch(
      routes(fuping, task(), {
        'GET /api/v1/attachments/9': () =>
          // (a string body: jsdom's Blob is not the one undici's Response reads)
          new Response('xlsx-bytes', {
            headers: { 'Content-Type': 'application/octet-stream' },
          }),
      }),
    );
    renderApp('/tasks/7');
    const user = userEvent.setup();
    await user.click(await screen.findByText('问题台账.xlsx'));
    await waitFor(() => expect(clicked).toEqual(['问题台账.xlsx']));
    const download = calls.find((c) => c.url.endsWith('/attachments/9'))!;
    expect(download.headers.get('Authorization')).toBe('Bearer token-xyz');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('refuses an attachment over the 20 MB limit before sending anything', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(fuping, task({ progressPercent: 60, allowedActions: ['progress'] })),
    );
    renderApp('/tasks/7');
    const form = await screen.findByTestId('progress-form');
    const big = new File(['x'], '校园监控录像.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    await userEvent.setup().upload(form.querySelector<HTMLInputElement>('input[type=file]')!, big);
    expect(
      await screen.findByText(
        '文件“校园监控录像.pdf”大小为 21.0 MB，超过 20.0 MB 的上限，未上传。',
      ),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.url.endsWith('/attachments'))).toBe(false);
    expect(within(form).queryByText('校园监控录像.pdf')).toBeNull();
  });

  it('edits a task someone else changed meanwhile: mine re-applied on their version', async () => {
    signIn();
    const mine = task({ status: 'IN_PROGRESS', allowedActions: ['edit'] });
    const theirs = { ...mine, dueDate: '2023-12-31', version: 3 };
    let loads = 0;
    let puts = 0;
    const { calls } = stubFetch(
      routes(weinan, mine, {
        'GET /api/v1/tasks/7': () => json(loads++ === 0 ? mine : theirs),
        'GET /api/v1/plans': () => json({ items: [plan], page: 0, size: 100, total: 1 }),
        'GET /api/v1/organizations/tree': () => json([]),
        'PUT /api/v1/tasks/7': () =>
          puts++ === 0
            ? problem(409, { code: 'VERSION_CONFLICT', detail: '数据已被他人修改，请刷新后重试' })
            : json({ ...theirs, version: 4 }),
      }),
    );
    renderApp('/tasks/7');
    const user = userEvent.setup();
    await user.click(await screen.findByText('编辑', { selector: '[data-action="edit"] span' }));
    const dialog = await screen.findByRole('dialog');
    const title = within(dialog).getByLabelText('任务名称');
    await user.clear(title);
    await user.type(title, '推进“两个创建”工作（调整）');
    await user.click(within(dialog).getByText(/保\s*存/, { selector: 'button span' }));
    expect(await screen.findByText(/已载入最新版本，并保留了您修改过的内容/)).toBeInTheDocument();

    await user.click(within(dialog).getByText(/保\s*存/, { selector: 'button span' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const body = (await calls.filter((c) => c.method === 'PUT')[1].json()) as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({
      version: 3,
      title: '推进“两个创建”工作（调整）',
      dueDate: '2023-12-31',
    });
  });
});
