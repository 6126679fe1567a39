import { describe, expect, it } from 'vitest';
import { cellErrors, cellKey, defaultYear, placeErrors, programmeYears } from './rowErrors';

describe('placeErrors', () => {
  it('puts save errors on their row and field', () => {
    const placed = placeErrors([
      { field: 'rows[3].sportsAreaM2', message: '体育运动场馆面积不能为负数' },
      { field: 'saveCreationSchoolReturn.request.rows[0].students', message: '必须大于 0' },
      { field: 'childPopulation3to5', message: '不能为空' },
    ]);
    expect(placed[0]).toMatchObject({ row: 3, column: 'sportsAreaM2' });
    expect(placed[1]).toMatchObject({ row: 0, column: 'students' });
    expect(placed[2]).toEqual({ field: 'childPopulation3to5', message: '不能为空' });
  });

  it('reads import errors with Chinese column headers', () => {
    const [e] = placeErrors([{ field: 'rows[1].在校生数', message: '必须大于 0（第 3 行 D 列）' }]);
    expect(e).toMatchObject({ row: 1, column: '在校生数', message: '必须大于 0（第 3 行 D 列）' });
  });

  it('collects several messages for one cell', () => {
    const byCell = cellErrors(
      placeErrors([
        { field: 'rows[0].students', message: 'a' },
        { field: 'rows[0].students', message: 'b' },
        { field: 'file', message: 'c' },
      ]),
    );
    expect(byCell.get(cellKey(0, 'students'))).toEqual(['a', 'b']);
    expect(byCell.size).toBe(1);
  });
});

describe('programme years', () => {
  const p = {
    stages: [
      { year: 2023, goal: '摸清底数' },
      { year: 2025, goal: '申报' },
    ],
    targetYear: 2025,
    latest: undefined,
  };
  it('span the roadmap to the target year, newest first', () => {
    expect(programmeYears(p)).toEqual([2025, 2024, 2023]);
    expect(programmeYears({ ...p, stages: [], targetYear: 2026 })).toEqual([2026, 2025, 2024]);
  });
  it('open on the latest filed year, else this year when on the roadmap', () => {
    const latest = {
      year: 2024,
      verdict: 'PASS' as const,
      assessedSchools: 7,
      passingSchools: 7,
      passingSchoolRatio: 1,
    };
    expect(defaultYear({ ...p, latest })).toBe(2024);
    expect(defaultYear(p, new Date(2024, 5, 1))).toBe(2024);
    expect(defaultYear(p, new Date(2030, 0, 1))).toBe(2023);
  });
});
