import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePlanItem } from '../api/plans';
import { itemNumber } from '../outline';
import { usePlanItemParam } from '../planItemParam';

/** A plan item as its outline numbers it: "三、（一） heading". */
export function PlanItemLabel({ itemId }: { itemId: number }) {
  const { i18n } = useTranslation();
  const item = usePlanItem(itemId);
  if (!item.data) return <Typography.Text type="secondary">#{itemId}</Typography.Text>;
  return (
    <span data-testid="plan-item-label">
      {itemNumber(item.data.path, i18n.language)} {item.data.heading}
    </span>
  );
}

/** Shows that a list is filtered by a plan item, with a way to clear it; nothing when it is not. */
export function PlanItemFilterTag() {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const itemId = usePlanItemParam();
  if (itemId === undefined) return null;
  return (
    <Tag
      closable
      color="blue"
      data-testid="plan-item-filter"
      style={{ marginBottom: 12, whiteSpace: 'normal' }}
      closeIcon={<span aria-label={t('planItem.clearFilter')}>×</span>}
      onClose={() =>
        setParams((prev) => {
          const next = new URLSearchParams(prev);
          next.delete('planItemId');
          return next;
        })
      }
    >
      {t('planItem.filter', { item: '' })}
      <PlanItemLabel itemId={itemId} />
    </Tag>
  );
}
