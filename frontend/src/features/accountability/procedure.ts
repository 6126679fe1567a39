import type { AccountabilityCase, CaseStatus } from '../../api/types';

/** antd Tag colours per case status. */
export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  OPEN: 'default',
  INVESTIGATING: 'processing',
  NOTIFIED: 'cyan',
  STATEMENT_RECEIVED: 'geekblue',
  DECIDED: 'gold',
  UNDER_REVIEW: 'orange',
  UNDER_APPEAL: 'orange',
  CORRECTION_PENDING: 'volcano',
  EXECUTED: 'green',
  REVOKED: 'default',
  CLOSED: 'success',
  DISMISSED: 'default',
};

export type ProcedureKey =
  | 'open'
  | 'investigate'
  | 'notify'
  | 'statement'
  | 'decide'
  | 'review'
  | 'appeal'
  | 'execute'
  | 'close';

export type ProcedureStep = {
  key: ProcedureKey;
  state: 'finish' | 'process' | 'wait' | 'error';
  /** The day the step was done (or, for review/appeal, filed). */
  on?: string;
};

const stepsTaken = (c: AccountabilityCase) => new Set(c.timeline.map((e) => e.step));

/**
 * The procedure as steps: 立案 → 调查 → 告知 → 陈述申辩 → 决定 → [复核] → [申诉] → 执行 → 归档.
 * Review and appeal appear only when they happen. Done steps come from the case's dates (the
 * subject does not see the internal ones in its timeline); the first step not done is the current
 * one, shown as an error when the case was dismissed or revoked.
 */
export function procedureSteps(c: AccountabilityCase): ProcedureStep[] {
  const taken = stepsTaken(c);
  const decided = !!c.decidedOn;
  const done: Record<ProcedureKey, boolean> = {
    open: true,
    investigate: taken.has('INVESTIGATE') || !!c.notifiedOn || decided,
    notify: !!c.notifiedOn || decided,
    statement: !!c.statement || decided,
    decide: decided,
    review: !!c.review?.answeredOn,
    appeal: !!c.appeal?.answeredOn && c.status !== 'CORRECTION_PENDING',
    execute: !!c.executedOn,
    close: c.status === 'CLOSED',
  };
  const on: Partial<Record<ProcedureKey, string>> = {
    open: c.openedOn,
    notify: c.notifiedOn,
    statement: c.statement?.submittedOn,
    decide: c.decidedOn,
    review: c.review?.filedOn,
    appeal: c.appeal?.filedOn,
    execute: c.executedOn,
    close: c.closedOn,
  };
  const keys: ProcedureKey[] = ['open', 'investigate', 'notify', 'statement', 'decide'];
  if (c.review) keys.push('review');
  if (c.appeal) keys.push('appeal');
  keys.push('execute', 'close');

  const stopped = c.status === 'DISMISSED' || c.status === 'REVOKED';
  let currentSeen = false;
  return keys.map((key) => {
    if (done[key]) return { key, state: 'finish', on: on[key] };
    if (currentSeen) return { key, state: 'wait', on: on[key] };
    currentSeen = true;
    if (stopped) return { key, state: 'error', on: on[key] };
    return { key, state: c.status === 'CLOSED' ? 'wait' : 'process', on: on[key] };
  });
}

/** Index of the current step for antd Steps (the last one when all are done). */
export function currentIndex(steps: readonly ProcedureStep[]): number {
  const i = steps.findIndex((s) => s.state !== 'finish');
  return i < 0 ? steps.length - 1 : i;
}
