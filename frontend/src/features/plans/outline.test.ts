import { describe, expect, it } from 'vitest';
import { chineseNumeral, flattenItems, itemNumber } from './outline';

describe('plan outline numbering', () => {
  it('writes Chinese numerals', () => {
    expect([1, 7, 10, 11, 20, 23].map(chineseNumeral)).toEqual([
      '一',
      '七',
      '十',
      '十一',
      '二十',
      '二十三',
    ]);
  });
  it('numbers items like an official document', () => {
    expect(itemNumber([2], 'zh-CN')).toBe('二、');
    expect(itemNumber([2, 1], 'zh-CN')).toBe('（一）');
    expect(itemNumber([2, 1, 3], 'zh-CN')).toBe('3.');
    expect(itemNumber([2, 1], 'en')).toBe('2.1');
  });
  it('flattens sub-items in reading order', () => {
    const flat = flattenItems([
      {
        id: 1,
        seq: 1,
        heading: 'a',
        subItems: [{ id: 2, seq: 1, heading: 'a1', subItems: [] }],
      },
      { id: 3, seq: 2, heading: 'b', subItems: [] },
    ]);
    expect(flat.map((f) => [f.id, f.path.join('.')])).toEqual([
      [1, '1'],
      [2, '1.1'],
      [3, '2'],
    ]);
  });
});
