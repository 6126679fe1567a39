import { describe, expect, it } from 'vitest';
import { chineseNumeral, flattenItems, itemNumber, leadText } from './outline';

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

describe("an item's lead text", () => {
  const sub = (heading: string, content: string) => ({
    id: 1,
    seq: 1,
    heading,
    content,
    subItems: [],
  });
  it('stops where the first sub-item begins, so the outline does not repeat it', () => {
    const item = {
      content:
        '推进“两个创建”工作。持续做好创建督导评估工作。系统推进“县域义务教育优质均衡”创建工作。继续按照原则推进。',
      subItems: [
        sub(
          '系统推进“县域义务教育优质均衡”创建工作',
          '系统推进“县域义务教育优质均衡”创建工作。继续按照原则推进。',
        ),
      ],
    };
    expect(leadText(item)).toBe('推进“两个创建”工作。持续做好创建督导评估工作。');
  });
  it('keeps the whole text without sub-items, or when it cannot find them in it', () => {
    expect(leadText({ content: '全文。', subItems: [] })).toBe('全文。');
    expect(leadText({ content: '全文。', subItems: [sub('别处', '别处的文字')] })).toBe('全文。');
    expect(leadText({ content: undefined, subItems: [] })).toBeUndefined();
  });
});
