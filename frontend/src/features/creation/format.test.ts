import { describe, expect, it } from 'vitest';
import { EMPTY, formatCv, formatNumber, formatQuantity, formatRatio, parseNumber } from './format';

describe('formatNumber', () => {
  it('groups thousands the Chinese way and drops trailing zeros', () => {
    expect(formatNumber(1240)).toBe('1,240');
    expect(formatNumber(5600000)).toBe('5,600,000');
    expect(formatNumber(2333.3333)).toBe('2,333.33');
    expect(formatNumber(5)).toBe('5');
  });
  it('keeps the standard precision when given', () => {
    expect(formatNumber(5, { precision: 2 })).toBe('5.00');
    expect(formatNumber(0.7899, { precision: 3 })).toBe('0.790');
  });
  it('shows a dash for missing or non-finite values', () => {
    expect(formatNumber(undefined)).toBe(EMPTY);
    expect(formatNumber(null)).toBe(EMPTY);
    expect(formatNumber(Number.NaN)).toBe(EMPTY);
  });
});

describe('formatQuantity', () => {
  it('puts the unit after a space', () => {
    expect(formatQuantity(1240, '㎡')).toBe('1,240 ㎡');
    expect(formatQuantity(3, '人')).toBe('3 人');
    expect(formatQuantity(2000, '元')).toBe('2,000 元');
    expect(formatQuantity(420, '个')).toBe('420 个');
  });
  it('writes per cent straight after the number', () => {
    expect(formatQuantity(85, '%')).toBe('85%');
    expect(formatQuantity(42.6, '%')).toBe('42.6%');
  });
  it('gives the bare number without a unit and a dash without a value', () => {
    expect(formatQuantity(14.7, '')).toBe('14.7');
    expect(formatQuantity(undefined, '㎡')).toBe(EMPTY);
  });
  it('follows the English locale when asked', () => {
    expect(formatQuantity(10800, '㎡', { locale: 'en' })).toBe('10,800 ㎡');
  });
});

describe('formatRatio and formatCv', () => {
  it('turns a 0..1 ratio into a per cent with one decimal', () => {
    expect(formatRatio(0.5714)).toBe('57.1%');
    expect(formatRatio(1)).toBe('100%');
    expect(formatRatio(0)).toBe('0%');
    expect(formatRatio(undefined)).toBe(EMPTY);
  });
  it('keeps a CV to three decimals', () => {
    expect(formatCv(0.79)).toBe('0.790');
    expect(formatCv(0.5)).toBe('0.500');
    expect(formatCv(0)).toBe('0.000');
  });
});

describe('parseNumber', () => {
  it('reads grouped, full-width and spaced numbers', () => {
    expect(parseNumber('1,240')).toBe(1240);
    expect(parseNumber(' １２４０ ')).toBe(1240);
    expect(parseNumber('7.5')).toBe(7.5);
    expect(parseNumber('-5')).toBe(-5);
  });
  it('answers undefined for an empty cell and NaN for text', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('  ')).toBeUndefined();
    expect(parseNumber(undefined)).toBeUndefined();
    expect(parseNumber('十二')).toBeNaN();
    expect(parseNumber('1.2.3')).toBeNaN();
  });
});
