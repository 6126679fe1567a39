import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { finding } from '../../../test/inspectionFixtures';
import { page, task, weinan, weinanTree } from '../../../test/fixtures';
import { json, problem, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

// echarts draws on a real SVG layout that jsdom lacks: the charts get their data as a list whose
// items drill down like the bars do
vi.mock('./DashboardCharts', () => ({
  default: ({
    overview,
    onDrill,
  }: {
    overview: { children: { orgId: number; orgName: string }[] };
    onDrill: (id: number) => void;
  }) => (
    <ul data-testid="dashboard-charts">
      {overview.children.map((c) => (
        <li key={c.orgId}>
          <button type="button" onClick={() => onDrill(c.orgId)}>
            bar {c.orgName}
          </button>
        </li>
      ))}
    </ul>
  ),
}));

const child = (
  orgId: number,
  orgName: string,
  tasks: [number, number, number, number],
  findings: [number, number, number],
) => ({
  orgId,
  orgName,
  tasks: {
    total: tasks[0],
    completed: tasks[1],
    overdue: tasks[2],
    completionRate: tasks[3],
  },
  findings: { open: findings[0], overdue: findings[1], verified: findings[2] },
  grades: [],
  cases: [{ key: 'INVESTIGATING', count: 1 }],
});

const cityOverview = {
  organization: { id: 2, code: '610500', name: '渭南市', type: 'CITY' },
  year: 2026,
  children: [
    child(11, '富平县', [4, 3, 0, 0.75], [2, 0, 5]),
    child(20, '蒲城县', [6, 2, 2, 0.333], [4, 1, 1]),
  ],
  totals: { total: 1240, completed: 5, overdue: 2, completionRate: 0.5 },
  findingTotals: { open: 6, overdue: 1, verified: 6 },
  gradeTotals: [{ key: 'A', count: 2 }],
  caseTotals: [
    { key: 'INVESTIGATING', count: 2 },
    { key: 'CLOSED', count: 4 },
  ],
};

const countyOverview = {
  ...cityOverview,
  organization: { id: 20, code: '610526', name: '蒲城县', type: 'COUNTY' },
  children: [],
};

const trend = Array.from({ length: 12 }, (_, i) => ({
  month: `2026-${String(i + 1).padStart(2, '0')}`,
  created: i,
  completed: 0,
}));

function routes(casesHandler: () => Response) {
  return {
    'GET /api/v1/me': () => json(weinan),
    'GET /api/v1/organizations/tree': () => json(weinanTree),
    'GET /api/v1/stats/overview': (req: Request) =>
      json(new URL(req.url).searchParams.get('orgId') === '20' ? countyOverview : cityOverview),
    'GET /api/v1/stats/trend': () => json(trend),
    'GET /api/v1/tasks': () =>
      json(page([task({ id: 9, title: '学前教育普及普惠督导自评', light: 'RED' })])),
    'GET /api/v1/findings': () => json(page([finding()])),
    'GET /api/v1/accountability-cases': casesHandler,
    'GET /api/v1/inbox': () => json(page([])),
  };
}

const lastQuery = (calls: Request[], path: string) =>
  new URL(calls.filter((c) => new URL(c.url).pathname === path).at(-1)!.url).searchParams;

describe('DashboardPage', () => {
  it('pages the per-child table when a county has many schools', async () => {
    signIn();
    const many = {
      ...cityOverview,
      children: Array.from({ length: 25 }, (_, i) =>
        child(100 + i, `学校${i + 1}`, [4, 1, 0, 0.25], [0, 0, 0]),
      ),
    };
    stubFetch({ ...routes(() => json(page([]))), 'GET /api/v1/stats/overview': () => json(many) });
    renderApp('/dashboard');
    const table = await screen.findByTestId('children-table');
    await waitFor(() => expect(within(table).getAllByText(/^学校\d+$/)).toHaveLength(10));
    expect(screen.getByText('共 25 条')).toBeInTheDocument();
  });

  it('shows the totals, a row per county and the red-light lists', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(() =>
        json(
          page([
            {
              id: 3,
              caseNumber: '渭教督问〔2026〕3号',
              handlingOrgName: '渭南市',
              subjectOrgName: '蒲城县',
              status: 'INVESTIGATING',
              openedOn: '2026-05-01',
              light: 'RED',
            },
          ]),
        ),
      ),
    );
    renderApp('/dashboard');

    expect(await screen.findByTestId('dashboard-org')).toHaveTextContent('渭南市');
    expect(screen.getByTestId('card-tasks')).toHaveTextContent('1,240');
    expect(screen.getByTestId('card-completionRate')).toHaveTextContent('50%');
    expect(screen.getByTestId('card-overdue')).toHaveTextContent('2');
    expect(screen.getByTestId('card-findingsOpen')).toHaveTextContent('6');
    expect(screen.getByTestId('card-findingsOverdue')).toHaveTextContent('1');
    expect(screen.getByTestId('card-verified')).toHaveTextContent('6');
    // closed cases are not in progress
    expect(screen.getByTestId('card-casesInProgress')).toHaveTextContent('2');

    const table = screen.getByTestId('children-table');
    const row = (name: string) => within(table).getByText(name).closest('tr')!;
    expect(row('蒲城县')).toHaveTextContent('33.3%');
    expect(row('富平县')).toHaveTextContent('75%');

    expect(
      await within(screen.getByTestId('red-tasks')).findByText('学前教育普及普惠督导自评'),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByTestId('red-findings')).findByText('放学时段校门口护学岗不足'),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByTestId('red-cases')).findByText('渭教督问〔2026〕3号'),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('red-cases')).getByText('调查核实')).toBeInTheDocument();

    // the lists ask for red lights, tasks soonest due first; the overview for this year
    expect(lastQuery(calls, '/api/v1/tasks').get('light')).toBe('RED');
    expect(lastQuery(calls, '/api/v1/tasks').get('sort')).toBe('dueDate,asc');
    expect(lastQuery(calls, '/api/v1/findings').get('light')).toBe('RED');
    expect(lastQuery(calls, '/api/v1/accountability-cases').get('light')).toBe('RED');
    // the lists follow the year too: the year of the plan the work serves
    const year = String(new Date().getFullYear());
    expect(lastQuery(calls, '/api/v1/tasks').get('year')).toBe(year);
    expect(lastQuery(calls, '/api/v1/findings').get('year')).toBe(year);
    expect(lastQuery(calls, '/api/v1/accountability-cases').get('year')).toBe(year);
    expect(lastQuery(calls, '/api/v1/stats/overview').get('year')).toBe(
      String(new Date().getFullYear()),
    );
    expect(lastQuery(calls, '/api/v1/stats/overview').has('orgId')).toBe(false);
    // the menu has the entry
    expect(screen.getAllByText('驾驶舱').length).toBeGreaterThan(0);
  });

  it('drills into a county from a bar and from the table, and back', async () => {
    signIn();
    const { calls } = stubFetch(routes(() => json(page([]))));
    const { router } = renderApp('/dashboard');
    await screen.findByTestId('children-table');
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'bar 蒲城县' }));
    await waitFor(() => expect(lastQuery(calls, '/api/v1/stats/overview').get('orgId')).toBe('20'));
    expect(lastQuery(calls, '/api/v1/stats/trend').get('orgId')).toBe('20');
    // the red-light lists follow the drill-down
    await waitFor(() => expect(lastQuery(calls, '/api/v1/tasks').get('withinOrgId')).toBe('20'));
    expect(lastQuery(calls, '/api/v1/findings').get('withinOrgId')).toBe('20');
    expect(lastQuery(calls, '/api/v1/accountability-cases').get('withinOrgId')).toBe('20');
    expect(router.state.location.search).toContain('orgId=20');
    await waitFor(() => expect(screen.getByTestId('dashboard-org')).toHaveTextContent('蒲城县'));
    expect(screen.getByTestId('org-breadcrumb')).toHaveTextContent('渭南市');

    await user.click(screen.getByRole('button', { name: '返回本级' }));
    await waitFor(() => expect(screen.getByTestId('dashboard-org')).toHaveTextContent('渭南市'));
    expect(router.state.location.search).not.toContain('orgId');

    await user.click(screen.getByTestId('drill-11'));
    await waitFor(() => expect(lastQuery(calls, '/api/v1/stats/overview').get('orgId')).toBe('11'));
  });

  it('hides the case list when cases may not be read (403)', async () => {
    signIn();
    stubFetch(routes(() => problem(403, { code: 'FORBIDDEN', detail: '无权查看问责案件' })));
    renderApp('/dashboard');
    await within(await screen.findByTestId('red-tasks')).findByText('学前教育普及普惠督导自评');
    await within(screen.getByTestId('red-findings')).findByText('放学时段校门口护学岗不足');
    await waitFor(() => expect(screen.queryByTestId('red-cases')).not.toBeInTheDocument());
    expect(screen.queryByText('无权查看问责案件')).not.toBeInTheDocument();
  });

  it('puts a summary with a link to the dashboard on the home page', async () => {
    signIn();
    stubFetch(routes(() => json(page([]))));
    renderApp('/');
    const summary = await screen.findByTestId('dashboard-summary');
    await within(summary).findByText('1,240');
    expect(within(summary).getByRole('link', { name: /进入驾驶舱/ })).toHaveAttribute(
      'href',
      '/dashboard',
    );
  });
});
