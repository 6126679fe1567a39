import { describe, expect, it } from 'vitest';
import type { OrgStats } from '../../api/types';
import { casesInProgress, completionModel, findingsModel, toPercent, trendModel } from './model';

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
