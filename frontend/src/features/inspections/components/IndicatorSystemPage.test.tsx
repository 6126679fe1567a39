import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, pucheng, stubFetch } from '../../../test/http';
import { scoredSystem } from '../../../test/inspectionFixtures';
import { renderApp, signIn } from '../../../test/render';
import { expectLeavingGuarded, unloadPrevented } from '../../../test/unsaved';

describe('IndicatorSystemPage', () => {
  it('shows a published system read-only, with copy to a new version', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/indicator-systems/31': () => json(scoredSystem()),
    });
    renderApp('/indicator-systems/31');
    const tree = await screen.findByTestId('indicator-tree');
    expect(within(tree).getByText('党建引领')).toBeInTheDocument();
    expect(within(tree).getByText('质量报告')).toBeInTheDocument();
    expect(screen.getByText(/已发布的指标体系不能修改/)).toBeInTheDocument();
    expect(screen.queryByTestId('indicator-tree-editor')).toBeNull();
    expect(document.querySelector('[data-action="save"]')).toBeNull();
    expect(document.querySelector('[data-action="copy"]')).not.toBeNull();
    expect(document.querySelector('[data-action="publish"]')).toBeNull();
  });

  it('edits a draft: a new child turns its parent into a sum, and saves the whole tree', async () => {
    signIn();
    const draft = scoredSystem({ status: 'DRAFT', allowedActions: ['edit', 'publish'] });
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/indicator-systems/31': () => json(draft),
      'PUT /api/v1/indicator-systems/31': () => json(draft),
    });
    renderApp('/indicator-systems/31');
    const editor = await screen.findByTestId('indicator-tree-editor');
    expect(screen.getByTestId('tree-total')).toHaveTextContent('合计 100 分');
    const user = userEvent.setup();

    // 2 gets a child 2.1 of 15 points: 2 now shows Σ 15 and the total follows
    await user.click(within(editor).getByLabelText('2 添加下级指标'));
    await user.type(within(editor).getByLabelText('2.1 指标名称'), '学业质量');
    await user.type(within(editor).getByLabelText('2.1 分值'), '15');
    await user.type(within(editor).getByLabelText('2.1 指标说明'), '学业水平监测达标情况');
    await waitFor(() => expect(screen.getByTestId('tree-total')).toHaveTextContent('合计 75 分'));
    // move 2 above 1: codes follow the order
    await user.click(within(editor).getByLabelText('2 上移'));
    expect(within(editor).getByLabelText('1 指标名称')).toHaveValue('教育质量');
    expect(within(editor).getByLabelText('1.1 指标名称')).toHaveValue('学业质量');

    await user.click(document.querySelector<HTMLElement>('[data-action="save"]')!);
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const body = (await calls.find((c) => c.method === 'PUT')!.json()) as {
      indicators: {
        name: string;
        maxScore: number;
        children: { name: string; description?: string }[];
      }[];
      revision: number;
      gradeBands: unknown[];
    };
    expect(body.revision).toBe(3);
    expect(body.gradeBands).toHaveLength(3);
    expect(body.indicators.map((i) => [i.name, i.maxScore, i.children.length])).toEqual([
      ['教育质量', 15, 1],
      ['办学方向', 60, 2],
    ]);
    expect(body.indicators[0].children[0].description).toBe('学业水平监测达标情况');
  });

  it('refuses to save a leaf without points and marks it', async () => {
    signIn();
    const draft = scoredSystem({ status: 'DRAFT', allowedActions: ['edit', 'publish'] });
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/indicator-systems/31': () => json(draft),
    });
    renderApp('/indicator-systems/31');
    const editor = await screen.findByTestId('indicator-tree-editor');
    const user = userEvent.setup();
    await user.click(screen.getByText('添加一级指标'));
    await user.type(within(editor).getByLabelText('3 指标名称'), '特色发展');
    await user.click(document.querySelector<HTMLElement>('[data-action="save"]')!);
    expect(await screen.findByText('指标体系有误，请检查标红的指标')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('asks before leaving an edited draft', async () => {
    signIn();
    const draft = scoredSystem({ status: 'DRAFT', allowedActions: ['edit', 'publish'] });
    stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/indicator-systems/31': () => json(draft),
    });
    const { router } = renderApp('/indicator-systems/31');
    const editor = await screen.findByTestId('indicator-tree-editor');
    expect(unloadPrevented()).toBe(false);
    await userEvent.setup().type(within(editor).getByLabelText('1 指标名称'), '（修订）');
    await expectLeavingGuarded(router, '/indicator-systems');
  });
});
