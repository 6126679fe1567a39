import { Badge, Card, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem, WorkKind } from '../../../api/types';
import { useFormat } from '../../../lib/format';
import { enumLabel } from '../../../lib/enums';
import { LightTag } from '../../tasks/components/TaskTags';
import { useInbox, useInboxCounts } from '../api/inbox';
import './inbox.css';

/** How many items of the inbox the home page lists; the counts tell how many wait in all. */
const SHOWN = 50;

/** The home page's 待办: what waits for the caller, grouped by kind, worst light first within each. */
export function InboxCard() {
  const { t } = useTranslation();
  const inbox = useInbox({ size: SHOWN });
  const counts = useInboxCounts();
  const items = inbox.data?.items ?? [];
  const groups = groupByKind(items);
  const total = counts.data?.total ?? inbox.data?.total ?? 0;
  return (
    <Card
      title={
        <Space>
          {t('inbox.title')}
          <Badge
            count={total}
            showZero
            color={total ? undefined : 'green'}
            data-testid="inbox-total"
          />
        </Space>
      }
      loading={inbox.isPending}
      data-testid="inbox"
    >
      {groups.length === 0 ? (
        <Empty description={t('inbox.empty')} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {groups.map(([kind, list]) => (
            <InboxGroup
              key={kind}
              kind={kind}
              items={list}
              total={counts.data?.kinds.find((c) => c.kind === kind)?.open ?? list.length}
            />
          ))}
        </Space>
      )}
    </Card>
  );
}

function InboxGroup({ kind, items, total }: { kind: WorkKind; items: InboxItem[]; total: number }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section data-testid={`inbox-${kind}`}>
      <Typography.Title level={5} style={{ margin: '0 0 4px' }}>
        {enumLabel(t, 'workKind', kind)}{' '}
        <Typography.Text type="secondary">({total})</Typography.Text>
      </Typography.Title>
      <ul className="inbox-list">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`}>
            <Flex justify="space-between" gap={8} wrap>
              <Space wrap>
                <LightTag light={item.light} compact />
                <Link to={item.link}>{item.title}</Link>
                {item.ownerOrgName && (
                  <Typography.Text type="secondary">{item.ownerOrgName}</Typography.Text>
                )}
              </Space>
              {item.dueDate && (
                <Typography.Text type="secondary">
                  {t('inbox.due', { date: date(item.dueDate) })}
                </Typography.Text>
              )}
            </Flex>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Groups in the order the kinds first appear, so the group holding the worst light comes first. */
function groupByKind(items: InboxItem[]): [WorkKind, InboxItem[]][] {
  const groups = new Map<WorkKind, InboxItem[]>();
  for (const item of items) {
    const list = groups.get(item.kind) ?? [];
    list.push(item);
    groups.set(item.kind, list);
  }
  return [...groups.entries()];
}
