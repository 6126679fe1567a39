import { Badge, Button, Empty, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../../lib/format';
import {
  useLatestNotifications,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from '../api/notifications';
import './notifications.css';

/** The header's bell: the unread count, the latest notifications; opening one marks it read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { dateTime } = useFormat();
  const latest = useLatestNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = latest.data?.unread ?? 0;
  const items = latest.data?.items ?? [];
  const content = (
    <div className="notification-panel" data-testid="notification-panel">
      {items.length === 0 ? (
        <Empty description={t('notifications.empty')} />
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
              <Button
                type="link"
                size="small"
                onClick={() => {
                  if (!n.readAt) markRead.mutate(n.id);
                  void navigate(n.link);
                }}
              >
                {n.title}
              </Button>
              <Typography.Text type="secondary">{dateTime(n.createdAt)}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          {t('notifications.title')}
          <Button
            size="small"
            type="link"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Space>
      }
      content={content}
    >
      <Badge count={unread} size="small" overflowCount={99} data-testid="header-bell">
        <Button
          type="text"
          size="small"
          icon={<BellOutlined />}
          aria-label={t('notifications.title')}
        />
      </Badge>
    </Popover>
  );
}
