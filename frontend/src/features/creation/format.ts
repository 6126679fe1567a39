/**
 * Number and unit formatting for the creation programmes: Chinese grouping (1,240), the unit after
 * a space (1,240 ㎡, 3 人, 2,000 元) except for per cent, which sticks to the number (62.5%).
 * Pure functions of their arguments, so they are easy to test; the locale defaults to zh-CN.
 */

export type NumberLocale = 'zh-CN' | 'en';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: NumberLocale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

/** Missing values show as a dash. */
export const EMPTY = '—';

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A number with grouping. `precision` fixes the decimals (the standard's precision); without it
 * up to `maxDecimals` are shown and trailing zeros dropped.
 */
export function formatNumber(
  value: number | null | undefined,
  opts: { precision?: number; maxDecimals?: number; locale?: NumberLocale } = {},
): string {
  if (!isNumber(value)) return EMPTY;
  const locale = opts.locale ?? 'zh-CN';
  if (opts.precision !== undefined) {
    const p = Math.max(0, Math.min(20, opts.precision));
    return formatter(locale, p, p).format(value);
  }
  return formatter(locale, 0, Math.max(0, Math.min(20, opts.maxDecimals ?? 2))).format(value);
}

/** Units written straight after the number, without a space. */
const TIGHT_UNITS = new Set(['%', '‰']);

/** A number with its unit: "1,240 ㎡", "3 人", "85%". An empty unit gives the bare number. */
export function formatQuantity(
  value: number | null | undefined,
  unit: string | null | undefined,
  opts: { precision?: number; maxDecimals?: number; locale?: NumberLocale } = {},
): string {
  const n = formatNumber(value, opts);
  if (n === EMPTY || !unit) return n;
  return TIGHT_UNITS.has(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

/** A 0..1 ratio as a per cent: 0.625 → "62.5%". */
export function formatRatio(
  ratio: number | null | undefined,
  opts: { maxDecimals?: number; locale?: NumberLocale } = {},
): string {
  if (!isNumber(ratio)) return EMPTY;
  return formatQuantity(ratio * 100, '%', { maxDecimals: opts.maxDecimals ?? 1, ...opts });
}

/** A coefficient of variation, always with its three decimals: 0.5 → "0.500". */
export function formatCv(cv: number | null | undefined, locale: NumberLocale = 'zh-CN'): string {
  return formatNumber(cv, { precision: 3, locale });
}

/**
 * Reads a number typed by a person: accepts grouping commas (also full-width ，), full-width
 * digits and surrounding spaces. Answers undefined for an empty cell and NaN for anything else.
 */
export function parseNumber(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined) return undefined;
  const normalised = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[,，\s]/g, '');
  if (normalised === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export type Comparison = 'AT_LEAST' | 'AT_MOST' | 'BELOW';

const SYMBOLS: Record<Comparison, string> = { AT_LEAST: '≥', AT_MOST: '≤', BELOW: '<' };

export function comparisonSymbol(comparison: Comparison): string {
  return SYMBOLS[comparison];
}

/** A rule as the standard states it: "≥ 10%", "≤ 45 人", "< 0.15". */
export function ruleText(
  comparison: Comparison,
  threshold: number | null | undefined,
  unit: string | null | undefined,
  locale: NumberLocale = 'zh-CN',
): string {
  return `${SYMBOLS[comparison]} ${formatQuantity(threshold, unit, { maxDecimals: 3, locale })}`;
}
