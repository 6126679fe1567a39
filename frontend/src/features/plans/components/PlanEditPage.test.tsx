import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { plan, weinan } from '../../../test/fixtures';
import { json, problem, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const draft = {
  ...plan,
  status: 'DRAFT',
  forwardedFrom: { documentNumber: '蒲政教督办函〔2023〕3号', issuingBody: '蒲城县' },
};

describe('PlanEditPage', () => {
  it('saves items and sub-items with their ids, the version and the cover notice', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/plans/1': () => json(draft),
      'PUT /api/v1/plans/1': () => json({ ...draft, version: 5 }),
      'GET /api/v1/plans/1/forwardings': () => json([]),
    });
    const { router } = renderApp('/plans/1/edit');
    const user = userEvent.setup();
    const items = await screen.findAllByTestId('plan-edit-item');
    expect(items).toHaveLength(2);
    // one more sub-item under item 二
    await user.click(within(items[1]).getByText('添加分项', { selector: 'button span' }));
    const headings = within(items[1]).getAllByPlaceholderText('条目标题');
    await user.type(headings[2], '千园达标收官');
    // item 一 goes below item 二
    await user.click(within(items[0]).getByLabelText('下移'));
    await user.click(screen.getByText(/保\s*存/, { selector: 'button span' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const body = (await calls.find((c) => c.method === 'PUT')!.json()) as Record<string, unknown>;
    expect(body.version).toBe(4);
    expect(body.forwardedFrom).toEqual(draft.forwardedFrom);
    expect(body.items).toEqual([
      {
        id: 102,
        heading: '推进“两个创建”工作',
        subItems: [
          { id: 1021, heading: '学前教育普及普惠', subItems: [] },
          { id: 1022, heading: '县域义务教育优质均衡', subItems: [] },
          { heading: '千园达标收官', subItems: [] },
        ],
      },
      {
        id: 101,
        heading: '做好市级政府履行教育职责评价考核',
        content: '按照省对设区市级人民政府履行教育职责评价的文件要求……',
        subItems: [],
      },
    ]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/1'));
  });

  it('explains a version conflict', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/plans/1': () => json(draft),
      'PUT /api/v1/plans/1': () => problem(409, { code: 'VERSION_CONFLICT', detail: 'stale' }),
    });
    renderApp('/plans/1/edit');
    await screen.findAllByTestId('plan-edit-item');
    await userEvent.setup().click(screen.getByText(/保\s*存/, { selector: 'button span' }));
    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
  });
});
