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
      'GET /api/v1/plans/1/import-warnings': () => json([]),
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
        'GET /api/v1/plans/1/import-warnings': () => json([]),
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
      'GET /api/v1/plans/1/import-warnings': () => json([]),
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

  it('shows the open import warnings beside their fields and dismisses them one by one', async () => {
    signIn();
    const numberWarning = {
      id: 31,
      line: 2,
      field: 'DOCUMENT_NUMBER',
      message:
        '文号“渭政教督办〔20231”缺少“〕”（年份与序号连写）、缺少“号”，已按最可能的“渭政教督办〔2023〕1号”录入，请核对',
      sourceText: '渭政教督办〔20231',
    };
    const dateWarning = {
      id: 32,
      line: 15,
      field: 'FORWARDING',
      message: '转发通知：成文日期无法识别：“2023年公月23日”',
      sourceText: '2023年公月23日',
    };
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/plans/1': () => json(draft),
      'GET /api/v1/plans/1/import-warnings': () => json([numberWarning, dateWarning]),
      'POST /api/v1/plans/1/import-warnings/31/dismiss': () =>
        json({ ...numberWarning, dismissedAt: '2024-03-01T10:00:00+08:00', dismissedBy: 'weinan' }),
    });
    renderApp('/plans/1/edit');
    const user = userEvent.setup();

    const panel = await screen.findByTestId('open-import-warnings');
    expect(
      screen.getByText('导入时有 2 处需要核对：请对照原文检查相应内容，核对后逐条点“已核对”'),
    ).toBeInTheDocument();
    const rows = panel.querySelectorAll<HTMLElement>('[data-warning-id]');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('文号');
    expect(rows[0]).toHaveTextContent('第 2 行');
    expect(rows[0]).toHaveTextContent('渭政教督办〔20231');
    expect(rows[1]).toHaveTextContent('转发通知');
    // the document-number field carries its warning until it is dismissed
    const numberField = screen.getByLabelText('文号').closest('.ant-form-item')!;
    expect(numberField).toHaveTextContent('已按最可能的“渭政教督办〔2023〕1号”录入');

    await user.click(within(rows[0]).getByText('已核对', { selector: 'button span' }));

    await waitFor(() =>
      expect(
        calls.some((c) => c.method === 'POST' && c.url.endsWith('/import-warnings/31/dismiss')),
      ).toBe(true),
    );
    await waitFor(() => expect(panel.querySelectorAll('[data-warning-id]')).toHaveLength(1));
    expect(panel.querySelector('[data-warning-id="32"]')).not.toBeNull();
    expect(numberField).not.toHaveTextContent('已按最可能');
    expect(calls.some((c) => c.url.endsWith('/import-warnings/32/dismiss'))).toBe(false);
  });
});
