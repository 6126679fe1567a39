import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OrgStats, StatsOverview } from '../../../api/types';
import { renderWithProviders } from '../../../test/render';
import DashboardCharts from './DashboardCharts';

type Axis = { type: string; data?: string[] };

// echarts needs a real SVG layout: the mock shows each chart's organisations (its category axis)
vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option }: { option: { xAxis?: Axis; yAxis?: Axis } }) => {
    const axis = option.xAxis?.type === 'category' ? option.xAxis : option.yAxis;
    return (
      <ol data-testid="categories">
        {(axis?.data ?? []).map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ol>
    );
  },
}));

const school = (i: number) =>
  ({
    orgId: 1000 + i,
    orgName: `城关第${i}小学`,
    tasks: { total: 10, completed: i % 10, overdue: 0, completionRate: (i % 10) / 10 },
    findings: { open: i % 7, overdue: i % 3, verified: 1 },
    grades: [],
    cases: [],
  }) satisfies OrgStats;

const overview = (n: number) =>
  ({
    organization: { id: 20, code: 'PC', name: '蒲城县', type: 'COUNTY' },
    year: 2026,
    children: Array.from({ length: n }, (_, i) => school(i + 1)),
    totals: { total: 10 * n, completed: 0, overdue: 0, completionRate: 0 },
    findingTotals: { open: 0, overdue: 0, verified: 0 },
    gradeTotals: [],
    caseTotals: [],
  }) satisfies StatsOverview;

describe('dashboard charts with many organisations', () => {
  it('draws the 12 needing attention most and offers the full list, one row each', async () => {
    renderWithProviders(<DashboardCharts overview={overview(240)} trend={[]} onDrill={() => {}} />);
    const completion = within(screen.getByTestId('chart-completion'));
    expect(completion.getAllByRole('listitem')).toHaveLength(12);
    // the lowest completion rates first
    expect(completion.getAllByRole('listitem')[0]).toHaveTextContent('城关第10小学');
    expect(within(screen.getByTestId('chart-findings')).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.getByText('完成率最低的 12 个')).toBeInTheDocument();

    await userEvent.setup().click(screen.getAllByText('查看全部 240 个')[0]);
    const all = await screen.findByTestId('chart-all');
    expect(within(all).getAllByRole('listitem')).toHaveLength(240);
    expect(screen.getByText('各机构任务完成率（全部 240 个）')).toBeInTheDocument();
  });

  it('draws everyone when there are few, without a full-list button', () => {
    renderWithProviders(<DashboardCharts overview={overview(5)} trend={[]} onDrill={() => {}} />);
    expect(within(screen.getByTestId('chart-completion')).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByText(/查看全部/)).toBeNull();
  });
});
