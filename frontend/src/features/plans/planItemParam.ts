import { useSearchParams } from 'react-router';

/** The `planItemId` a list was opened with (from a plan's progress), if any. */
export function usePlanItemParam(): number | undefined {
  const [params] = useSearchParams();
  const raw = params.get('planItemId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
