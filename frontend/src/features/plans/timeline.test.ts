import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Task } from '../../api/types';
import { task } from '../../test/fixtures';
import { buildTimeline } from './timeline';

const t = (o: Partial<Task>): Task => task(o);

describe('buildTimeline', () => {
  const today = dayjs('2023-06-15');

  it('spans whole months from the earliest start to the latest due date', () => {
    const model = buildTimeline(
      [
        t({ id: 1, startDate: '2023-03-01', dueDate: '2023-11-30', milestones: [] }),
        t({
          id: 2,
          startDate: undefined,
          createdAt: '2023-02-20T02:00:00Z',
          dueDate: '2023-04-10',
          milestones: [],
        }),
      ],
      today,
    );
    expect(model.from.format('YYYY-MM-DD')).toBe('2023-02-01');
    expect(model.to.format('YYYY-MM-DD')).toBe('2023-12-01');
    expect(model.months.map((m) => m.format('M'))).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ]);
    // no start date: the bar begins when the task was created
    expect(model.rows.map((r) => [r.task.id, r.start.format('MM-DD')])).toEqual([
      [2, '02-20'],
      [1, '03-01'],
    ]);
    expect(model.position('2023-02-01')).toBe(0);
    expect(model.position('2023-12-01')).toBe(100);
    expect(model.position(today)).toBeGreaterThan(model.position('2023-06-01'));
  });

  it('puts subtasks right below their parent and runs undated bars to today', () => {
    const model = buildTimeline(
      [
        t({ id: 11, parentId: 10, startDate: '2023-03-05', dueDate: '2023-05-01', milestones: [] }),
        t({ id: 10, startDate: '2023-03-01', dueDate: undefined, milestones: [] }),
        t({ id: 20, startDate: '2023-03-02', dueDate: '2023-04-01', milestones: [] }),
      ],
      today,
    );
    expect(model.rows.map((r) => [r.task.id, r.depth])).toEqual([
      [10, 0],
      [11, 1],
      [20, 0],
    ]);
    const open = model.rows[0];
    expect(open.open).toBe(true);
    expect(open.end.format('YYYY-MM-DD')).toBe('2023-06-15');
  });

  it('widens the range for a milestone after the due date', () => {
    const model = buildTimeline(
      [
        t({
          id: 1,
          startDate: '2023-03-01',
          dueDate: '2023-04-30',
          milestones: [{ id: 1, title: '复查', dueDate: '2023-09-10' }],
        }),
      ],
      today,
    );
    expect(model.to.format('YYYY-MM-DD')).toBe('2023-10-01');
  });
});
