import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../api/types';
import { json, problem, pucheng, stubFetch } from '../../../test/http';
import { page } from '../../../test/fixtures';
import { renderApp, signIn } from '../../../test/render';

const found: SearchResponse = {
  q: '渭教督发[2023]3号',
  groups: [
    {
      kind: 'PLAN',
      total: 1,
      items: [
        {
          id: 7,
          title: '关于开展春季开学专项督导的通知',
          link: '/plans/7',
          snippet: [
            { text: '关于开展春季开学专项督导的通知 ', match: false },
            { text: '渭教督发〔2023〕3号', match: true },
          ],
        },
      ],
    },
    {
      kind: 'FINDING',
      total: 12,
      items: [
        {
          id: 31,
          title: '书面作业总量超标',
          link: '/findings/31',
          snippet: [
            { text: '书面作业总量超标，', match: false },
            { text: '双减', match: true },
            { text: '落实不到位', match: false },
          ],
        },
        {
          id: 32,
          title: '课后服务未全覆盖',
          link: '/findings/32',
          snippet: [{ text: '课后服务未全覆盖', match: false }],
        },
      ],
    },
  ],
};

function shell(routes: Parameters<typeof stubFetch>[0]) {
  signIn();
  return stubFetch({
    'GET /api/v1/me': () => json(pucheng),
    'GET /api/v1/tasks': () => json(page([])),
    ...routes,
  });
}

describe('search', () => {
  it('sends the words from the header box and shows the results grouped by kind, matches highlighted', async () => {
    const { calls } = shell({ 'GET /api/v1/search': () => json(found) });
    const { router } = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: '全局搜索' });
    await userEvent.type(box, '渭教督发[[2023]3号{Enter}'); // [[ types one [
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('渭教督发[2023]3号');

    const plans = await screen.findByTestId('search-group-PLAN');
    expect(within(plans).getByText('工作要点')).toBeInTheDocument();
    expect(
      within(plans).getByRole('link', { name: '关于开展春季开学专项督导的通知' }),
    ).toHaveAttribute('href', '/plans/7');
    expect(within(plans).getByText('渭教督发〔2023〕3号').tagName).toBe('MARK');
    const findings = screen.getByTestId('search-group-FINDING');
    expect(within(findings).getByText('督导问题')).toBeInTheDocument();
    expect(within(findings).getByText('共 12 条')).toBeInTheDocument();
    expect(within(findings).getByText('双减').tagName).toBe('MARK');
    expect(within(findings).getByText('落实不到位').tagName).not.toBe('MARK');
    // more of one kind: the same words, that kind only, 50 of them
    expect(within(findings).getByRole('link', { name: '查看全部' })).toHaveAttribute(
      'href',
      '/search?q=%E6%B8%AD%E6%95%99%E7%9D%A3%E5%8F%91%5B2023%5D3%E5%8F%B7&kinds=FINDING',
    );
    const request = new URL(calls.find((c) => c.url.includes('/api/v1/search'))!.url);
    expect(request.searchParams.get('q')).toBe('渭教督发[2023]3号');
    expect(request.searchParams.get('kinds')).toBeNull();
  });

  it('asks for one kind with more items and moves between results with the arrow keys', async () => {
    const { calls } = shell({
      'GET /api/v1/search': () => json({ ...found, groups: [found.groups[1]] }),
    });
    renderApp('/search?q=双减&kinds=FINDING');
    const first = await screen.findByRole('link', { name: '书面作业总量超标' });
    const request = new URL(calls.find((c) => c.url.includes('/api/v1/search'))!.url);
    expect(request.searchParams.get('kinds')).toBe('FINDING');
    expect(request.searchParams.get('size')).toBe('50');
    expect(screen.getByText('仅显示：督导问题')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '查看全部' })).not.toBeInTheDocument();

    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: '课后服务未全覆盖' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: '课后服务未全覆盖' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
  });

  it('says when nothing is found, shows the server’s refusal and asks nothing without words', async () => {
    const { calls } = shell({
      'GET /api/v1/search': (req) =>
        new URL(req.url).searchParams.get('q') === '无此内容'
          ? json({ q: '无此内容', groups: [] })
          : problem(400, {
              code: 'VALIDATION_FAILED',
              detail: '请求参数不合法',
              errors: [{ field: 'q', message: '搜索词不能超过 10 个' }],
            }),
    });
    const { router } = renderApp('/search');
    expect(
      await screen.findByText('输入文号、学校名称或主题词（如“双减”）进行搜索'),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('/api/v1/search'))).toBe(false);

    await router.navigate('/search?q=无此内容');
    expect(await screen.findByText('没有找到与“无此内容”相关的内容')).toBeInTheDocument();

    await router.navigate('/search?q=一 二 三 四 五 六 七 八 九 十 十一');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('labels a kind this client does not know yet by its code', async () => {
    shell({
      'GET /api/v1/search': () =>
        json({
          q: '家访',
          groups: [
            {
              kind: 'VISIT',
              total: 1,
              items: [{ id: 5, title: '家访记录', link: '/visits/5', snippet: [] }],
            },
          ],
        }),
    });
    renderApp('/search?q=家访');
    const group = await screen.findByTestId('search-group-VISIT');
    expect(within(group).getByText('VISIT')).toBeInTheDocument();
  });
});
