import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../../../api/types';
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
} satisfies AuditEvent;

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

  it('exports the filtered log under the server’s Chinese name', async () => {
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
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/audit-events': (req) =>
        req.headers.get('Accept')?.includes('spreadsheetml')
          ? new Response('xlsx', {
              headers: {
                'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                'Content-Disposition':
                  'attachment; filename="audit-events-2023-02-15.xlsx"; filename*=UTF-8\'\'%E6%93%8D%E4%BD%9C%E6%97%A5%E5%BF%97-2023-02-15.xlsx',
              },
            })
          : json({ items: [event], page: 0, size: 20, total: 1 }),
    });
    renderApp('/audit?actor=admin');
    await screen.findByText('修改机构 富平县');
    await userEvent.setup().click(screen.getByText('导出 Excel', { selector: 'button span' }));
    await waitFor(() => expect(saved).toEqual(['操作日志-2023-02-15.xlsx']));
    const exported = calls.find((c) => c.headers.get('Accept')?.includes('spreadsheetml'))!;
    const params = new URL(exported.url).searchParams;
    expect(params.get('actor')).toBe('admin');
    expect(params.get('page')).toBeNull();
  });
});
