import {
  Alert,
  Button,
  Empty,
  Flex,
  Progress,
  Skeleton,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { KindProgress, PlanItemProgress, ProgressFigures } from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { LightLegend, LightTag } from '../../tasks/components/TaskTags';
import { lightColor } from '../../tasks/taskStyles';
import { usePlanProgress } from '../api/plans';
import { itemNumber } from '../outline';
import { completionPercent, workListPath } from '../workLinks';

/**
 * The plan as an outline of progress: per item and sub-item a bar (done ÷ linked), the worst light of
 * its open work, and per kind of work its counts — a click opens that work's list filtered by the item.
 * An item nothing is linked to says so (未关联) instead of showing 0 %.
 */
export function PlanProgressOutline({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const progress = usePlanProgress(planId);
  if (progress.isPending) return <Skeleton active />;
  if (progress.isError)
    return <Alert type="error" showIcon title={describeError(t, progress.error)} />;
  const data = progress.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="plan-progress">
      <Flex wrap gap={16} align="center" justify="space-between">
        <Figures figures={data.progress} testId="plan-progress-total" />
        <Space wrap>
          <Typography.Text type="secondary">
            {t('planProgress.asOf', { date: data.asOf })}
          </Typography.Text>
          <LightLegend />
        </Space>
      </Flex>
      {data.items.length === 0 ? (
        <Empty description={t('plan.noItems')} />
      ) : (
        <ol className="plan-outline">
          {data.items.map((item) => (
            <ProgressItem key={item.itemId} item={item} path={[item.seq]} />
          ))}
        </ol>
      )}
    </Space>
  );
}

function ProgressItem({ item, path }: { item: PlanItemProgress; path: number[] }) {
  const { i18n } = useTranslation();
  const depth = path.length;
  return (
    <li className={`plan-outline-item depth-${depth}`} data-testid={`progress-item-${depth}`}>
      <Flex wrap gap={12} align="center" justify="space-between" className="plan-progress-row">
        <div className="plan-outline-heading" style={{ flex: '1 1 320px' }}>
          <span className="plan-outline-number">{itemNumber(path, i18n.language)}</span>
          <Typography.Text strong={depth === 1}>{item.heading}</Typography.Text>
        </div>
        <Figures figures={item.progress} itemId={item.itemId} />
      </Flex>
      {item.subItems.length > 0 && (
        <ol className="plan-outline">
          {item.subItems.map((sub) => (
            <ProgressItem key={sub.itemId} item={sub} path={[...path, sub.seq]} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** A bar and light for linked work, or 未关联; the kinds as links when an item is given. */
function Figures({
  figures,
  itemId,
  testId,
}: {
  figures: ProgressFigures;
  itemId?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const percent = completionPercent(figures.completion);
  return (
    <Flex wrap gap={8} align="center" style={{ flex: '0 1 560px' }} data-testid={testId}>
      {percent === null ? (
        <Tag data-testid="not-linked">{enumLabel(t, 'progressStatus', 'NOT_LINKED')}</Tag>
      ) : (
        <>
          <Tooltip
            title={t('planProgress.doneOfLinked', { done: figures.done, linked: figures.linked })}
          >
            <Progress
              percent={percent}
              size="small"
              style={{ width: 140, margin: 0 }}
              strokeColor={figures.overdue > 0 ? lightColor('RED') : undefined}
              data-testid="progress-bar"
            />
          </Tooltip>
          <LightTag light={figures.light} compact />
        </>
      )}
      {itemId !== undefined &&
        figures.kinds.map((k) => <KindLink key={k.kind} kind={k} itemId={itemId} />)}
    </Flex>
  );
}

function KindLink({ kind, itemId }: { kind: KindProgress; itemId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date } = useFormat();
  const title = [
    t('planProgress.kindCounts', { done: kind.done, open: kind.open, overdue: kind.overdue }),
    kind.nextOpenDue ? t('planProgress.nextDue', { date: date(kind.nextOpenDue) }) : null,
  ]
    .filter(Boolean)
    .join('；');
  return (
    <Tooltip title={title}>
      <Button
        size="small"
        type="link"
        style={{ paddingInline: 4 }}
        data-testid={`kind-${kind.kind}`}
        onClick={() => void navigate(workListPath(kind.kind, itemId))}
      >
        {enumLabel(t, 'workKind', kind.kind)} {kind.done}/{kind.linked}
        {kind.overdue > 0 && (
          <Typography.Text type="danger" style={{ marginInlineStart: 4 }}>
            {t('planProgress.overdueShort', { count: kind.overdue })}
          </Typography.Text>
        )}
      </Button>
    </Tooltip>
  );
}
