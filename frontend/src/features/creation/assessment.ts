import type {
  CreationAssessment,
  CreationIndicatorResult,
  CreationSchoolResult,
  CreationShortfall,
  CreationWorstIndicator,
} from '../../api/types';

/** Units of the indicators by code, from the county results (the schools' values share them). */
export function unitsByCode(indicators: readonly CreationIndicatorResult[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const i of indicators) if (!m.has(i.code)) m.set(i.code, i.unit);
  return m;
}

/** Indicator codes in the order the schools' checks list them. */
export function schoolIndicatorCodes(schools: readonly CreationSchoolResult[]): string[] {
  const codes: string[] = [];
  for (const s of schools)
    for (const c of s.checks) if (!codes.includes(c.code)) codes.push(c.code);
  return codes;
}

export type GapRow = CreationShortfall & {
  key: string;
  who: string;
  stage: CreationSchoolResult['stage'];
};

/** Every shortfall: the schools' own and the county indicators', each in its unit. */
export function gapRows(assessment: CreationAssessment, countyLabel: string): GapRow[] {
  const rows: GapRow[] = [];
  for (const i of assessment.indicators)
    if (i.shortfall)
      rows.push({
        ...i.shortfall,
        key: `county-${i.stage}-${i.code}`,
        who: countyLabel,
        stage: i.stage,
      });
  for (const s of assessment.schools)
    for (const f of s.shortfalls)
      rows.push({
        ...f,
        key: `${s.schoolCode}-${s.stage}-${f.code}`,
        who: s.schoolName,
        stage: s.stage,
      });
  return rows;
}

/** The summary has no unit; rates of 普及普惠 are per cent, the teacher:child ratio is a number. */
export function worstUnit(worst: CreationWorstIndicator): string {
  return /RATE|SHARE|COVERAGE|PERCENT/.test(worst.code) ? '%' : '';
}
