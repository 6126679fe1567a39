import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../test/accountabilityFixtures';
import { fuping, weinan } from '../../../test/fixtures';
import { json, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

describe('ScenariosPage', () => {
  it('groups the catalogue by family and marks local scenarios with their owner', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/accountability-scenarios': () => json(scenarios),
    });
    renderApp('/accountability-scenarios');
    await screen.findByText('学前教育普及普惠主要指标长期未达标');
    const duties = document.querySelector('[data-family="FAILING_EDUCATION_DUTIES"]')!;
    const behind = document.querySelector('[data-family="KEY_TASKS_BEHIND"]')!;
    expect(duties).toHaveTextContent('履行教育职责不到位');
    expect(behind.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(2);
    expect(within(behind as HTMLElement).getByTestId('local-scenario')).toHaveTextContent(
      '本地·富平县',
    );
    // only the editable one has an edit button
    expect(document.querySelectorAll('[data-action="edit-scenario"]')).toHaveLength(1);
  });

  it('edits an editable scenario with its version', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/accountability-scenarios': () => json(scenarios),
      'PUT /api/v1/accountability-scenarios/1': () => json({ ...scenarios[0], version: 1 }),
    });
    renderApp('/accountability-scenarios');
    const user = userEvent.setup();
    // (queries by role are slow on a page this size: find by the page's own markers)
    await screen.findByText('学前教育普及普惠主要指标长期未达标');
    await user.click(document.querySelector<HTMLElement>('[data-action="edit-scenario"]')!);
    const form = await screen.findByTestId('scenario-form');
    const measures = within(form).getByLabelText('建议问责方式');
    await user.clear(measures);
    await user.type(measures, '约谈');
    await user.click(screen.getByText(/保\s*存/, { selector: '.ant-modal-footer button span' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(await calls.find((c) => c.method === 'PUT')!.json()).toEqual({
      code: 'QJ-2-01',
      family: 'FAILING_EDUCATION_DUTIES',
      targetType: 'GOVERNMENT',
      description: '学前教育普及普惠主要指标长期未达标',
      suggestedMeasures: '约谈',
      source: '《教育督导问责办法》第六条',
      active: true,
      version: 0,
    });
  });

  it('keeps the family and target filters in the URL and asks the server for them', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/accountability-scenarios': () => json(scenarios.slice(1)),
    });
    const { router } = renderApp('/accountability-scenarios?family=KEY_TASKS_BEHIND');
    await screen.findByText('学校未按期完成整改台账');
    const lastQuery = () =>
      new URL(calls.filter((c) => c.url.includes('accountability-scenarios')).at(-1)!.url)
        .searchParams;
    expect(lastQuery().get('family')).toBe('KEY_TASKS_BEHIND');
    // the form shows the filter from the URL
    expect(screen.getByTestId('list-filters')).toHaveTextContent('重点任务推进严重滞后');

    const user = userEvent.setup();
    await user.click(screen.getByLabelText('问责对象'));
    await user.click(await screen.findByTitle('学校及其他教育机构'));
    await user.click(screen.getByText(/查\s*询/, { selector: 'button span' }));
    await waitFor(() => expect(lastQuery().get('targetType')).toBe('SCHOOL'));
    expect(lastQuery().get('family')).toBe('KEY_TASKS_BEHIND');
    expect(new URLSearchParams(router.state.location.search).get('targetType')).toBe('SCHOOL');
  });
});
