import { describe, expect, it } from 'vitest';
import type { AccountabilityCase } from '../../api/types';
import { accountabilityCase } from '../../test/accountabilityFixtures';
import { currentIndex, procedureSteps } from './procedure';

const kase = (o: Record<string, unknown> = {}) => accountabilityCase(o) as AccountabilityCase;
const states = (c: AccountabilityCase) => procedureSteps(c).map((s) => `${s.key}:${s.state}`);

describe('procedureSteps', () => {
  it('starts at the investigation of a new case', () => {
    const steps = procedureSteps(kase());
    expect(steps.map((s) => s.key)).toEqual([
      'open',
      'investigate',
      'notify',
      'statement',
      'decide',
      'execute',
      'close',
    ]);
    expect(steps[0]).toMatchObject({ state: 'finish', on: '2023-10-10' });
    expect(currentIndex(steps)).toBe(1);
    expect(steps[1]?.state).toBe('process');
  });

  it('counts the investigation done once notified, even without the internal timeline', () => {
    const c = kase({ status: 'NOTIFIED', notifiedOn: '2023-10-20', timeline: [] });
    expect(states(c).slice(0, 4)).toEqual([
      'open:finish',
      'investigate:finish',
      'notify:finish',
      'statement:process',
    ]);
  });

  it('inserts review and appeal when they happen', () => {
    const c = kase({
      status: 'UNDER_APPEAL',
      notifiedOn: '2023-10-20',
      decidedOn: '2023-11-01',
      executedOn: '2023-11-03',
      review: {
        filedOn: '2023-11-05',
        reason: '事实不清',
        answeredOn: '2023-11-20',
        outcome: 'UPHELD',
      },
      appeal: { filedOn: '2023-11-25', reason: '不服复核' },
    });
    expect(states(c)).toEqual([
      'open:finish',
      'investigate:finish',
      'notify:finish',
      'statement:finish',
      'decide:finish',
      'review:finish',
      'appeal:process',
      'execute:finish',
      'close:wait',
    ]);
  });

  it('marks where a dismissed case stopped', () => {
    const c = kase({ status: 'DISMISSED', timeline: [{ step: 'INVESTIGATE', at: 'x', by: 'w' }] });
    expect(states(c).slice(1, 4)).toEqual(['investigate:finish', 'notify:error', 'statement:wait']);
  });

  it('finishes every step of an archived case', () => {
    const c = kase({
      status: 'CLOSED',
      notifiedOn: '2023-10-20',
      decidedOn: '2023-11-01',
      executedOn: '2023-11-03',
      closedOn: '2023-12-01',
    });
    expect(procedureSteps(c).every((s) => s.state === 'finish')).toBe(true);
    expect(currentIndex(procedureSteps(c))).toBe(6);
  });
});
