import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { json, pucheng, stubFetch } from '../../../test/http';
import { report, scoredSystem } from '../../../test/inspectionFixtures';
import { renderApp, signIn } from '../../../test/render';

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
});
