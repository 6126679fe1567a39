import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../api/types';
import { useFormat } from '../../../lib/format';
import { AttachmentList } from '../../attachments/components/AttachmentList';

/** Progress reports, newest first; a report that lowered the percentage is marked red. */
export function ProgressTimeline({ entries }: { entries: readonly Progress[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (entries.length === 0) return <Empty description={t('task.noProgress')} />;
  const items = entries.map((p, i) => {
    const previous = i > 0 ? entries[i - 1].percent : 0;
    const lower = p.percent < previous;
    return {
      key: p.id,
      color: lower ? 'red' : p.percent >= 100 ? 'green' : 'blue',
      title: dateTime(p.createdAt),
      content: (
        <div className="progress-entry" data-testid="progress-entry">
          <Flex gap={8} align="center" wrap>
            <Tag color={lower ? 'red' : 'blue'}>{p.percent}%</Tag>
            {p.authorName && (
              <Typography.Text type="secondary">
                {t('task.by', { name: p.authorName })}
              </Typography.Text>
            )}
          </Flex>
          {p.note && (
            <Typography.Paragraph className="progress-note">{p.note}</Typography.Paragraph>
          )}
          <AttachmentList attachments={p.attachments} />
        </div>
      ),
    };
  });
  return <Timeline items={items.reverse()} />;
}
