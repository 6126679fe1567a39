import dayjs from 'dayjs';
import { API_DATE } from '../format';

/**
 * Three-way merge of an editor's fields after the server refused a save as stale (409/412):
 * `base` is the version the user started from, `mine` what the editor holds now, `theirs` the
 * latest saved version. Fields only the user changed are re-applied on top of theirs; fields both
 * sides changed differently are conflicts for the user to decide.
 */
export type FieldValues = Record<string, unknown>;

export type FieldConflict = { field: string; mine: unknown; theirs: unknown };

export type MergeResult<V extends FieldValues> = {
  merged: V;
  /** Changed by both, differently: `merged` holds theirs until the user chooses. */
  conflicts: FieldConflict[];
  /** Changed only by the user: their value is in `merged`. */
  reapplied: string[];
};

/**
 * A value as the server would store it: dates as ISO days, strings trimmed, and empty strings,
 * null, undefined and empty objects all "empty" — so that touching a field without changing it is
 * no change.
 */
export function normalize(value: unknown): unknown {
  if (dayjs.isDayjs(value)) return value.isValid() ? value.format(API_DATE) : undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalize(v)] as const)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

export function mergeOnConflict<V extends FieldValues>(
  base: V,
  mine: V,
  theirs: V,
): MergeResult<V> {
  const merged: FieldValues = { ...theirs };
  const conflicts: FieldConflict[] = [];
  const reapplied: string[] = [];
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const field of fields) {
    if (sameValue(mine[field], base[field])) continue; // the user left it: theirs stands
    if (sameValue(theirs[field], base[field])) {
      merged[field] = mine[field];
      reapplied.push(field);
    } else if (!sameValue(mine[field], theirs[field])) {
      conflicts.push({ field, mine: mine[field], theirs: theirs[field] });
    }
  }
  return { merged: merged as V, conflicts, reapplied };
}

/** Settles the conflicts with the user's choices (true: keep mine). */
export function resolveConflicts<V extends FieldValues>(
  merged: V,
  conflicts: readonly FieldConflict[],
  keepMine: Record<string, boolean>,
): V {
  const out: FieldValues = { ...merged };
  for (const c of conflicts) out[c.field] = keepMine[c.field] === false ? c.theirs : c.mine;
  return out as V;
}

/** One value in words: text and numbers as they are, a list item by its heading or title. */
export function valueText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map(valueText).join('；');
  if (value && typeof value === 'object') {
    const { heading, title } = value as { heading?: unknown; title?: unknown };
    return heading !== undefined
      ? valueText(heading)
      : title !== undefined
        ? valueText(title)
        : JSON.stringify(value);
  }
  return '';
}
