import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { programmes } from '../../../test/creationFixtures';
import { fuping, weinan, weinanTree } from '../../../test/fixtures';
import { json, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

// echarts draws on a real canvas/SVG layout that jsdom lacks: the chart gets its data as a list
vi.mock('./CountyChart', () => ({
  default: ({ programmes: ps }: { programmes: { id: number; countyOrgName: string }[] }) => (
    <ul data-testid="county-chart">
      {ps.map((p) => (
        <li key={p.id}>{p.countyOrgName}</li>
      ))}
    </ul>
  ),
}));

const lastListQuery = (calls: Request[]) =>
  new URL(
    calls.filter((c) => new URL(c.url).pathname === '/api/v1/creation-programmes').at(-1)!.url,
  ).searchParams;

describe('CreationProgrammesPage', () => {
  it('shows the city each county’s verdict, passing-school ratio and weakest indicator', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/creation-programmes': () => json(programmes),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
    });
    renderApp('/creation');
    const table = await screen.findByTestId('programme-table');
    await within(table).findByText('华州区');
    const row = (county: string) => within(table).getByText(county).closest('tr')!;

    expect(row('富平县')).toHaveTextContent('义务教育优质均衡');
    expect(row('富平县')).toHaveTextContent('达标');
    expect(row('富平县')).toHaveTextContent('7/7 所');
    expect(row('富平县')).toHaveTextContent('差异系数 0.446');
    expect(row('华州区')).toHaveTextContent('学前教育普及普惠');
    expect(row('华州区')).toHaveTextContent('未达标');
    expect(row('华州区')).toHaveTextContent('22.2%');
    expect(row('华州区')).toHaveTextContent('2/9 所');
    expect(row('华州区')).toHaveTextContent('公办园在园幼儿占比');
    expect(row('华州区')).toHaveTextContent('42.6%（标准 50%）');
    expect(within(row('华州区')).getByText('华州区')).toHaveAttribute('href', '/creation/2');

    const chart = await screen.findByTestId('county-chart');
    expect(within(chart).getAllByRole('listitem')).toHaveLength(4);
    // the menu has the entry for a city office
    expect(screen.getAllByText('两个创建').length).toBeGreaterThan(0);
  });

  it('filters by kind', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(fuping),
      'GET /api/v1/creation-programmes': () => json(programmes),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
    });
    renderApp('/creation');
    await screen.findByTestId('programme-table');
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('创建类型'));
    await user.click(
      await screen.findByText('学前教育普及普惠', { selector: '.ant-select-item-option-content' }),
    );
    await user.click(screen.getByText(/查\s*询/, { selector: 'button span' }));
    await waitFor(() => expect(lastListQuery(calls).get('kind')).toBe('INCLUSIVE_PRESCHOOL'));
  });
});
