import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, pucheng, puchengTree, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const rollup = (id: number, name: string, schools: number, onTrack: number, overLimit = false) => ({
  id,
  name,
  schools,
  onTrack,
  share: schools ? onTrack / schools : 1,
  limit: overLimit ? 5 : undefined,
  overLimit,
});

const cells = (states: string[], visits: number[]) =>
  states.map((state, i) => ({ month: `2023-${9 + i}`, visits: visits[i], state }));

const coverage = {
  orgId: 20,
  year: 2023,
  semester: 'AUTUMN',
  today: '2023-11-15',
  months: ['2023-09', '2023-10', '2023-11'],
  schools: [
    {
      schoolId: 101,
      schoolName: '蒲城县城关第一小学',
      zoneName: '蒲城县第一责任区',
      countyId: 20,
      countyName: '蒲城县',
      leadName: '陈督学',
      cells: cells(['VISITED', 'VISITED', 'DUE'], [1, 1, 0]),
      visits: 2,
      requiredByNow: 2,
      onTrack: true,
    },
    {
      schoolId: 102,
      schoolName: '蒲城县尧山中学',
      zoneName: '蒲城县第一责任区',
      countyId: 20,
      countyName: '蒲城县',
      leadName: '陈督学',
      cells: cells(['VISITED', 'MISSED', 'DUE'], [1, 0, 0]),
      visits: 1,
      requiredByNow: 2,
      onTrack: false,
    },
  ],
  supervisors: [rollup(7, '陈督学', 2, 1, true)],
  zones: [rollup(30, '蒲城县第一责任区', 2, 1)],
  counties: [rollup(20, '蒲城县', 2, 1)],
  cities: [],
  total: rollup(20, '蒲城县', 2, 1),
};

describe('CoveragePage', () => {
  it("shows the caller's own organisation as a heat map with red months and the over-limit warning", async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/organizations/tree': () => json(puchengTree),
      'GET /api/v1/supervision/coverage': () => json(coverage),
    });
    renderApp('/supervision/coverage');
    expect(await screen.findByText('蒲城县尧山中学')).toBeInTheDocument();
    const missed = document.querySelectorAll('td[data-state="MISSED"]');
    expect(missed).toHaveLength(1);
    expect(missed[0].closest('tr')?.textContent).toContain('蒲城县尧山中学');
    expect(document.querySelectorAll('td[data-state="VISITED"]')).toHaveLength(3);
    expect(screen.getByText('1 / 2')).toBeInTheDocument();
    expect(screen.getByText('超出')).toBeInTheDocument();
    await waitFor(() => {
      const first = new URL(calls.find((c) => c.url.includes('/supervision/coverage'))!.url);
      expect(first.searchParams.get('orgId')).toBe('20');
    });
  });

  it('keeps the chosen organisation, year and semester in the URL', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/organizations/tree': () => json(puchengTree),
      'GET /api/v1/supervision/coverage': () => json(coverage),
    });
    renderApp('/supervision/coverage?orgId=30&year=2023&semester=AUTUMN');
    expect(await screen.findByText('蒲城县尧山中学')).toBeInTheDocument();
    await waitFor(() => {
      const asked = new URL(calls.find((c) => c.url.includes('/supervision/coverage'))!.url)
        .searchParams;
      expect(asked.get('orgId')).toBe('30');
      expect(asked.get('year')).toBe('2023');
      expect(asked.get('semester')).toBe('AUTUMN');
    });
  });
});
