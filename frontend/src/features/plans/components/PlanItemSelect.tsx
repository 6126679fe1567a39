import { useState } from 'react';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlanItem } from '../api/plans';
import { usePlanItemOptions, usePlanOptions } from '../planOptions';

/**
 * Picks the plan item (重点工作) a piece of work serves: a plan, then one of its items or sub-items.
 * A form field: value is the item's id; an existing value opens on its own plan.
 */
export function PlanItemSelect({
  value,
  onChange,
  id,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const current = usePlanItem(value ?? undefined);
  // the plan the user chose (null: cleared); until then, the plan of the current value
  const [chosen, setChosen] = useState<number | null | undefined>();
  const planId = chosen === undefined ? current.data?.planId : (chosen ?? undefined);
  const plans = usePlanOptions(current.data?.planId);
  const items = usePlanItemOptions(planId);
  return (
    <Space.Compact style={{ width: '100%' }} id={id}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('planItem.pickPlan')}
        loading={plans.loading}
        options={plans.options}
        value={planId}
        onChange={(p) => {
          setChosen(p ?? null);
          onChange?.(null);
        }}
        style={{ width: '45%' }}
        data-testid="plan-item-plan"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('planItem.pickItem')}
        disabled={planId === undefined}
        loading={items.loading}
        options={items.options}
        value={planId === undefined ? undefined : (value ?? undefined)}
        onChange={(item) => onChange?.(item ?? null)}
        popupMatchSelectWidth={false}
        style={{ width: '55%' }}
        data-testid="plan-item-item"
      />
    </Space.Compact>
  );
}
