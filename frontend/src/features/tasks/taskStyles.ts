import type { PlanStatus, TaskLight, TaskPriority, TaskStatus } from '../../api/types';

/** Deadline light → dot colour: red overdue, yellow due within 3 days, green on track, grey none. */
export const LIGHT_COLORS: Record<TaskLight, string> = {
  GREEN: '#52c41a',
  YELLOW: '#faad14',
  RED: '#f5222d',
  NONE: '#bfbfbf',
};

export function lightColor(light: string | null | undefined): string {
  return LIGHT_COLORS[light as TaskLight] ?? LIGHT_COLORS.NONE;
}

/** antd Tag colours. */
export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'processing',
  SUBMITTED: 'gold',
  COMPLETED: 'success',
  CANCELLED: 'default',
};

export const PRIORITY_COLORS: Record<TaskPriority, string> = {
  HIGH: 'red',
  NORMAL: 'blue',
  LOW: 'default',
};

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  DRAFT: 'orange',
  PUBLISHED: 'green',
  ARCHIVED: 'default',
};

/** Closed tasks take no more work. */
export function isClosed(status: TaskStatus | undefined): boolean {
  return status === 'COMPLETED' || status === 'CANCELLED';
}
