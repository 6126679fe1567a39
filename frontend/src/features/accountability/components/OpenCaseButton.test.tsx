import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { accountabilityCase } from '../../../test/accountabilityFixtures';
import { fuping, plan, task, weinan } from '../../../test/fixtures';
import { json, problem, stubFetch, type Handler } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const overdue = task({
  issuerOrgId: 2,
  dueDate: dayjs().subtract(45, 'day').format('YYYY-MM-DD'),
  light: 'RED',
});

function routes(me: unknown, t: unknown, extra: Record<string, Handler> = {}) {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/tasks/7': () => json(t),
    'GET /api/v1/plans/1': () => json(plan),
    'GET /api/v1/tasks/7/progress': () => json([]),
    'GET /api/v1/tasks/7/children': () => json([]),
    ...extra,
  };
}

describe('发起问责 on a task (OpenCaseButton)', () => {
  it('opens a prefilled case from a task 30+ days overdue and goes to it', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(weinan, overdue, {
        'POST /api/v1/accountability-cases/from-task/7': () =>
          json(accountabilityCase({ id: 44, source: 'TASK', sourceId: 7 }), 201),
        'GET /api/v1/accountability-cases/44': () =>
          json(accountabilityCase({ id: 44, source: 'TASK', sourceId: 7 })),
        'GET /api/v1/accountability-scenarios': () => json([]),
      }),
    );
    const { router } = renderApp('/tasks/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /发起问责/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/accountability/44'));
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/from-task/7'))).toBe(true);
  });

  it('names the case already open (409 CASE_EXISTS) and links to it', async () => {
    signIn();
    stubFetch(
      routes(weinan, overdue, {
        'POST /api/v1/accountability-cases/from-task/7': () =>
          problem(409, {
            code: 'CASE_EXISTS',
            detail: '已有在办问责案件 渭教督问〔2023〕3号',
            caseId: 31,
          }),
        'GET /api/v1/accountability-cases/31': () => json(accountabilityCase()),
        'GET /api/v1/accountability-scenarios': () => json([]),
      }),
    );
    const { router } = renderApp('/tasks/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /发起问责/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));
    expect((await screen.findAllByText('该来源已有在办问责案件')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('已有在办问责案件 渭教督问〔2023〕3号').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /查看案件/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/accountability/31'));
  });

  it('is not offered on a task due less than 30 days ago, nor to the assignee', async () => {
    signIn();
    stubFetch(routes(weinan, task({ dueDate: dayjs().subtract(10, 'day').format('YYYY-MM-DD') })));
    renderApp('/tasks/7');
    await screen.findByTestId('task-title');
    expect(screen.queryByRole('button', { name: /发起问责/ })).toBeNull();
  });

  it('is not offered on a completed task', async () => {
    signIn();
    stubFetch(routes(fuping, { ...overdue, status: 'COMPLETED' }));
    renderApp('/tasks/7');
    await screen.findByTestId('task-title');
    expect(screen.queryByRole('button', { name: /发起问责/ })).toBeNull();
  });
});
