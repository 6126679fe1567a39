import { describe, expect, it } from 'vitest';
import type { OrgStats } from '../../api/types';
import {
  TOP_N,
  casesInProgress,
  completionModel,
  findingsModel,
  rankByCompletion,
  rankByFindings,
  toPercent,
  topN,
  trendModel,
} from './model';

const child = (orgId: number, orgName: string, open: number, overdue: number): OrgStats => ({
  orgId,
  orgName,
  tasks: { total: 4, completed: 1, overdue: 1, completionRate: 0.333 },
  findings: { open, overdue, verified: 2 },
  grades: [],
  cases: [],
});

describe('dashboard model', () => {
  it('counts cases still being handled', () => {
    expect(
      casesInProgress([
        { key: 'OPEN', count: 2 },
        { key: 'DECIDED', count: 1 },
        { key: 'CLOSED', count: 5 },
        { key: 'DISMISSED', count: 1 },
      ]),
    ).toBe(3);
    expect(casesInProgress(undefined)).toBe(0);
  });

  it('turns rates into per cent with one decimal', () => {
    expect(toPercent(0.333)).toBe(33.3);
    expect(toPercent(1)).toBe(100);
    expect(toPercent(undefined)).toBe(0);
    expect(completionModel([child(5, '蒲城县', 1, 0)]).rates).toEqual([33.3]);
    const none = {
      ...child(6, '富平县', 0, 0),
      tasks: { total: 0, completed: 0, overdue: 0, completionRate: 0 },
    };
    expect(completionModel([none]).rates).toEqual([null]);
  });

  it('splits open findings into not-overdue and overdue so the stack adds up', () => {
    const m = findingsModel([child(5, '蒲城县', 3, 1), child(6, '富平县', 1, 2)]);
    expect(m.open).toEqual([2, 0]);
    expect(m.overdue).toEqual([1, 2]);
    expect(m.verified).toEqual([2, 2]);
  });

  it('orders the trend by month', () => {
    const m = trendModel([
      { month: '2023-02', created: 1, completed: 0 },
      { month: '2023-01', created: 3, completed: 2 },
    ]);
    expect(m.months).toEqual([1, 2]);
    expect(m.created).toEqual([3, 1]);
  });
});

describe('charts with many organisations', () => {
  const county = (orgId: number, total: number, rate: number, open: number, overdue: number) => ({
    ...child(orgId, `县${orgId}`, open, overdue),
    tasks: { total, completed: Math.round(total * rate), overdue: 0, completionRate: rate },
  });

  it('ranks the completion chart lowest rate first and organisations without tasks last', () => {
    const ranked = rankByCompletion([
      county(1, 0, 0, 0, 0),
      county(2, 10, 0.9, 0, 0),
      county(3, 4, 0.25, 0, 0),
      county(4, 8, 0.25, 0, 0),
    ]);
    expect(ranked.map((c) => c.orgId)).toEqual([4, 3, 2, 1]);
  });

  it('ranks the findings chart by overdue, then open findings', () => {
    const ranked = rankByFindings([
      county(1, 1, 1, 5, 0),
      county(2, 1, 1, 1, 3),
      county(3, 1, 1, 9, 3),
    ]);
    expect(ranked.map((c) => c.orgId)).toEqual([3, 2, 1]);
  });

  it('draws the top N of hundreds and counts the rest', () => {
    const many = Array.from({ length: 300 }, (_, i) => county(i + 1, 10, i / 300, 0, 0));
    const { shown, hidden } = topN(rankByCompletion(many));
    expect(shown).toHaveLength(TOP_N);
    expect(hidden).toBe(300 - TOP_N);
    expect(shown[0]?.orgId).toBe(1);
    expect(topN([1, 2, 3])).toEqual({ shown: [1, 2, 3], hidden: 0 });
  });
});
