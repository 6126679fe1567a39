/** API bodies for the accountability (问责) tests, typed against the contract (`satisfies`). */
import type { AccountabilityCase, AccountabilityScenario } from '../api/types';

export function accountabilityCase(overrides: Partial<AccountabilityCase> = {}) {
  return {
    id: 31,
    caseNumber: '渭教督问〔2023〕3号',
    handlingOrgId: 2,
    handlingOrgName: '渭南市',
    subjectType: 'GOVERNMENT',
    subjectOrgId: 11,
    subjectOrgName: '富平县',
    scenarioCodes: ['QJ-2-01'],
    source: 'FINDING',
    sourceId: 501,
    sourceEndedOn: '2023-09-20',
    facts: '公办园在园幼儿占比低于 50%，整改逾期 40 天。',
    internalNotes: '县长已电话沟通，态度消极。',
    status: 'OPEN',
    severe: false,
    severeReasons: [],
    unitMeasures: [],
    individualMeasures: [],
    publication: 'NONE',
    openedOn: '2023-10-10',
    timeline: [{ step: 'OPEN', at: '2023-10-10T02:00:00Z', by: 'weinan', note: '问题升级问责' }],
    deadlines: [
      {
        kind: 'INVESTIGATION',
        label: '成立调查组（督导结束后60日内）',
        party: 'OFFICE',
        startOn: '2023-09-20',
        dueOn: '2023-11-19',
        state: 'OPEN',
        light: 'GREEN',
        daysLeft: 12,
      },
    ],
    light: 'GREEN',
    view: 'FULL',
    allowedActions: ['investigate', 'dismiss', 'edit'],
    version: 1,
    createdAt: '2023-10-10T02:00:00Z',
    updatedAt: '2023-10-10T02:00:00Z',
    ...overrides,
  } satisfies AccountabilityCase;
}

/** The same case as 富平县 sees it after the notice: no internal notes, no investigation clock. */
export function subjectCase(overrides: Partial<AccountabilityCase> = {}) {
  const { internalNotes: _omit, ...rest } = accountabilityCase({
    status: 'NOTIFIED',
    notifiedOn: '2023-10-20',
    view: 'SUBJECT',
    light: 'NONE',
    allowedActions: ['statement'],
    timeline: [
      {
        step: 'NOTIFY',
        at: '2023-10-20T02:00:00Z',
        by: 'weinan',
        note: '请于10月30日前提交陈述申辩意见。',
      },
    ],
    deadlines: [
      {
        kind: 'STATEMENT',
        label: '陈述申辩期限',
        party: 'SUBJECT',
        startOn: '2023-10-20',
        dueOn: '2023-10-30',
        state: 'OPEN',
        light: 'YELLOW',
        daysLeft: 2,
      },
    ],
    ...overrides,
  });
  void _omit;
  return rest;
}

export const scenarios = [
  {
    id: 1,
    code: 'QJ-2-01',
    family: 'FAILING_EDUCATION_DUTIES',
    familyLabel: '履行教育职责不到位',
    targetType: 'GOVERNMENT',
    description: '学前教育普及普惠主要指标长期未达标',
    suggestedMeasures: '约谈、督导通报',
    source: '《教育督导问责办法》第六条',
    active: true,
    hidden: false,
    editable: true,
    version: 0,
  },
  {
    id: 2,
    code: 'QJ-3-01',
    family: 'KEY_TASKS_BEHIND',
    familyLabel: '重点任务推进严重滞后',
    targetType: 'GOVERNMENT',
    description: '重点任务逾期未完成且无正当理由',
    active: true,
    hidden: false,
    editable: false,
    version: 0,
  },
  {
    id: 3,
    code: 'FP-01',
    ownerOrgId: 11,
    ownerOrgName: '富平县',
    family: 'KEY_TASKS_BEHIND',
    familyLabel: '重点任务推进严重滞后',
    targetType: 'SCHOOL',
    description: '学校未按期完成整改台账',
    active: true,
    hidden: false,
    editable: false,
    version: 0,
  },
] satisfies AccountabilityScenario[];
