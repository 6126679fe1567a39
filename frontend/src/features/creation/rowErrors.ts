import type { CreationProgramme } from '../../api/types';
import type { FieldError } from '../../lib/api/problem';

/** One server error placed on the grid: its row (0-based) and column, or neither. */
export type PlacedError = {
  /** 0-based data row, when the field names one */
  row?: number;
  /** the column: a field name (`sportsAreaM2`) or, from an import, the Chinese header */
  column?: string;
  message: string;
  field: string;
};

const ROW_FIELD = /^(?:.*\.)?rows\[(\d+)]\.(.+)$/;

/**
 * Reads `rows[3].sportsAreaM2` (a save) or `rows[3].体育运动场馆面积` (an import) into row 3 and
 * its column; anything else (`file`, `childPopulation3to5`) stays a general error.
 */
export function placeErrors(errors: readonly FieldError[]): PlacedError[] {
  return errors.map((e) => {
    const m = ROW_FIELD.exec(e.field);
    if (!m) return { message: e.message, field: e.field };
    return { row: Number(m[1]), column: m[2], message: e.message, field: e.field };
  });
}

/** Errors keyed "row|column" for the grid's cells. */
export function cellErrors(errors: readonly PlacedError[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) {
    if (e.row === undefined || e.column === undefined) continue;
    const key = cellKey(e.row, e.column);
    out.set(key, [...(out.get(key) ?? []), e.message]);
  }
  return out;
}

export function cellKey(row: number, column: string): string {
  return `${row}|${column}`;
}

/**
 * The years a programme's data may be kept for: from its first stage (or two years before the
 * target) to its target year, plus the latest filed year if outside. Newest first.
 */
export function programmeYears(
  p: Pick<CreationProgramme, 'stages' | 'targetYear' | 'latest'>,
): number[] {
  const stageYears = p.stages.map((s) => s.year);
  const known = [...stageYears, p.targetYear, ...(p.latest ? [p.latest.year] : [])];
  const first = Math.min(...(stageYears.length ? stageYears : [p.targetYear - 2]), ...known);
  const last = Math.max(...known);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

/** The year to open first: the latest filed one, else the current stage year, else the first. */
export function defaultYear(
  p: Pick<CreationProgramme, 'stages' | 'targetYear' | 'latest'>,
  today: Date = new Date(),
): number {
  if (p.latest) return p.latest.year;
  const years = programmeYears(p);
  const now = today.getFullYear();
  if (years.includes(now)) return now;
  return years[years.length - 1] ?? now;
}
