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

  describe('when someone else saved first (409)', () => {
    /** The plan as it was opened (v4), then as the other person saved it (v5). */
    function conflictRoutes(theirs: Partial<typeof draft>) {
      let loads = 0;
      let puts = 0;
      return stubFetch({
        'GET /api/v1/me': () => json(weinan),
        'GET /api/v1/plans/1': () =>
          json(loads++ === 0 ? draft : { ...draft, ...theirs, version: 5 }),
        'PUT /api/v1/plans/1': async (req) =>
          puts++ === 0
            ? problem(409, { code: 'VERSION_CONFLICT', detail: '数据已被他人修改，请刷新后重试' })
            : json({ ...draft, ...((await req.json()) as object), version: 6 }),
        'GET /api/v1/plans/1/forwardings': () => json([]),
      });
    }
    const save = () =>
      userEvent.setup().click(screen.getByText(/保\s*存/, { selector: 'button span' }));
    const lastPut = async (calls: Request[]) =>
      (await calls
        .filter((c) => c.method === 'PUT')
        .at(-1)!
        .json()) as Record<string, unknown>;

    it('reloads the latest version and re-applies the fields only I changed', async () => {
      signIn();
      const { calls } = conflictRoutes({ recipients: '各县（市、区）教育局（修订）' });
      const { router } = renderApp('/plans/1/edit');
      const user = userEvent.setup();
      const title = await screen.findByLabelText('标题');
      await user.clear(title);
      await user.type(title, '2023年工作要点（修订稿）');
      await save();

      expect(await screen.findByText(/已载入最新版本，并保留了您修改过的内容/)).toBeInTheDocument();
      await waitFor(() =>
        expect(screen.getByLabelText('主送')).toHaveValue('各县（市、区）教育局（修订）'),
      );
      expect(screen.getByLabelText('标题')).toHaveValue('2023年工作要点（修订稿）');
      expect(screen.queryByTestId('conflict-dialog')).toBeNull();

      await save();
      await waitFor(() => expect(router.state.location.pathname).toBe('/plans/1'));
      const body = await lastPut(calls);
      expect(body.version).toBe(5);
      expect(body.title).toBe('2023年工作要点（修订稿）');
      expect(body.recipients).toBe('各县（市、区）教育局（修订）');
    });

    it('shows a field both changed side by side and saves the chosen one', async () => {
      signIn();
      const { calls } = conflictRoutes({ title: '他人保存的标题' });
      renderApp('/plans/1/edit');
      const user = userEvent.setup();
      const title = await screen.findByLabelText('标题');
      await user.clear(title);
      await user.type(title, '我的标题');
      await save();

      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByText('我的标题')).toBeInTheDocument();
      expect(within(dialog).getByText('他人保存的标题')).toBeInTheDocument();
      const [mine, theirs] = within(dialog).getAllByRole('radio');
      expect(mine).toBeChecked();
      await user.click(theirs);
      expect(theirs).toBeChecked();
      await user.click(within(dialog).getByText(/确\s*定/, { selector: 'button span' }));
      await waitFor(() => expect(screen.getByLabelText('标题')).toHaveValue('他人保存的标题'));

      await save();
      await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
      const body = await lastPut(calls);
      expect(body).toMatchObject({ version: 5, title: '他人保存的标题' });
    });
  });

  it('asks before leaving with unsaved changes', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/plans/1': () => json(draft),
      'GET /api/v1/plans': () => json({ items: [], page: 0, size: 20, total: 0 }),
    });
    const { router } = renderApp('/plans/1/edit');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('标题'), '（改）');
    await user.click(screen.getByText(/取\s*消/, { selector: 'button span' }));
    expect(
      await screen.findByText('离开此页？', { selector: '.ant-modal-confirm-title' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/plans/1/edit');
  });
});
