import type {
  GradeBand,
  Indicator,
  IndicatorKind,
  IndicatorSystem,
  SaveScore,
  ThresholdOperator,
} from '../../api/types';
import { roundHalfUp } from '../../lib/decimal';

/** What the score form holds for one leaf indicator. */
export type ScoreValue = { score?: number | null; passed?: boolean | null; remark?: string };

export type Leaf = Indicator & { depth: number };

/** Every node in tree order with its depth (1 = top level). */
export function flattenIndicators(nodes: readonly Indicator[] | undefined, depth = 1): Leaf[] {
  return (nodes ?? []).flatMap((n) => [
    { ...n, depth },
    ...flattenIndicators(n.children, depth + 1),
  ]);
}

export function leavesOf(nodes: readonly Indicator[] | undefined): Leaf[] {
  return flattenIndicators(nodes).filter((n) => !n.children?.length);
}

export function passesThreshold(
  value: number,
  operator: ThresholdOperator,
  threshold: number,
  precision?: number,
): boolean {
  // the server rounds the measured value half-up to the indicator's precision before comparing
  const v = precision === undefined ? value : roundHalfUp(value, precision);
  switch (operator) {
    case 'GE':
      return v >= threshold;
    case 'GT':
      return v > threshold;
    case 'LE':
      return v <= threshold;
    case 'LT':
      return v < threshold;
    case 'EQ':
      return v === threshold;
  }
}

/** Whether a leaf counts as scored, and (THRESHOLD) whether it passes. */
function judge(kind: IndicatorKind, leaf: Indicator, value: ScoreValue | undefined) {
  if (!value) return { scored: false as const };
  if (kind === 'SCORED') {
    return typeof value.score === 'number' ? { scored: true as const } : { scored: false as const };
  }
  if (leaf.operator && leaf.threshold !== undefined) {
    if (typeof value.score !== 'number') return { scored: false as const };
    return {
      scored: true as const,
      passed: passesThreshold(value.score, leaf.operator, leaf.threshold, leaf.precision),
    };
  }
  return typeof value.passed === 'boolean'
    ? { scored: true as const, passed: value.passed }
    : { scored: false as const };
}

/** The grade whose band the total falls in (bands by their lowest score). */
export function gradeFor(bands: readonly GradeBand[], total: number): string | undefined {
  return [...bands].sort((a, b) => b.minScore - a.minScore).find((b) => total >= b.minScore)?.grade;
}

export const PASS = '达标';
export const FAIL = '未达标';

export type ScorePreview = {
  total?: number;
  maxTotal?: number;
  grade?: string;
  passed: number;
  failed: number;
  unscored: string[];
  /** THRESHOLD: per leaf, whether a measured value passes. */
  outcomes: Record<string, boolean | undefined>;
  /** SCORED: leaves scored above their maximum or below 0 (the server refuses those). */
  invalid: string[];
};

/**
 * The client-side preview of a report's result, computed the way the server does (Scoring.java):
 * SCORED sums the leaves and grades the total once every leaf is scored; THRESHOLD passes when
 * every item passes. The server's figures are the authority once saved.
 */
export function previewScores(
  system: {
    kind: IndicatorKind;
    indicators: readonly Indicator[];
    gradeBands: readonly GradeBand[];
  },
  values: Record<string, ScoreValue | undefined>,
): ScorePreview {
  const leaves = leavesOf(system.indicators);
  const unscored: string[] = [];
  const invalid: string[] = [];
  const outcomes: Record<string, boolean | undefined> = {};
  let total = 0;
  let maxTotal = 0;
  let passed = 0;
  let failed = 0;
  for (const leaf of leaves) {
    const value = values[leaf.code];
    const result = judge(system.kind, leaf, value);
    maxTotal += leaf.maxScore ?? 0;
    if (!result.scored) {
      unscored.push(leaf.code);
      continue;
    }
    if (system.kind === 'SCORED') {
      const score = value?.score ?? 0;
      if (score < 0 || (leaf.maxScore !== undefined && score > leaf.maxScore)) {
        invalid.push(leaf.code);
      }
      total += score;
    } else {
      outcomes[leaf.code] = result.passed;
      if (result.passed) passed += 1;
      else failed += 1;
    }
  }
  const complete = unscored.length === 0 && invalid.length === 0;
  if (system.kind === 'SCORED') {
    // scores have at most 2 decimals: the exact decimal sum, without the floats' noise
    const rounded = roundHalfUp(total, 2);
    return {
      total: rounded,
      maxTotal: roundHalfUp(maxTotal, 2),
      grade: complete ? gradeFor(system.gradeBands, rounded) : undefined,
      passed,
      failed,
      unscored,
      outcomes,
      invalid,
    };
  }
  return {
    grade: complete ? (failed === 0 ? PASS : FAIL) : undefined,
    passed,
    failed,
    unscored,
    outcomes,
    invalid,
  };
}

/** The scores to send: a value for each leaf that has one, shaped by the system's kind. */
export function toSaveScores(
  system: IndicatorSystem,
  values: Record<string, ScoreValue | undefined>,
): SaveScore[] {
  return leavesOf(system.indicators).flatMap((leaf): SaveScore[] => {
    const v = values[leaf.code];
    const remark = v?.remark?.trim() || undefined;
    if (system.kind === 'SCORED' || (leaf.operator && leaf.threshold !== undefined)) {
      return typeof v?.score === 'number'
        ? [{ indicatorCode: leaf.code, score: v.score, remark }]
        : [];
    }
    return typeof v?.passed === 'boolean'
      ? [{ indicatorCode: leaf.code, passed: v.passed, remark }]
      : [];
  });
}
