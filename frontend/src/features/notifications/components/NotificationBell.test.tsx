import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { json, problem, pucheng, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const notification = (id: number, title: string, readAt?: string) => ({
  id,
  kind: 'ASSIGNED',
  workKind: 'TASK',
  workId: 7,
  title,
  link: '/tasks/7',
  createdAt: '2023-03-01T09:00:00+08:00',
  readAt,
});

describe('the notification bell', () => {
  it('shows the unread count, marks one read on opening it and all read at once', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/inbox': () => json(page([])),
      'GET /api/v1/notifications': () =>
        json({
          items: [
            notification(2, '任务被退回：报送2022年教育督导工作总结'),
            notification(1, '新任务：报送2022年教育督导工作总结', '2023-03-01T10:00:00+08:00'),
          ],
          page: 0,
          size: 10,
          total: 2,
          unread: 1,
        }),
      'POST /api/v1/notifications/read-all': () => json({ marked: 1 }),
      'POST /api/v1/notifications/2/read': () =>
        json(notification(2, 'x', '2023-03-01T11:00:00+08:00')),
      'GET /api/v1/tasks/7': () =>
        problem(404, { code: 'NOT_FOUND', detail: '任务不存在或无权查看' }),
    });
    renderApp('/');
    const bell = await screen.findByTestId('header-bell');
    await waitFor(() => expect(bell).toHaveTextContent('1'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '通知' }));
    await user.click(await screen.findByRole('button', { name: '全部已读' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/read-all'))).toBe(true),
    );
    await user.click(
      screen.getByRole('button', { name: '任务被退回：报送2022年教育督导工作总结' }),
    );
    await waitFor(() =>
      expect(
        calls.some((c) => c.method === 'POST' && c.url.endsWith('/notifications/2/read')),
      ).toBe(true),
    );
  });
});
