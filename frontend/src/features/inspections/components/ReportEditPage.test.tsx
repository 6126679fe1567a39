import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { json, problem, pucheng, stubFetch } from '../../../test/http';
import { report, scoredSystem } from '../../../test/inspectionFixtures';
import { renderApp, signIn } from '../../../test/render';
import { expectLeavingGuarded, unloadPrevented } from '../../../test/unsaved';

const evaluation = report({
  type: 'SCHOOL_EVALUATION_316',
  title: '蒲城县尧山中学督导评估',
  indicatorSystemId: 31,
  indicatorSystemName: '学校发展性评价',
  indicatorSystemVersion: 2,
  scores: [{ indicatorCode: '1.1', indicatorName: '党建引领', maxScore: 40, score: 38 }],
  grade: undefined,
  totalScore: 38,
  maxTotalScore: 100,
  unscoredCodes: ['1.2', '2'],
  allowedActions: ['edit', 'delete', 'submit'],
});

function routes() {
  return {
    'GET /api/v1/me': () => json(pucheng),
    'GET /api/v1/inspection-reports/41': () => json(evaluation),
    'GET /api/v1/indicator-systems': () => json(page([scoredSystem()])),
    'GET /api/v1/indicator-systems/31': () => json(scoredSystem()),
    'GET /api/v1/organizations/tree': () =>
      json([{ id: 211, code: 'S', name: '蒲城县城关第一小学', type: 'SCHOOL', children: [] }]),
    'PUT /api/v1/inspection-reports/41': () => json(evaluation),
    'GET /api/v1/inspection-reports/41/findings': () => json(page([])),
  };
}

describe('ReportEditPage', () => {
  it('builds the score form from the tree with a running total and the grade once complete', async () => {
    signIn();
    const { calls } = stubFetch(routes());
    renderApp('/inspection-reports/41/edit');
    const summary = await screen.findByTestId('score-summary');
    // the saved score is in; two leaves are still open
    await waitFor(() => expect(summary).toHaveTextContent('38/ 100'));
    expect(summary).toHaveTextContent('未评分 2 项');
    expect(summary).toHaveTextContent('—');

    const user = userEvent.setup();
    const form = screen.getByTestId('score-form');
    // parents show their points and take no score
    expect(within(form).getByText('办学方向（60）')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('1.2 得分'), '12');
    await user.type(within(form).getByLabelText('2 得分'), '36');
    await waitFor(() => expect(summary).toHaveTextContent('86/ 100'));
    expect(summary).toHaveTextContent('A');
    expect(summary).toHaveTextContent('已全部评分');

    await user.click(screen.getByText(/保\s*存/, { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const body = (await calls.find((c) => c.method === 'PUT')!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'SCHOOL_EVALUATION_316',
      title: '蒲城县尧山中学督导评估',
      targetOrgId: 211,
      indicatorSystemId: 31,
      visitStart: '2023-05-10',
      version: 3,
      scores: [
        { indicatorCode: '1.1', score: 38 },
        { indicatorCode: '1.2', score: 12 },
        { indicatorCode: '2', score: 36 },
      ],
    });
  });

  it('after a 409 keeps my scores on top of the latest version and lets me choose where we both scored', async () => {
    signIn();
    // meanwhile a colleague scored 1.1 differently and 2, and rewrote the summary
    const theirs = {
      ...evaluation,
      version: 4,
      summary: '同事补充的总体评价',
      scores: [
        { indicatorCode: '1.1', indicatorName: '党建引领', maxScore: 40, score: 35 },
        { indicatorCode: '2', indicatorName: '教育质量', maxScore: 40, score: 30 },
      ],
    };
    let loads = 0;
    let puts = 0;
    const { calls } = stubFetch({
      ...routes(),
      'GET /api/v1/inspection-reports/41': () => json(loads++ === 0 ? evaluation : theirs),
      'PUT /api/v1/inspection-reports/41': () =>
        puts++ === 0
          ? problem(409, { code: 'VERSION_CONFLICT', detail: '数据已被他人修改，请刷新后重试' })
          : json({ ...theirs, version: 5 }),
    });
    renderApp('/inspection-reports/41/edit');
    const user = userEvent.setup();
    const form = await screen.findByTestId('score-form');
    await waitFor(() => expect(within(form).getByLabelText('1.1 得分')).toHaveValue('38.00'));
    const score11 = within(form).getByLabelText('1.1 得分');
    await user.clear(score11);
    await user.type(score11, '39');
    await user.type(within(form).getByLabelText('1.2 得分'), '12');
    await user.click(screen.getByText(/保\s*存/, { selector: 'button span' }));

    // 1.1: both changed it, differently
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('1.1 党建引领');
    expect(within(dialog).getByText('39')).toBeInTheDocument();
    expect(within(dialog).getByText('35')).toBeInTheDocument();
    await user.click(within(dialog).getByText(/确\s*定/, { selector: 'button span' }));

    // mine kept for 1.1 and 1.2, theirs for 2 and the summary
    await waitFor(() => expect(within(form).getByLabelText('2 得分')).toHaveValue('30.00'));
    expect(within(form).getByLabelText('1.1 得分')).toHaveValue('39.00');
    expect(within(form).getByLabelText('1.2 得分')).toHaveValue('12.00');
    expect(screen.getByLabelText('督导情况综述')).toHaveValue('同事补充的总体评价');

    await user.click(screen.getByText(/保\s*存/, { selector: 'button span' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const body = (await calls.filter((c) => c.method === 'PUT')[1].json()) as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({
      version: 4,
      summary: '同事补充的总体评价',
      scores: [
        { indicatorCode: '1.1', score: 39 },
        { indicatorCode: '1.2', score: 12 },
        { indicatorCode: '2', score: 30 },
      ],
    });
  });

  it('asks before leaving a score form with unsaved scores', async () => {
    signIn();
    stubFetch(routes());
    const { router } = renderApp('/inspection-reports/41/edit');
    const form = await screen.findByTestId('score-form');
    expect(unloadPrevented()).toBe(false);
    await userEvent.setup().type(within(form).getByLabelText('1.2 得分'), '12');
    await expectLeavingGuarded(router);
  });
});
