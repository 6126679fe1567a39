import { describe, expect, it } from 'vitest';
import { completionPercent, workListPath } from './workLinks';

describe('work of a plan item', () => {
  it('opens the list of each kind filtered by the item', () => {
    expect(workListPath('TASK', 7)).toBe('/tasks?planItemId=7');
    expect(workListPath('FORWARDING', 7)).toBe('/tasks?planItemId=7&category=ACKNOWLEDGEMENT');
    expect(workListPath('REPORT', 7)).toBe('/inspection-reports?planItemId=7');
    expect(workListPath('FINDING', 7)).toBe('/findings?planItemId=7');
    expect(workListPath('CASE', 7)).toBe('/accountability?planItemId=7');
  });

  it('shows nothing linked as no bar, not 0 %', () => {
    expect(completionPercent(undefined)).toBeNull();
    expect(completionPercent(null)).toBeNull();
    expect(completionPercent(0)).toBe(0);
    expect(completionPercent(0.333)).toBe(33);
    expect(completionPercent(1)).toBe(100);
  });
});
