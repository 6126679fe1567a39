import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountabilityCase, scenarios, subjectCase } from '../../../test/accountabilityFixtures';
import { fuping, weinan } from '../../../test/fixtures';
import { json, problem, stubFetch, type Handler } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

/** The case as the server holds it now: a step's answer replaces it, as on the server. */
let current: unknown;

function routes(me: unknown, c: unknown, extra: Record<string, Handler> = {}) {
  current = c;
  const wrapped = Object.fromEntries(
    Object.entries(extra).map(([key, handler]) => [
      key,
      async (req: Request) => {
        const res = await handler(req);
        if (res.ok) current = await res.clone().json();
        return res;
      },
    ]),
  );
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/accountability-cases/31': () => json(current),
    'GET /api/v1/accountability-scenarios': () => json(scenarios),
    ...wrapped,
  };
}

const actionsShown = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="case-actions"] [data-action]')].map(
    (b) => b.dataset.action,
  );

describe('CaseDetailPage', () => {
  it('shows the handling office the case in full with only the allowed actions', async () => {
    signIn();
    stubFetch(routes(weinan, accountabilityCase()));
    renderApp('/accountability/31');
    expect(await screen.findByTestId('case-title')).toHaveTextContent('渭教督问〔2023〕3号');
    expect(actionsShown()).toEqual(['investigate', 'edit', 'dismiss']);
    const details = screen.getByTestId('case-details');
    expect(details).toHaveTextContent('富平县');
    expect(details).toHaveTextContent('督导发现问题');
    await waitFor(() => expect(details).toHaveTextContent('学前教育普及普惠主要指标长期未达标'));
    expect(screen.getByTestId('internal-notes')).toHaveTextContent('县长已电话沟通');
    // the procedure bar stands at the investigation
    const procedure = screen.getByTestId('case-procedure');
    expect(procedure.querySelector('[data-step="open"]')).toHaveAttribute('data-state', 'finish');
    expect(procedure.querySelector('[data-step="investigate"]')).toHaveAttribute(
      'data-state',
      'process',
    );
    // the investigation clock with its countdown
    const deadlines = screen.getByTestId('case-deadlines');
    expect(deadlines).toHaveTextContent('成立调查组（督导结束后60日内）');
    expect(deadlines).toHaveTextContent('剩余 12 天');
    expect(deadlines).toHaveTextContent('2023年9月20日 至 2023年11月19日');
    expect(screen.queryByText('下载问责决定书', { selector: 'button span' })).toBeNull();
  });

  it('asks for an override reason when the deadline has passed and retries with it', async () => {
    signIn();
    let attempts = 0;
    const { calls } = stubFetch(
      routes(weinan, accountabilityCase(), {
        'POST /api/v1/accountability-cases/31/investigate': () => {
          attempts += 1;
          return attempts === 1
            ? problem(409, {
                code: 'DEADLINE_PASSED',
                detail: '成立调查组的期限已于2023年11月19日届满，须说明逾期理由',
              })
            : json(accountabilityCase({ status: 'INVESTIGATING', allowedActions: ['notify'] }));
        },
      }),
    );
    renderApp('/accountability/31');
    const user = userEvent.setup();
    await screen.findByTestId('case-actions');
    await user.click(screen.getByRole('button', { name: /成立调查组/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('说明'), '调查组成员：张三、李四');
    await user.click(within(dialog).getByRole('button', { name: /成立调查组/ }));
    expect(await within(dialog).findByTestId('deadline-passed')).toHaveTextContent(
      '成立调查组的期限已于2023年11月19日届满',
    );
    await user.type(within(dialog).getByLabelText('逾期办理理由'), '等待省厅复函');
    await user.click(within(dialog).getByRole('button', { name: /成立调查组/ }));
    await waitFor(() => expect(attempts).toBe(2));
    const posts = calls.filter((c) => c.url.endsWith('/investigate'));
    expect(await posts[0].json()).toEqual({ note: '调查组成员：张三、李四' });
    expect(await posts[1].json()).toEqual({
      note: '调查组成员：张三、李四',
      overrideReason: '等待省厅复函',
    });
    await waitFor(() => expect(actionsShown()).toEqual(['notify']));
  });

  it('shows an illegal transition as an error without the override form', async () => {
    signIn();
    stubFetch(
      routes(weinan, accountabilityCase(), {
        'POST /api/v1/accountability-cases/31/investigate': () =>
          problem(409, { code: 'ILLEGAL_TRANSITION', detail: '案件当前状态为 CLOSED（已归档）' }),
      }),
    );
    renderApp('/accountability/31');
    const user = userEvent.setup();
    await screen.findByTestId('case-actions');
    await user.click(screen.getByRole('button', { name: /成立调查组/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /成立调查组/ }));
    expect(await screen.findByText('案件当前状态为 CLOSED（已归档）')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('deadline-passed')).toBeNull();
  });

  it('decides with the measures, basis and publication', async () => {
    signIn();
    const c = accountabilityCase({
      status: 'STATEMENT_RECEIVED',
      notifiedOn: '2023-10-20',
      allowedActions: ['decide', 'dismiss', 'edit'],
      statement: { text: '我县已制定整改方案', submittedOn: '2023-10-25', attachments: [] },
    });
    const { calls } = stubFetch(
      routes(weinan, c, {
        'POST /api/v1/accountability-cases/31/decide': () =>
          json(
            accountabilityCase({
              status: 'DECIDED',
              decidedOn: '2023-11-01',
              effectiveOn: '2023-11-01',
              unitMeasures: ['INTERVIEW', 'SUPERVISION_NOTICE'],
              decisionText: '约谈县政府分管负责同志',
              basis: '《教育督导问责办法》第九条',
              publication: 'PUBLIC',
              allowedActions: ['execute'],
            }),
          ),
      }),
    );
    renderApp('/accountability/31');
    const user = userEvent.setup();
    expect(await screen.findByTestId('case-statement')).toHaveTextContent('我县已制定整改方案');
    await user.click(screen.getByRole('button', { name: /作出决定/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('约谈'));
    await user.click(within(dialog).getByLabelText('督导通报'));
    await user.type(within(dialog).getByLabelText('决定内容'), '约谈县政府分管负责同志');
    await user.type(within(dialog).getByLabelText('问责依据'), '《教育督导问责办法》第九条');
    await user.click(within(dialog).getByText('向社会公开'));
    await user.click(within(dialog).getByRole('button', { name: /作出决定/ }));
    await waitFor(() => expect(calls.some((r) => r.url.endsWith('/decide'))).toBe(true));
    const body = (await calls.find((r) => r.url.endsWith('/decide'))!.json()) as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({
      unitMeasures: ['INTERVIEW', 'SUPERVISION_NOTICE'],
      individualMeasures: [],
      decisionText: '约谈县政府分管负责同志',
      basis: '《教育督导问责办法》第九条',
      publication: 'PUBLIC',
    });
    expect(body.effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await screen.findByTestId('case-decision')).toHaveTextContent('督导通报');
    expect(screen.getByText('下载问责决定书', { selector: 'button span' })).toBeInTheDocument();
  });

  it('shows the subject the notice and a statement form, never the internal notes', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(fuping, subjectCase(), {
        'POST /api/v1/accountability-cases/31/statement': () =>
          json(
            subjectCase({
              status: 'STATEMENT_RECEIVED',
              allowedActions: [],
              statement: {
                text: '已开工新建公办园两所',
                submittedOn: '2023-10-25',
                attachments: [],
              },
            }),
          ),
      }),
    );
    renderApp('/accountability/31');
    const user = userEvent.setup();
    expect(await screen.findByTestId('subject-view')).toBeInTheDocument();
    const notice = screen.getByTestId('case-notice');
    expect(notice).toHaveTextContent('渭南市于2023年10月20日向你单位发出书面告知');
    expect(notice).toHaveTextContent('请于10月30日前提交陈述申辩意见');
    expect(notice).toHaveTextContent('2023年10月30日');
    expect(screen.queryByTestId('internal-notes')).toBeNull();
    expect(screen.queryByText(/县长已电话沟通/)).toBeNull();
    expect(screen.queryByTestId('case-details')).toBeNull();
    // the statement is a form on the page, not a button
    expect(actionsShown()).toEqual([]);
    const statement = screen.getByTestId('case-statement');
    await user.type(within(statement).getByLabelText('陈述申辩意见'), '已开工新建公办园两所');
    await user.click(within(statement).getByRole('button', { name: /提交陈述申辩/ }));
    await waitFor(() => expect(calls.some((r) => r.url.endsWith('/statement'))).toBe(true));
    expect(await calls.find((r) => r.url.endsWith('/statement'))!.json()).toEqual({
      text: '已开工新建公办园两所',
      attachmentIds: [],
    });
    await waitFor(() =>
      expect(screen.getByTestId('case-statement')).toHaveTextContent('已于2023年10月25日提交'),
    );
  });

  it('offers the subject review and appeal after the decision', async () => {
    signIn();
    stubFetch(
      routes(
        fuping,
        subjectCase({
          status: 'DECIDED',
          decidedOn: '2023-11-01',
          effectiveOn: '2023-11-01',
          unitMeasures: ['INTERVIEW'],
          decisionText: '约谈',
          basis: '第九条',
          allowedActions: ['review-request', 'appeal'],
        }),
      ),
    );
    renderApp('/accountability/31');
    await screen.findByTestId('case-actions');
    expect(actionsShown()).toEqual(['review-request', 'appeal']);
    expect(screen.getByTestId('case-decision')).toHaveTextContent('约谈');
  });

  it('shows the not-found page for a case outside the caller’s reach', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/accountability-cases/31': () =>
        problem(404, { code: 'NOT_FOUND', detail: '问责案件不存在' }),
    });
    renderApp('/accountability/31');
    expect(await screen.findByText('问责案件不存在')).toBeInTheDocument();
    expect(screen.getByText('404')).toBeInTheDocument();
  });
});
