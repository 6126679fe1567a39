import dayjs, { type Dayjs } from 'dayjs';
import type { Task } from '../../api/types';

export type TimelineRow = {
  task: Task;
  depth: number;
  start: Dayjs;
  end: Dayjs;
  /** no due date: the bar runs to today (or its start) and is drawn open-ended */
  open: boolean;
};

export type TimelineModel = {
  rows: TimelineRow[];
  from: Dayjs;
  to: Dayjs;
  days: number;
  months: Dayjs[];
  /** 0–100: where a date falls between `from` and `to` */
  position: (date: Dayjs | string) => number;
};

/**
 * Lays a plan's tasks out on a calendar: bars from startDate (or createdAt) to dueDate, subtasks
 * right below their parent, the range padded to whole months and always including today.
 */
export function buildTimeline(tasks: readonly Task[], today: Dayjs = dayjs()): TimelineModel {
  const day = today.startOf('day');
  const byParent = new Map<number | undefined, Task[]>();
  const ids = new Set(tasks.map((t) => t.id));
  for (const task of tasks) {
    const parent =
      task.parentId !== undefined && ids.has(task.parentId) ? task.parentId : undefined;
    byParent.set(parent, [...(byParent.get(parent) ?? []), task]);
  }
  const startOf = (t: Task) => dayjs(t.startDate ?? t.createdAt).startOf('day');
  const rows: TimelineRow[] = [];
  const walk = (parent: number | undefined, depth: number) => {
    const list = [...(byParent.get(parent) ?? [])].sort(
      (a, b) => startOf(a).valueOf() - startOf(b).valueOf() || a.id - b.id,
    );
    for (const task of list) {
      const start = startOf(task);
      const due = task.dueDate ? dayjs(task.dueDate).startOf('day') : undefined;
      const end = due ?? (day.isAfter(start) ? day : start);
      rows.push({ task, depth, start, end: end.isBefore(start) ? start : end, open: !due });
      walk(task.id, depth + 1);
    }
  };
  walk(undefined, 0);

  let min = day;
  let max = day;
  for (const row of rows) {
    if (row.start.isBefore(min)) min = row.start;
    if (row.end.isAfter(max)) max = row.end;
    for (const m of row.task.milestones) {
      const d = dayjs(m.dueDate);
      if (d.isBefore(min)) min = d;
      if (d.isAfter(max)) max = d;
    }
  }
  const from = min.startOf('month');
  const to = max.endOf('month').startOf('day').add(1, 'day');
  const days = Math.max(1, to.diff(from, 'day'));
  const months: Dayjs[] = [];
  for (let m = from; m.isBefore(to); m = m.add(1, 'month')) months.push(m);
  const position = (date: Dayjs | string) => {
    const d = dayjs(date).startOf('day');
    return Math.min(100, Math.max(0, (d.diff(from, 'day') / days) * 100));
  };
  return { rows, from, to, days, months, position };
}
