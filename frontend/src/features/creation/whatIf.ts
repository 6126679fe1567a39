import type {
  CreationAssessment,
  CreationIndicatorResult,
  CreationSchoolResult,
  CreationSimulationChange,
  CreationSimulationCountyChange,
} from '../../api/types';
import type { NumericField } from './fields';

/** One line of the what-if editor: a school, a data item and the value to try. */
export type WhatIfLine = {
  key: string;
  schoolCode?: string;
  field?: NumericField;
  value?: number | null;
};

/** Complete lines grouped per school, as the simulate endpoint wants them; the last value wins. */
export function toSimulationChanges(lines: readonly WhatIfLine[]): CreationSimulationChange[] {
  const bySchool = new Map<string, CreationSimulationChange>();
  for (const l of lines) {
    if (!l.schoolCode || !l.field || l.value === undefined || l.value === null) continue;
    if (!Number.isFinite(l.value)) continue;
    const change = bySchool.get(l.schoolCode) ?? { schoolCode: l.schoolCode };
    change[l.field] = l.value;
    bySchool.set(l.schoolCode, change);
  }
  return [...bySchool.values()];
}

export type IndicatorChange = {
  key: string;
  stage: CreationIndicatorResult['stage'];
  name: string;
  measure: CreationIndicatorResult['measure'];
  unit: string;
  before?: CreationIndicatorResult;
  after: CreationIndicatorResult;
};

/** County indicators whose measure or result differs between the saved and the simulated run. */
export function changedIndicators(
  before: CreationAssessment | undefined,
  after: CreationAssessment,
): IndicatorChange[] {
  const saved = new Map((before?.indicators ?? []).map((i) => [`${i.stage}|${i.code}`, i]));
  return after.indicators.flatMap((a) => {
    const key = `${a.stage}|${a.code}`;
    const b = saved.get(key);
    const measure = (i: CreationIndicatorResult | undefined) =>
      i?.measure === 'CV' ? i.cv : i?.value;
    if (b && b.passed === a.passed && measure(b) === measure(a)) return [];
    return [
      { key, stage: a.stage, name: a.name, measure: a.measure, unit: a.unit, before: b, after: a },
    ];
  });
}

export type SchoolChange = {
  key: string;
  schoolCode: string;
  schoolName: string;
  stage: CreationSchoolResult['stage'];
  before?: CreationSchoolResult;
  after?: CreationSchoolResult;
};

/** The schools named in the changes, before and after (a NINE_YEAR school once per stage). */
export function changedSchools(
  codes: readonly string[],
  before: CreationAssessment | undefined,
  after: CreationAssessment,
): SchoolChange[] {
  const wanted = new Set(codes);
  const out = new Map<string, SchoolChange>();
  const add = (s: CreationSchoolResult, side: 'before' | 'after') => {
    if (!wanted.has(s.schoolCode)) return;
    const key = `${s.schoolCode}|${s.stage}`;
    const row = out.get(key) ?? {
      key,
      schoolCode: s.schoolCode,
      schoolName: s.schoolName,
      stage: s.stage,
    };
    row[side] = s;
    out.set(key, row);
  };
  for (const s of before?.schools ?? []) add(s, 'before');
  for (const s of after.schools) add(s, 'after');
  return [...out.values()];
}

/** A county number to try. */
export type CountyWhatIfLine = { key: string; input?: string; value?: number | null };

/** A judgement to try instead of the recorded one. */
export type JudgementWhatIf = { key: string; itemCode?: string; met?: boolean };

/**
 * The county part of a what-if: complete number lines (the last value per key wins), complete
 * judgement lines, and the vetoes to try when the person chose any (undefined keeps the recorded
 * ones). Undefined when nothing is to change.
 */
export function toCountyChange(
  inputs: readonly CountyWhatIfLine[],
  judgements: readonly JudgementWhatIf[],
  vetoes: readonly string[] | undefined,
): CreationSimulationCountyChange | undefined {
  const numbers: Record<string, number> = {};
  for (const l of inputs)
    if (l.input && typeof l.value === 'number' && Number.isFinite(l.value))
      numbers[l.input] = l.value;
  const judged = new Map<string, boolean>();
  for (const j of judgements) if (j.itemCode && j.met !== undefined) judged.set(j.itemCode, j.met);
  const change: CreationSimulationCountyChange = {};
  if (Object.keys(numbers).length > 0) change.inputs = numbers;
  if (judged.size > 0)
    change.judgements = [...judged].map(([itemCode, met]) => ({ itemCode, met }));
  if (vetoes !== undefined) change.vetoes = [...vetoes];
  return Object.keys(change).length > 0 ? change : undefined;
}
