import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../api/types';
import { itemNumber, leadText } from '../outline';

/** The plan's items as a numbered outline (一、 （一） 1.), with their text. */
export function PlanOutline({ items }: { items: readonly PlanItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty description={t('plan.noItems')} />;
  return (
    <ol className="plan-outline" data-testid="plan-outline">
      {items.map((item, i) => (
        <OutlineItem key={item.id ?? i} item={item} path={[item.seq ?? i + 1]} />
      ))}
    </ol>
  );
}

function OutlineItem({ item, path }: { item: PlanItem; path: number[] }) {
  const { i18n } = useTranslation();
  const depth = path.length;
  const text = leadText(item);
  return (
    <li className={`plan-outline-item depth-${depth}`} data-testid={`plan-item-${depth}`}>
      <div className="plan-outline-heading">
        <span className="plan-outline-number">{itemNumber(path, i18n.language)}</span>
        <Typography.Text strong={depth === 1}>{item.heading}</Typography.Text>
      </div>
      {text && <Typography.Paragraph className="plan-outline-content">{text}</Typography.Paragraph>}
      {item.subItems.length > 0 && (
        <ol className="plan-outline">
          {item.subItems.map((sub, i) => (
            <OutlineItem key={sub.id ?? i} item={sub} path={[...path, sub.seq ?? i + 1]} />
          ))}
        </ol>
      )}
    </li>
  );
}
