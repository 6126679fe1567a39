/**
 * Decimal rounding as the server does it (Java's `BigDecimal.setScale(n, RoundingMode.HALF_UP)`):
 * on the digits of the number as written, not on its binary value. `(0.15).toFixed(1)` is "0.1"
 * because 0.15 is stored as 0.1499999…; the server, reading "0.15" from JSON, answers 0.2.
 */

/** The number as plain decimal digits: sign, integer part and fraction, never in e-notation. */
function plainDigits(value: number): { negative: boolean; int: string; frac: string } {
  const [mantissa = '0', exp = '0'] = Math.abs(value).toString().toLowerCase().split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  const shift = Number(exp);
  const digits = int + frac;
  // the decimal point moves `shift` places right of where it was (after `int`)
  const point = int.length + shift;
  const padded =
    point <= 0
      ? '0'.repeat(1 - point) + digits
      : point > digits.length
        ? digits + '0'.repeat(point - digits.length)
        : digits;
  const at = Math.max(point, 1);
  return { negative: value < 0, int: padded.slice(0, at), frac: padded.slice(at) };
}

/** Adds one to a string of decimal digits ("0999" → "1000"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/** Rounds half up (away from zero on a 5) to `decimals` places: 0.15 → 0.2, -2.5 → -3 at 0. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.max(0, Math.trunc(decimals));
  const { negative, int, frac } = plainDigits(value);
  if (frac.length <= places) return value;
  const kept = int + frac.slice(0, places);
  const rounded = (frac[places] ?? '0') >= '5' ? increment(kept) : kept;
  const intLength = rounded.length - places;
  const text =
    places === 0 ? rounded : `${rounded.slice(0, intLength)}.${rounded.slice(intLength)}`;
  const result = Number(text);
  return negative && result !== 0 ? -result : result;
}
