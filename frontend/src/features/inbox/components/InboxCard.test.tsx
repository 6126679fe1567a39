import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { json, pucheng, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const item = (kind: string, id: number, title: string, light: string, dueDate?: string) => ({
  kind,
  id,
  title,
  ownerOrgId: 20,
  ownerOrgName: '蒲城县',
  light,
  dueDate,
  link: `${kind === 'REPORT' ? '/inspection-reports/' : kind === 'FINDING' ? '/findings/' : '/tasks/'}${id}`,
});

describe('the home page inbox', () => {
  it('groups what waits for the caller by kind, worst light first, and the header counts it', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/inbox': () =>
        json({
          ...page([
            item('TASK', 7, '报送2022年教育督导工作总结', 'RED', '2023-02-20'),
            item('FINDING', 3, '校门口护学岗不足', 'YELLOW', '2023-03-02'),
            item('TASK', 8, '报送“双减”督导自查报告', 'GREEN', '2023-03-20'),
            item('REPORT', 5, '蒲城县城关小学专项督导', 'NONE'),
          ]),
          total: 4,
        }),
      'GET /api/v1/inbox/counts': () =>
        json({
          total: 12,
          overdue: 1,
          kinds: [
            { kind: 'TASK', open: 10, overdue: 1, dueSoon: 0 },
            { kind: 'FORWARDING', open: 0, overdue: 0, dueSoon: 0 },
            { kind: 'REPORT', open: 1, overdue: 0, dueSoon: 0 },
            { kind: 'FINDING', open: 1, overdue: 0, dueSoon: 1 },
            { kind: 'CASE', open: 0, overdue: 0, dueSoon: 0 },
          ],
        }),
    });
    renderApp('/');
    const inbox = await screen.findByTestId('inbox');
    const tasks = await within(inbox).findByTestId('inbox-TASK');
    expect(tasks).toHaveTextContent('任务 (10)');
    expect(within(tasks).getByRole('link', { name: '报送2022年教育督导工作总结' })).toHaveAttribute(
      'href',
      '/tasks/7',
    );
    expect(within(inbox).getByTestId('inbox-FINDING')).toHaveTextContent('问题整改 (1)');
    expect(within(inbox).getByTestId('inbox-REPORT')).toHaveTextContent('蒲城县城关小学专项督导');
    expect(within(inbox).queryByTestId('inbox-CASE')).not.toBeInTheDocument();
    // the group with the worst light comes first
    const order = [...inbox.querySelectorAll('section')].map((s) => s.dataset.testid);
    expect(order).toEqual(['inbox-TASK', 'inbox-FINDING', 'inbox-REPORT']);
    expect(screen.getByTestId('header-inbox')).toHaveTextContent('12');
    // no task list filtered in the browser any more
    expect(calls.some((c) => new URL(c.url).pathname === '/api/v1/tasks')).toBe(false);
  });

  it('says so when nothing waits', async () => {
    signIn();
    stubFetch({ 'GET /api/v1/me': () => json(pucheng), 'GET /api/v1/inbox': () => json(page([])) });
    renderApp('/');
    expect(await screen.findByText('暂无待办事项')).toBeInTheDocument();
  });
});
