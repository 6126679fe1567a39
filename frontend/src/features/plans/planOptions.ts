import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan, usePlans } from './api/plans';
import { flattenItems, itemNumber } from './outline';

/** The plans a caller may link work to (archived ones only when already chosen), as select options. */
export function usePlanOptions(keepPlanId?: number | null) {
  const plans = usePlans({ size: 100, sort: 'year,desc' });
  const options = useMemo(
    () =>
      (plans.data?.items ?? [])
        .filter((p) => p.status !== 'ARCHIVED' || p.id === keepPlanId)
        .map((p) => ({
          value: p.id,
          label: p.documentNumber ? `${p.title}（${p.documentNumber}）` : p.title,
        })),
    [plans.data, keepPlanId],
  );
  return { options, loading: plans.isLoading };
}

/** The items and sub-items of a plan, numbered and indented, as select options. */
export function usePlanItemOptions(planId: number | undefined) {
  const { i18n } = useTranslation();
  const plan = usePlan(planId);
  const options = useMemo(
    () =>
      plan.data && plan.data.id === planId
        ? flattenItems(plan.data.items).map((item) => ({
            value: item.id,
            label: `${'\u3000'.repeat(item.path.length - 1)}${itemNumber(item.path, i18n.language)} ${item.heading}`,
            heading: item.heading,
          }))
        : [],
    [plan.data, planId, i18n.language],
  );
  return { options, loading: plan.isLoading && planId !== undefined };
}
