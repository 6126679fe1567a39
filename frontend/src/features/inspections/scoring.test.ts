import { describe, expect, it } from 'vitest';
import type { IndicatorSystem } from '../../api/types';
import { scoredSystem, thresholdSystem } from '../../test/inspectionFixtures';
import { gradeFor, leavesOf, passesThreshold, previewScores, toSaveScores } from './scoring';

const scored: IndicatorSystem = scoredSystem();
const threshold: IndicatorSystem = thresholdSystem();

describe('previewScores (SCORED)', () => {
  it('sums the leaves and grades only once every leaf is scored', () => {
    const partial = previewScores(scored, { '1.1': { score: 38 }, '2': { score: 35 } });
    expect(partial.total).toBe(73);
    expect(partial.maxTotal).toBe(100);
    expect(partial.unscored).toEqual(['1.2']);
    expect(partial.grade).toBeUndefined();

    const full = previewScores(scored, {
      '1.1': { score: 38 },
      '1.2': { score: 12.5 },
      '2': { score: 35 },
    });
    expect(full.total).toBe(85.5);
    expect(full.grade).toBe('A');
  });

  it('totals the decimals exactly, as the server sums BigDecimals', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    const p = previewScores(scored, {
      '1.1': { score: 0.1 },
      '1.2': { score: 0.2 },
      '2': { score: 0.3 },
    });
    expect(p.total).toBe(0.6);
  });

  it('marks a score above the maximum and gives no grade for it', () => {
    const p = previewScores(scored, {
      '1.1': { score: 41 },
      '1.2': { score: 20 },
      '2': { score: 40 },
    });
    expect(p.invalid).toEqual(['1.1']);
    expect(p.grade).toBeUndefined();
  });

  it('picks the band by its lowest score whatever order the bands come in', () => {
    const bands = [
      { grade: 'C', minScore: 0 },
      { grade: 'A', minScore: 85 },
      { grade: 'B', minScore: 70 },
    ];
    expect(gradeFor(bands, 84.99)).toBe('B');
    expect(gradeFor(bands, 85)).toBe('A');
    expect(gradeFor(bands, 3)).toBe('C');
  });
});

describe('previewScores (THRESHOLD)', () => {
  it('passes when every item passes, a measured value against its threshold', () => {
    const ok = previewScores(threshold, {
      '1': { passed: true },
      '2': { passed: true },
      '3': { score: 2.34 },
    });
    // 2.34 rounds to 2.3 at precision 1, which meets ≥ 2.3
    expect(ok.outcomes['3']).toBe(true);
    expect(ok.grade).toBe('达标');
    expect(ok.total).toBeUndefined();

    const bad = previewScores(threshold, {
      '1': { passed: true },
      '2': { passed: false },
      '3': { score: 2.2 },
    });
    expect(bad.failed).toBe(2);
    expect(bad.grade).toBe('未达标');
  });

  it('has no conclusion while an item is open', () => {
    const p = previewScores(threshold, { '1': { passed: true } });
    expect(p.unscored).toEqual(['2', '3']);
    expect(p.grade).toBeUndefined();
  });

  it('compares with every operator', () => {
    expect(passesThreshold(5, 'GT', 5)).toBe(false);
    expect(passesThreshold(5, 'GE', 5)).toBe(true);
    expect(passesThreshold(5, 'LT', 5)).toBe(false);
    expect(passesThreshold(5, 'LE', 5)).toBe(true);
    expect(passesThreshold(5.04, 'EQ', 5, 1)).toBe(true);
  });

  it('rounds the measured value half-up like the server: 0.15 at one decimal is 0.2', () => {
    // toFixed would make 0.15 into 0.1 (0.15 is 0.1499999… in binary) and fail ≥ 0.2
    expect(passesThreshold(0.15, 'GE', 0.2, 1)).toBe(true);
    expect(passesThreshold(0.15, 'EQ', 0.2, 1)).toBe(true);
    expect(passesThreshold(0.14, 'GE', 0.2, 1)).toBe(false);
    expect(passesThreshold(1.005, 'GE', 1.01, 2)).toBe(true);
  });
});

describe('toSaveScores', () => {
  it('sends points for SCORED leaves only, with trimmed remarks', () => {
    expect(
      toSaveScores(scored, {
        '1': { score: 60 }, // a parent: never sent
        '1.1': { score: 38, remark: '  好 ' },
        '1.2': { score: null },
        '2': { score: 35 },
      }),
    ).toEqual([
      { indicatorCode: '1.1', score: 38, remark: '好' },
      { indicatorCode: '2', score: 35, remark: undefined },
    ]);
  });

  it('sends passed for judgement items and the measured value for threshold items', () => {
    expect(
      toSaveScores(threshold, {
        '1': { passed: true },
        '2': { passed: false, remark: '护学岗不足' },
        '3': { score: 2.5, passed: true },
      }),
    ).toEqual([
      { indicatorCode: '1', passed: true, remark: undefined },
      { indicatorCode: '2', passed: false, remark: '护学岗不足' },
      { indicatorCode: '3', score: 2.5, remark: undefined },
    ]);
  });

  it('lists the leaves in tree order', () => {
    expect(leavesOf(scored.indicators).map((l) => l.code)).toEqual(['1.1', '1.2', '2']);
  });
});
