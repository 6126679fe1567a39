import type { WorkKind } from '../../api/types';

/** The list that shows one kind of work of a plan item (and its sub-items). */
export function workListPath(kind: WorkKind, planItemId: number): string {
  switch (kind) {
    case 'TASK':
      return `/tasks?planItemId=${planItemId}`;
    case 'FORWARDING':
      return `/tasks?planItemId=${planItemId}&category=ACKNOWLEDGEMENT`;
    case 'REPORT':
      return `/inspection-reports?planItemId=${planItemId}`;
    case 'FINDING':
      return `/findings?planItemId=${planItemId}`;
    case 'CASE':
      return `/accountability?planItemId=${planItemId}`;
    case 'MONITORING':
      return `/monitoring?planItemId=${planItemId}`;
  }
}

/** done ÷ linked as a whole percentage for a bar (null: nothing linked). */
export function completionPercent(completion: number | null | undefined): number | null {
  return completion === null || completion === undefined ? null : Math.round(completion * 100);
}
