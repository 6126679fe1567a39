import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, pucheng, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const event = {
  id: 12,
  occurredAt: '2023-02-15T06:05:00Z',
  actor: 'admin',
  action: 'UPDATE',
  entityType: 'ORGANIZATION',
  entityId: '11',
  summary: '修改机构 富平县',
  details: { officeName: { before: '旧', after: '新' } },
};

describe('AuditPage', () => {
  it('lists events with translated codes and filters by actor and type', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/audit-events': () => json({ items: [event], page: 0, size: 20, total: 1 }),
    });
    renderApp('/audit');
    expect(await screen.findByText('修改机构 富平县')).toBeInTheDocument();
    expect(screen.getByText('修改')).toBeInTheDocument();
    expect(screen.getAllByText('机构').length).toBeGreaterThan(1); // menu and the row
    expect(screen.getByText(/2023年2月15日/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('操作人'), 'admin');
    await user.type(screen.getByLabelText('对象类型'), 'ORGANIZATION');
    await user.click(screen.getByText(/查\s*询/, { selector: 'button span' }));

    await waitFor(() => {
      const last = new URL(calls.filter((c) => c.url.includes('audit-events')).at(-1)!.url);
      expect(last.searchParams.get('actor')).toBe('admin');
      expect(last.searchParams.get('entityType')).toBe('ORGANIZATION');
      expect(last.searchParams.get('page')).toBe('0');
      expect(last.searchParams.get('sort')).toBe('occurredAt,desc');
    });
  });
});
