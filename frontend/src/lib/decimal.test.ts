import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './decimal';

describe('roundHalfUp', () => {
  it('rounds 0.15 at one decimal to 0.2, as BigDecimal HALF_UP does (toFixed gives 0.1)', () => {
    expect((0.15).toFixed(1)).toBe('0.1');
    expect(roundHalfUp(0.15, 1)).toBe(0.2);
  });

  it('rounds other binary-unfriendly halves up', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(1.45, 1)).toBe(1.5);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(8.345, 2)).toBe(8.35);
  });

  it('rounds below a half down and leaves shorter numbers alone', () => {
    expect(roundHalfUp(0.14, 1)).toBe(0.1);
    expect(roundHalfUp(0.1499, 1)).toBe(0.1);
    expect(roundHalfUp(3.2, 2)).toBe(3.2);
    expect(roundHalfUp(7, 0)).toBe(7);
  });

  it('carries through nines and into the integer part', () => {
    expect(roundHalfUp(0.95, 1)).toBe(1);
    expect(roundHalfUp(9.995, 2)).toBe(10);
    expect(roundHalfUp(99.5, 0)).toBe(100);
  });

  it('rounds negatives away from zero on a 5, like HALF_UP', () => {
    expect(roundHalfUp(-0.15, 1)).toBe(-0.2);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(-0.04, 1)).toBe(0);
  });

  it('reads numbers written in e-notation', () => {
    expect(roundHalfUp(1.5e-7, 6)).toBe(0);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
    expect(roundHalfUp(1.25e21, 0)).toBe(1.25e21);
  });

  it('cleans the sum of floats to what the decimals add up to', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(roundHalfUp(0.1 + 0.2, 2)).toBe(0.3);
  });
});
