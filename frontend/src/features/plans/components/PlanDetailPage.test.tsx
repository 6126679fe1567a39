import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page, plan, task, weinan, weinanTree } from '../../../test/fixtures';
import { json, pucheng, stubFetch, type Handler } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const forwarding = {
  id: 3,
  planId: 1,
  forwardingOrgId: 20,
  forwardingOrgName: '蒲城县',
  documentNumber: '蒲政教督办函〔2023〕3号',
  instructions: '请组织传达学习，做好会议记录',
  dueDate: '2023-03-10',
  createdAt: '2023-02-23T02:00:00Z',
  recipients: [
    {
      organizationId: 21,
      organizationName: '蒲城县第一责任区',
      taskId: 91,
      state: 'RECORD_UPLOADED',
      acknowledgedAt: '2023-02-24T01:00:00Z',
      late: false,
    },
    {
      organizationId: 22,
      organizationName: '蒲城县第二责任区',
      taskId: 92,
      state: 'ACKNOWLEDGED',
      acknowledgedAt: '2023-02-25T01:00:00Z',
      late: true,
    },
    {
      organizationId: 23,
      organizationName: '蒲城县第三责任区',
      taskId: 93,
      state: 'NOT_ACKNOWLEDGED',
      late: true,
    },
    {
      organizationId: 24,
      organizationName: '蒲城县第四责任区',
      taskId: 94,
      state: 'NOT_ACKNOWLEDGED',
      late: false,
    },
  ],
};

function routes(me: unknown, p: unknown = plan, extra: Record<string, Handler> = {}) {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/plans/1': () => json(p),
    'GET /api/v1/plans/1/forwardings': () => json([forwarding]),
    'GET /api/v1/tasks': () => json(page([task()])),
    'GET /api/v1/organizations/tree': () => json(weinanTree),
    ...extra,
  };
}

const actions = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="plan-actions"] [data-action]')].map(
    (b) => b.dataset.action,
  );

const lane = (state: string) => screen.getByTestId(`ack-lane-${state}`);

describe('PlanDetailPage', () => {
  it('shows the header in Chinese dates and the numbered outline', async () => {
    signIn();
    stubFetch(routes(weinan));
    renderApp('/plans/1');
    const header = await screen.findByTestId('plan-header');
    expect(header).toHaveTextContent('渭政教督办〔2023〕1号');
    expect(header).toHaveTextContent('2023年2月15日');
    expect(header).toHaveTextContent('各县（市、区）教育局');
    const outline = screen.getByTestId('plan-outline');
    expect(outline).toHaveTextContent('一、做好市级政府履行教育职责评价考核');
    expect(outline).toHaveTextContent('（二）县域义务教育优质均衡');
    expect(screen.getAllByTestId('plan-item-1')).toHaveLength(2);
    expect(screen.getAllByTestId('plan-item-2')).toHaveLength(2);
  });

  it('puts each recipient of a forwarding on the board by state, late ones in red', async () => {
    signIn();
    stubFetch(routes(pucheng));
    renderApp('/plans/1?tab=forwardings');
    await screen.findByTestId('forwarding-3');
    expect(screen.getByTestId('forwarding-3')).toHaveTextContent('蒲政教督办函〔2023〕3号');
    expect(screen.getByTestId('forwarding-3')).toHaveTextContent('2023年3月10日');

    expect(lane('NOT_ACKNOWLEDGED')).toHaveTextContent('未签收');
    expect(lane('NOT_ACKNOWLEDGED')).toHaveTextContent('蒲城县第三责任区');
    expect(lane('NOT_ACKNOWLEDGED')).toHaveTextContent('蒲城县第四责任区');
    expect(lane('ACKNOWLEDGED')).toHaveTextContent('已签收');
    expect(lane('ACKNOWLEDGED')).toHaveTextContent('蒲城县第二责任区');
    expect(lane('ACKNOWLEDGED')).not.toHaveTextContent('第一责任区');
    expect(lane('RECORD_UPLOADED')).toHaveTextContent('已上传会议记录');
    expect(lane('RECORD_UPLOADED')).toHaveTextContent('蒲城县第一责任区');

    const chip = (name: string) => screen.getByText(name).closest('a')!;
    expect(chip('蒲城县第三责任区')).toHaveClass('ack-chip-late');
    expect(chip('蒲城县第二责任区')).toHaveClass('ack-chip-late');
    expect(chip('蒲城县第四责任区')).not.toHaveClass('ack-chip-late');
    expect(chip('蒲城县第一责任区')).not.toHaveClass('ack-chip-late');
    expect(within(chip('蒲城县第三责任区')).getByText('逾期')).toBeInTheDocument();
    expect(chip('蒲城县第一责任区')).toHaveAttribute('href', '/tasks/91');
  });

  it('gives the issuing office publish, edit and delete on a draft', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(
        weinan,
        { ...plan, status: 'DRAFT' },
        {
          'POST /api/v1/plans/1/publish': () => json({ ...plan, status: 'PUBLISHED' }),
        },
      ),
    );
    renderApp('/plans/1');
    await screen.findByTestId('plan-actions');
    expect(actions()).toEqual(['edit', 'delete', 'publish']);

    const user = userEvent.setup();
    await user.click(screen.getByText(/发\s*布/, { selector: 'button span' }));
    await user.click(
      await screen.findByText(/确\s*定/, { selector: '.ant-popconfirm button span' }),
    );
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/publish'))).toBe(true));
  });

  it('gives the issuing office edit, archive, forward and new task once published', async () => {
    signIn();
    stubFetch(routes(weinan));
    renderApp('/plans/1');
    await screen.findByTestId('plan-actions');
    expect(actions()).toEqual(['edit', 'archive', 'forward', 'create-task']);
  });

  it('lets another office forward and assign, but not edit, a published plan', async () => {
    signIn();
    stubFetch(routes(pucheng));
    renderApp('/plans/1');
    await screen.findByTestId('plan-actions');
    expect(actions()).toEqual(['forward', 'create-task']);
  });

  it('hides every action from a read-only viewer', async () => {
    signIn();
    stubFetch(routes({ ...weinan, roles: ['VIEWER'] }));
    renderApp('/plans/1');
    await screen.findByTestId('plan-header');
    expect(screen.queryByTestId('plan-actions')).toBeNull();
  });

  it('forwards to organisations below the own office', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(weinan, plan, {
        'POST /api/v1/plans/1/forwardings': () => json({ ...forwarding, id: 4 }, 201),
      }),
    );
    renderApp('/plans/1');
    const user = userEvent.setup();
    await user.click(await screen.findByText(/转\s*发/, { selector: 'button span' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('转发文号'), '渭政教督办函〔2023〕5号');
    const recipients = within(dialog).getByText('接收单位').closest('.ant-form-item')!;
    await user.click(recipients.querySelector('.ant-select')!);
    const titles = () =>
      [...document.querySelectorAll('.ant-select-tree-title')].map((e) => e.textContent);
    await waitFor(() => expect(titles()).toContain('富平县'));
    expect(titles()).not.toContain('渭南市');
    await user.click(await screen.findByText('富平县', { selector: '.ant-select-tree-title' }));
    await user.click(screen.getByText('华州区', { selector: '.ant-select-tree-title' }));
    await user.click(within(dialog).getByText(/转\s*发/, { selector: 'button span' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({
      documentNumber: '渭政教督办函〔2023〕5号',
      recipientOrgIds: [11, 12],
    });
  });

  it('shows each item progress with a bar and a light, 未关联 where nothing is linked, and opens the linked work', async () => {
    signIn();
    const figures = (over: Record<string, unknown>) => ({
      status: 'OPEN',
      linked: 0,
      done: 0,
      open: 0,
      overdue: 0,
      light: 'NONE',
      kinds: [],
      ...over,
    });
    const progress = {
      planId: 1,
      title: plan.title,
      year: 2023,
      asOf: '2023-03-01',
      progress: figures({
        linked: 4,
        done: 1,
        open: 3,
        overdue: 1,
        completion: 0.25,
        light: 'RED',
      }),
      items: [
        {
          itemId: 101,
          seq: 1,
          heading: '做好市级政府履行教育职责评价考核',
          progress: figures({
            linked: 4,
            done: 1,
            open: 3,
            overdue: 1,
            completion: 0.25,
            light: 'RED',
            kinds: [
              {
                kind: 'TASK',
                linked: 2,
                done: 1,
                open: 1,
                overdue: 1,
                light: 'RED',
                nextOpenDue: '2023-02-20',
              },
              { kind: 'FINDING', linked: 2, done: 0, open: 2, overdue: 0, light: 'GREEN' },
            ],
          }),
          subItems: [],
        },
        {
          itemId: 102,
          seq: 2,
          heading: '推进“两个创建”工作',
          progress: figures({ status: 'NOT_LINKED' }),
          subItems: [
            {
              itemId: 1021,
              seq: 1,
              heading: '学前教育普及普惠',
              progress: figures({ status: 'NOT_LINKED' }),
              subItems: [],
            },
          ],
        },
      ],
    };
    const { calls } = stubFetch(
      routes(weinan, plan, {
        'GET /api/v1/plans/1/progress': () => json(progress),
        'GET /api/v1/findings': () => json(page([])),
        'GET /api/v1/plan-items/101': () =>
          json({
            id: 101,
            planId: 1,
            planTitle: plan.title,
            planYear: 2023,
            path: [1],
            heading: '做好市级政府履行教育职责评价考核',
          }),
      }),
    );
    const { router } = renderApp('/plans/1?tab=progress');
    const outline = await screen.findByTestId('plan-progress');
    const [first, second] = within(outline).getAllByTestId('progress-item-1');
    expect(first).toHaveTextContent('一、做好市级政府履行教育职责评价考核');
    expect(within(first).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
    expect(within(first).getByTestId('kind-TASK')).toHaveTextContent('任务 1/2');
    expect(within(first).getByTestId('kind-TASK')).toHaveTextContent('逾期 1');
    expect(first.querySelector('[data-light="RED"]')).not.toBeNull();
    // nothing linked: 未关联, never a 0 % bar
    expect(within(second).getAllByTestId('not-linked')[0]).toHaveTextContent('未关联');
    expect(within(second).queryByRole('progressbar')).toBeNull();
    expect(within(second).getByTestId('progress-item-2')).toHaveTextContent(
      '（一）学前教育普及普惠',
    );

    await userEvent.setup().click(within(first).getByTestId('kind-FINDING'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/findings'));
    expect(router.state.location.search).toBe('?planItemId=101');
    await waitFor(() =>
      expect(
        calls.some((c) => c.url.includes('/api/v1/findings') && c.url.includes('planItemId=101')),
      ).toBe(true),
    );
    expect(await screen.findByTestId('plan-item-filter')).toHaveTextContent(
      '一、 做好市级政府履行教育职责评价考核',
    );
  });
});
