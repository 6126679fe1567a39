import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fuping, page } from '../../../test/fixtures';
import { finding, pcDx01, report, thresholdSystem } from '../../../test/inspectionFixtures';
import { json, problem, type Handler, stubFetch } from '../../../test/http';
import { pucheng } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

function routes(me: unknown, r: ReturnType<typeof report>, extra: Record<string, Handler> = {}) {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/inspection-reports/41': () => json(r),
    'GET /api/v1/inspection-reports/41/findings': () => json(page([finding()])),
    'GET /api/v1/indicator-systems/1': () => json(thresholdSystem()),
    ...extra,
  };
}

const actionsShown = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="report-actions"] [data-action]')].map(
    (b) => b.dataset.action,
  );

describe('ReportDetailPage', () => {
  it('shows the report, its scores in tree order and its findings', async () => {
    signIn();
    stubFetch(routes(pcDx01, report()));
    renderApp('/inspection-reports/41');
    expect(await screen.findByTestId('report-title')).toHaveTextContent(
      '蒲城县城关第一小学经常性督导',
    );
    expect(screen.getByTestId('report-details')).toHaveTextContent('2023年5月10日');
    expect(screen.getByTestId('report-result')).toHaveTextContent('未达标');
    const scores = await screen.findByTestId('score-table');
    expect(within(scores).getByText('护学岗不足')).toBeInTheDocument();
    expect(within(scores).getByText('≥ 2.3㎡')).toBeInTheDocument();
    expect(await screen.findByText('放学时段校门口护学岗不足')).toBeInTheDocument();
  });

  it('offers the author edit, submit, delete and 登记问题 on a draft', async () => {
    signIn();
    stubFetch(routes(pcDx01, report({ allowedActions: ['edit', 'delete', 'submit'] })));
    renderApp('/inspection-reports/41');
    await screen.findByTestId('report-actions');
    expect(actionsShown()).toEqual(['edit', 'submit', 'delete']);
    expect(document.querySelector('[data-action="add-finding"]')).not.toBeNull();
  });

  it('offers the office approve and return, and no 登记问题, on a submitted report', async () => {
    signIn();
    stubFetch(
      routes(pucheng, report({ status: 'SUBMITTED', allowedActions: ['approve', 'return'] })),
    );
    renderApp('/inspection-reports/41');
    await screen.findByTestId('report-actions');
    expect(actionsShown()).toEqual(['approve', 'return']);
    expect(document.querySelector('[data-action="add-finding"]')).toBeNull();
  });

  it('asks for a reason before returning', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(pucheng, report({ status: 'SUBMITTED', allowedActions: ['approve', 'return'] }), {
        'POST /api/v1/inspection-reports/41/return': () => json(report({ returnReason: '补充' })),
      }),
    );
    renderApp('/inspection-reports/41');
    const user = userEvent.setup();
    await screen.findByTestId('report-actions');
    await user.click(document.querySelector<HTMLElement>('[data-action="return"]')!);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText(/退\s*回/, { selector: 'button span' }));
    expect(await within(dialog).findByText('请填写退回原因')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('退回原因'), '评分依据不足');
    await user.click(within(dialog).getByText(/退\s*回/, { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/return'))).toBe(true));
    const ret = calls.find((c) => c.url.endsWith('/return'))!;
    expect(await ret.json()).toEqual({ reason: '评分依据不足' });
  });

  it('records a finding with the fields the server needs', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(pcDx01, report({ allowedActions: ['edit', 'delete', 'submit'] }), {
        'GET /api/v1/organizations/tree': () => json([]),
        'POST /api/v1/inspection-reports/41/findings': () => json(finding(), 201),
      }),
    );
    renderApp('/inspection-reports/41');
    const user = userEvent.setup();
    await user.click(await screen.findByText('登记问题'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('问题描述'), '作业公示未更新');
    await user.type(within(dialog).getByLabelText('整改要求'), '每周公示');
    const due = within(dialog).getByLabelText('整改期限');
    await user.click(due);
    await user.type(due, '2023-06-30');
    await user.click(within(dialog).getByLabelText('问题描述'));
    await user.click(within(dialog).getByText(/保\s*存/, { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({
      severity: 'GENERAL',
      description: '作业公示未更新',
      requirement: '每周公示',
      dueDate: '2023-06-30',
    });
  });

  it('answers a report outside the caller’s scope with the not-found page', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/inspection-reports/41': () =>
        problem(404, { code: 'NOT_FOUND', detail: '督导报告不存在' }),
    });
    renderApp('/inspection-reports/41');
    expect(await screen.findByText('督导报告不存在')).toBeInTheDocument();
    expect(screen.getByText('404')).toBeInTheDocument();
    expect(screen.queryByTestId('report-title')).toBeNull();
  });
});
