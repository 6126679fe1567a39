/**
 * Pure shaping of the statistics for the dashboard's cards and charts, so it is easy to test.
 */
import type { KeyCount, MonthlyCount, OrgStats } from '../../api/types';

/** Case statuses after which a case is no longer being handled. */
export const CASE_DONE_STATUSES: readonly string[] = ['CLOSED', 'DISMISSED', 'REVOKED'];

/** Cases still being handled (every status but closed, dismissed and revoked). */
export function casesInProgress(cases: readonly KeyCount[] | undefined): number {
  return (cases ?? [])
    .filter((c) => !CASE_DONE_STATUSES.includes(c.key))
    .reduce((sum, c) => sum + c.count, 0);
}

/** A 0..1 rate as a per cent with one decimal (0.6667 → 66.7), for the chart's axis. */
export function toPercent(rate: number | null | undefined): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return 0;
  return Math.round(rate * 1000) / 10;
}

export type CompletionModel = {
  ids: number[];
  names: string[];
  /** Per cent; null (no bar, not a misleading 0%) for an organisation without tasks. */
  rates: (number | null)[];
  totals: number[];
};

/** Completion rate per child organisation, in per cent. */
export function completionModel(children: readonly OrgStats[]): CompletionModel {
  return {
    ids: children.map((c) => c.orgId),
    names: children.map((c) => c.orgName),
    rates: children.map((c) => (c.tasks.total > 0 ? toPercent(c.tasks.completionRate) : null)),
    totals: children.map((c) => c.tasks.total),
  };
}

export type FindingsModel = {
  ids: number[];
  names: string[];
  /** Not verified and not past due yet. */
  open: number[];
  overdue: number[];
  verified: number[];
};

/**
 * Findings by state per child organisation. The API's `open` counts every unverified finding,
 * overdue included: the stack shows open-not-overdue, overdue and verified so the bar adds up.
 */
export function findingsModel(children: readonly OrgStats[]): FindingsModel {
  return {
    ids: children.map((c) => c.orgId),
    names: children.map((c) => c.orgName),
    open: children.map((c) => Math.max(0, c.findings.open - c.findings.overdue)),
    overdue: children.map((c) => c.findings.overdue),
    verified: children.map((c) => c.findings.verified),
  };
}

/** Month number (1..12) of a "2023-03" key. */
export function monthNumber(month: string): number {
  const n = Number(month.slice(5, 7));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export type TrendModel = { months: number[]; created: number[]; completed: number[] };

export function trendModel(trend: readonly MonthlyCount[]): TrendModel {
  const sorted = [...trend].sort((a, b) => a.month.localeCompare(b.month));
  return {
    months: sorted.map((m) => monthNumber(m.month)),
    created: sorted.map((m) => m.created),
    completed: sorted.map((m) => m.completed),
  };
}

/** Grades in their natural order (A before B, 优秀 before 良好 is left to the server's order). */
export function sortedGrades(grades: readonly KeyCount[]): KeyCount[] {
  return [...grades].sort((a, b) => a.key.localeCompare(b.key, 'zh-CN'));
}

/** How many organisations a per-child chart draws; the rest are behind "查看全部". */
export const TOP_N = 12;

/**
 * Children for the completion chart, those needing attention first: the lowest completion rate
 * (ties: more tasks first), children without tasks last.
 */
export function rankByCompletion(children: readonly OrgStats[]): OrgStats[] {
  return [...children].sort(
    (a, b) =>
      Number(a.tasks.total === 0) - Number(b.tasks.total === 0) ||
      a.tasks.completionRate - b.tasks.completionRate ||
      b.tasks.total - a.tasks.total,
  );
}

/** Children for the findings chart: the most overdue findings first, then the most open ones. */
export function rankByFindings(children: readonly OrgStats[]): OrgStats[] {
  return [...children].sort(
    (a, b) => b.findings.overdue - a.findings.overdue || b.findings.open - a.findings.open,
  );
}

/** The first `n` of a ranking, and how many are left out. */
export function topN<T>(ranked: readonly T[], n = TOP_N): { shown: T[]; hidden: number } {
  return { shown: ranked.slice(0, n), hidden: Math.max(0, ranked.length - n) };
}
