import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { json, problem, pucheng, stubFetch } from '../../../test/http';
import { scoredSystem } from '../../../test/inspectionFixtures';
import { renderApp, signIn } from '../../../test/render';

const exported = {
  format: 'dudao.indicator-system/1',
  name: '学校发展性评价',
  kind: 'SCORED',
  targetType: 'SCHOOL',
  indicators: [{ name: '办学方向', maxScore: 10, children: [] }],
};

function chooseFile(text: string) {
  const input = screen.getByTestId('import-input');
  fireEvent.change(input, {
    target: { files: [new File([text], 'system.json', { type: 'application/json' })] },
  });
}

describe('IndicatorSystemsPage', () => {
  it('lists versions and imports an exported tree as a new draft', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/indicator-systems': () => json(page([scoredSystem()])),
      'POST /api/v1/indicator-systems/import': () =>
        json(scoredSystem({ id: 32, status: 'DRAFT', version: 1 }), 201),
      'GET /api/v1/indicator-systems/32': () =>
        json(scoredSystem({ id: 32, status: 'DRAFT', version: 1, allowedActions: ['edit'] })),
    });
    const { router } = renderApp('/indicator-systems');
    expect(await screen.findByText('学校发展性评价')).toBeInTheDocument();
    expect(screen.getByText('第 2 版')).toBeInTheDocument();
    chooseFile(JSON.stringify(exported));
    await waitFor(() => expect(router.state.location.pathname).toBe('/indicator-systems/32'));
    expect(await calls.find((c) => c.url.endsWith('/import'))!.json()).toEqual(exported);
  });

  it('refuses a file that is not JSON without calling the server, and shows server errors', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/indicator-systems': () => json(page([])),
      'POST /api/v1/indicator-systems/import': () =>
        problem(400, {
          code: 'VALIDATION_FAILED',
          detail: '指标 indicators[0].maxScore 须大于 0',
          errors: [{ field: 'indicators[0].maxScore', message: '须大于 0' }],
        }),
    });
    renderApp('/indicator-systems');
    await screen.findByText('导入 JSON');
    chooseFile('not json');
    expect(await screen.findByText('文件不是有效的指标体系 JSON')).toBeInTheDocument();
    expect(calls.some((c) => c.url.endsWith('/import'))).toBe(false);
    chooseFile(JSON.stringify(exported));
    expect(await screen.findByText('指标 indicators[0].maxScore 须大于 0')).toBeInTheDocument();
  });
});
