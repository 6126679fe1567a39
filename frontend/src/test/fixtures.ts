/**
 * API bodies for the plan and task tests, typed against the contract (`satisfies`): when the
 * contract changes, these stop compiling instead of the tests passing on stale shapes.
 */
import type { Me, OrganizationNode, Plan, Task } from '../api/types';

export const weinan = {
  id: 3,
  username: 'weinan',
  displayName: '渭南市教育督导室',
  roles: ['CITY_OFFICE'],
  organization: { id: 2, code: '610500', name: '渭南市', type: 'CITY' },
  mustChangePassword: false,
} satisfies Me;

export const fuping = {
  id: 8,
  username: 'fuping',
  displayName: '富平县教育督导室',
  roles: ['COUNTY_OFFICE'],
  organization: { id: 11, code: '610528', name: '富平县', type: 'COUNTY' },
  mustChangePassword: false,
} satisfies Me;

const county = (id: number, code: string, name: string) =>
  ({
    id,
    code,
    name,
    type: 'COUNTY',
    parentId: 2,
    children: [],
  }) satisfies OrganizationNode;

export const weinanTree = [
  {
    id: 2,
    code: '610500',
    name: '渭南市',
    type: 'CITY',
    children: [
      county(11, '610528', '富平县'),
      county(12, '610503', '华州区'),
      county(20, '610526', '蒲城县'),
    ],
  },
] satisfies OrganizationNode[];

export const plan = {
  id: 1,
  title: '渭南市人民政府教育督导委员会办公室2023年工作要点',
  year: 2023,
  issuingOrgId: 2,
  issuingOrgName: '渭南市',
  documentNumber: '渭政教督办〔2023〕1号',
  issuedOn: '2023-02-15',
  recipients: '各县（市、区）教育局、教育督导委员会办公室',
  status: 'PUBLISHED',
  version: 4,
  items: [
    {
      id: 101,
      seq: 1,
      heading: '做好市级政府履行教育职责评价考核',
      content: '按照省对设区市级人民政府履行教育职责评价的文件要求……',
      subItems: [],
    },
    {
      id: 102,
      seq: 2,
      heading: '推进“两个创建”工作',
      subItems: [
        { id: 1021, seq: 1, heading: '学前教育普及普惠', subItems: [] },
        { id: 1022, seq: 2, heading: '县域义务教育优质均衡', subItems: [] },
      ],
    },
  ],
} satisfies Plan;

export function task(overrides: Partial<Task> = {}) {
  return {
    id: 7,
    title: '推进“两个创建”工作',
    category: 'CREATION',
    issuerOrgId: 2,
    issuerOrgName: '渭南市',
    assigneeOrgId: 11,
    assigneeOrgName: '富平县',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    progressPercent: 60,
    light: 'GREEN',
    planId: 1,
    planItemId: 102,
    startDate: '2023-03-01',
    dueDate: '2023-11-30',
    milestones: [
      { id: 1, title: '摸清底数、建立问题台账', dueDate: '2023-04-30', doneOn: '2023-04-28' },
      { id: 2, title: '迎接省级过程督导', dueDate: '2023-10-15' },
    ],
    allowedActions: [],
    version: 2,
    createdAt: '2023-02-20T02:00:00Z',
    updatedAt: '2023-05-06T08:30:00Z',
    ...overrides,
  } satisfies Task;
}

export function page<T>(items: T[]) {
  return { items, page: 0, size: 20, total: items.length };
}
