import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../api/types';
import { useFormat } from '../../../lib/format';

/** A task's milestones in date order: done green, overdue red, upcoming blue. */
export function MilestoneTimeline({ milestones }: { milestones: readonly Milestone[] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (milestones.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('task.noMilestones')} />;
  }
  const today = dayjs().startOf('day');
  const sorted = [...milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Timeline
      items={sorted.map((m) => {
        const done = !!m.doneOn;
        const overdue = !done && dayjs(m.dueDate).isBefore(today);
        return {
          key: m.id,
          color: done ? 'green' : overdue ? 'red' : 'blue',
          icon: done ? (
            <CheckCircleFilled />
          ) : overdue ? (
            <ExclamationCircleFilled />
          ) : (
            <ClockCircleOutlined />
          ),
          title: date(m.dueDate),
          content: (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong={!done} delete={false}>
                {m.title}
              </Typography.Text>
              {done && (
                <Typography.Text type="success" style={{ fontSize: 12 }}>
                  {t('task.milestoneDoneOn', { date: date(m.doneOn) })}
                </Typography.Text>
              )}
              {overdue && <Tag color="red">{t('task.milestoneOverdue')}</Tag>}
            </Space>
          ),
        };
      })}
    />
  );
}
