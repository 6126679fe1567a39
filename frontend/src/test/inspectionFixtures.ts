/** API bodies for the inspection tests, typed against the contract (`satisfies`). */
import type { Finding, FindingCounts, IndicatorSystem, InspectionReport, Me } from '../api/types';

export const pcDx01 = {
  id: 7,
  username: 'pc_dx01',
  displayName: '责任督学 陈督学',
  roles: ['SUPERVISOR'],
  organization: { id: 21, code: '610526-Z1', name: '蒲城县第一责任区', type: 'ZONE' },
  mustChangePassword: false,
} satisfies Me;

export const pcSchool01 = {
  id: 8,
  username: 'pc_school01',
  displayName: '城关第一小学 周老师',
  roles: ['SCHOOL'],
  organization: { id: 211, code: '610526-S101', name: '蒲城县城关第一小学', type: 'SCHOOL' },
  mustChangePassword: false,
} satisfies Me;

/** A small SCORED system: 1 (1.1: 40, 1.2: 20) and 2 (40); A ≥ 85, B ≥ 70, C ≥ 0. */
export function scoredSystem(overrides: Partial<IndicatorSystem> = {}) {
  return {
    id: 31,
    lineageId: 31,
    name: '学校发展性评价',
    kind: 'SCORED',
    targetType: 'SCHOOL',
    version: 2,
    status: 'PUBLISHED',
    ownerOrgId: 20,
    ownerOrgName: '蒲城县',
    gradeBands: [
      { grade: 'A', minScore: 85 },
      { grade: 'B', minScore: 70 },
      { grade: 'C', minScore: 0 },
    ],
    totalScore: 100,
    leafCount: 3,
    indicators: [
      {
        code: '1',
        name: '办学方向',
        maxScore: 60,
        evidenceRequired: [],
        children: [
          { code: '1.1', name: '党建引领', maxScore: 40, evidenceRequired: [], children: [] },
          { code: '1.2', name: '立德树人', maxScore: 20, evidenceRequired: [], children: [] },
        ],
      },
      { code: '2', name: '教育质量', maxScore: 40, evidenceRequired: ['质量报告'], children: [] },
    ],
    allowedActions: ['copy'],
    revision: 3,
    createdAt: '2023-03-01T02:00:00Z',
    updatedAt: '2023-03-02T02:00:00Z',
    ...overrides,
  } satisfies IndicatorSystem;
}

/** The routine-visit checklist shape: two pass/fail items and one measured against a threshold. */
export function thresholdSystem(overrides: Partial<IndicatorSystem> = {}) {
  return {
    id: 1,
    lineageId: 1,
    name: '责任督学经常性督导（挂牌督导）工作记录表',
    kind: 'THRESHOLD',
    targetType: 'SCHOOL',
    version: 1,
    status: 'PUBLISHED',
    gradeBands: [],
    leafCount: 3,
    indicators: [
      { code: '1', name: '校务管理和制度执行情况', evidenceRequired: [], children: [] },
      { code: '2', name: '校园及周边安全情况', evidenceRequired: [], children: [] },
      {
        code: '3',
        name: '生均体育场地面积',
        operator: 'GE',
        threshold: 2.3,
        unit: '㎡',
        precision: 1,
        evidenceRequired: [],
        children: [],
      },
    ],
    allowedActions: ['copy'],
    revision: 1,
    createdAt: '2023-03-01T02:00:00Z',
    updatedAt: '2023-03-01T02:00:00Z',
    ...overrides,
  } satisfies IndicatorSystem;
}

const counts = {
  open: 1,
  submitted: 0,
  verified: 0,
  reopened: 0,
  total: 1,
} satisfies FindingCounts;

export function report(overrides: Partial<InspectionReport> = {}) {
  return {
    id: 41,
    type: 'ROUTINE_VISIT',
    title: '蒲城县城关第一小学经常性督导',
    targetOrgId: 211,
    targetOrgName: '蒲城县城关第一小学',
    inspectingOrgId: 21,
    inspectingOrgName: '蒲城县第一责任区',
    inspectorUserIds: [7],
    indicatorSystemId: 1,
    indicatorSystemName: '责任督学经常性督导（挂牌督导）工作记录表',
    indicatorSystemVersion: 1,
    visitStart: '2023-05-10',
    visitEnd: '2023-05-10',
    topic: '双减',
    summary: '到校查看校园环境。',
    scores: [
      { indicatorCode: '1', indicatorName: '校务管理和制度执行情况', passed: true },
      {
        indicatorCode: '2',
        indicatorName: '校园及周边安全情况',
        passed: false,
        remark: '护学岗不足',
      },
      { indicatorCode: '3', indicatorName: '生均体育场地面积', score: 2.5, passed: true },
    ],
    grade: '未达标',
    unscoredCodes: [],
    status: 'DRAFT',
    findings: counts,
    allowedActions: [],
    version: 3,
    createdAt: '2023-05-10T02:00:00Z',
    updatedAt: '2023-05-10T03:00:00Z',
    ...overrides,
  } satisfies InspectionReport;
}

export function finding(overrides: Partial<Finding> = {}) {
  return {
    id: 51,
    sourceType: 'REPORT',
    sourceId: 41,
    sourceTitle: '蒲城县城关第一小学经常性督导',
    reportId: 41,
    reportTitle: '蒲城县城关第一小学经常性督导',
    reportType: 'ROUTINE_VISIT',
    inspectingOrgId: 21,
    inspectingOrgName: '蒲城县第一责任区',
    indicatorCode: '2',
    severity: 'MAJOR',
    description: '放学时段校门口护学岗不足',
    requirement: '增设护学岗并与交警联动',
    ownerOrgId: 211,
    ownerOrgName: '蒲城县城关第一小学',
    dueDate: '2023-05-20',
    status: 'OPEN',
    light: 'RED',
    reopenCount: 0,
    escalation: false,
    rectifications: [],
    allowedActions: [],
    version: 1,
    createdAt: '2023-05-10T02:00:00Z',
    updatedAt: '2023-05-10T02:00:00Z',
    ...overrides,
  } satisfies Finding;
}
