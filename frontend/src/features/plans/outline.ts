import type { PlanItem } from '../../api/types';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (enough for plan outlines). */
export function chineseNumeral(n: number): string {
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * The number in front of an item, as Chinese official documents write it: 一、 for items,
 * （一） for sub-items, 1. below that; in English 1. / 1.1 / 1.1.1.
 */
export function itemNumber(path: readonly number[], lang: string): string {
  if (lang === 'en') return path.length === 1 ? `${path[0]}.` : path.join('.');
  const seq = path[path.length - 1];
  if (path.length === 1) return `${chineseNumeral(seq)}、`;
  if (path.length === 2) return `（${chineseNumeral(seq)}）`;
  return `${seq}.`;
}

export type FlatItem = { id: number; path: number[]; heading: string };

/** Items and sub-items in reading order, each with its numbering path. */
export function flattenItems(items: readonly PlanItem[] | undefined, parent: number[] = []) {
  const out: FlatItem[] = [];
  (items ?? []).forEach((item, index) => {
    const path = [...parent, item.seq ?? index + 1];
    out.push({ id: item.id, path, heading: item.heading });
    out.push(...flattenItems(item.subItems, path));
  });
  return out;
}

/**
 * An item's own text for the outline: the import keeps the whole paragraph as the item's content
 * (the document as written) and the bold runs as sub-items, so under the sub-items the outline
 * shows only the lead-in before the first of them instead of repeating their text.
 */
export function leadText(item: Pick<PlanItem, 'content' | 'subItems'>): string | undefined {
  const content = item.content ?? undefined;
  const first = item.subItems[0];
  if (!content || !first) return content;
  const marker = first.content?.slice(0, 20) || first.heading;
  const at = marker ? content.indexOf(marker) : -1;
  return at < 0 ? content : content.slice(0, at).trimEnd() || undefined;
}
