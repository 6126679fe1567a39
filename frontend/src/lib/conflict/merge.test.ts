import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { mergeOnConflict, normalize, resolveConflicts, sameValue } from './merge';

const base = {
  title: '2023年工作要点',
  year: 2023,
  issuedOn: dayjs('2023-02-15'),
  recipients: '各县（市、区）教育局',
  items: [{ id: 1, heading: '履职评价' }],
};

describe('mergeOnConflict', () => {
  it('re-applies fields only the user changed on top of the latest version', () => {
    const mine = { ...base, title: '2023年工作要点（修订）' };
    const theirs = { ...base, year: 2024, recipients: '各县教育局' };
    const { merged, conflicts, reapplied } = mergeOnConflict(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(reapplied).toEqual(['title']);
    expect(merged).toMatchObject({
      title: '2023年工作要点（修订）',
      year: 2024,
      recipients: '各县教育局',
    });
  });

  it('reports fields both changed differently, keeping theirs until the user chooses', () => {
    const mine = { ...base, title: '我的标题', year: 2025 };
    const theirs = { ...base, title: '他人的标题' };
    const { merged, conflicts, reapplied } = mergeOnConflict(base, mine, theirs);
    expect(conflicts).toEqual([{ field: 'title', mine: '我的标题', theirs: '他人的标题' }]);
    expect(reapplied).toEqual(['year']);
    expect(merged.title).toBe('他人的标题');
    expect(merged.year).toBe(2025);
  });

  it('is no conflict when both made the same change', () => {
    const mine = { ...base, title: '同一标题' };
    const theirs = { ...base, title: '同一标题' };
    expect(mergeOnConflict(base, mine, theirs).conflicts).toEqual([]);
  });

  it('compares dates by day and lists and objects by content', () => {
    const mine = {
      ...base,
      issuedOn: dayjs('2023-02-15T10:00:00'),
      items: [{ id: 1, heading: '履职评价', content: '' }],
    };
    const theirs = { ...base, items: [{ id: 1, heading: '履职评价考核' }] };
    const { merged, conflicts, reapplied } = mergeOnConflict(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(reapplied).toEqual([]);
    expect(merged.items).toEqual([{ id: 1, heading: '履职评价考核' }]);
  });

  it('treats empty, blank, null and undefined as the same value', () => {
    expect(sameValue('', undefined)).toBe(true);
    expect(sameValue('  ', null)).toBe(true);
    expect(sameValue(' 文号 ', '文号')).toBe(true);
    expect(sameValue({ a: undefined }, undefined)).toBe(true);
    expect(sameValue(0, undefined)).toBe(false);
    expect(normalize(dayjs('2023-02-15'))).toBe('2023-02-15');
  });

  it('re-applies a field the user cleared, and one only the user added', () => {
    const mine: Record<string, unknown> = { ...base, recipients: '', extra: '新字段' };
    const { merged, reapplied } = mergeOnConflict(base, mine, { ...base, year: 2024 });
    expect(reapplied).toEqual(['recipients', 'extra']);
    expect(merged).toMatchObject({ recipients: '', extra: '新字段', year: 2024 });
  });
});

describe('resolveConflicts', () => {
  it('takes mine unless the user chose theirs', () => {
    const conflicts = [
      { field: 'title', mine: '我的', theirs: '他人的' },
      { field: 'year', mine: 2025, theirs: 2024 },
    ];
    expect(
      resolveConflicts({ title: '他人的', year: 2024 }, conflicts, { title: true, year: false }),
    ).toEqual({ title: '我的', year: 2024 });
    expect(resolveConflicts({ title: '他人的', year: 2024 }, conflicts, {})).toEqual({
      title: '我的',
      year: 2025,
    });
  });
});
