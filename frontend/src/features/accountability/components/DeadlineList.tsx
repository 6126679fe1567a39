import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDeadline } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { LightTag } from '../../tasks/components/TaskTags';

const STATE_COLORS: Record<string, string> = {
  OPEN: 'processing',
  MET: 'success',
  LATE: 'warning',
  OVERDUE: 'error',
  LAPSED: 'default',
};

/** The countdown of a running clock, or when it was done. */
export function Countdown({ deadline }: { deadline: CaseDeadline }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (deadline.doneOn) return <span>{t('case.doneOn', { date: date(deadline.doneOn) })}</span>;
  if (deadline.daysLeft === undefined || deadline.state === 'LAPSED') return null;
  const days = deadline.daysLeft;
  const text =
    days > 0
      ? t('case.daysLeft', { days })
      : days === 0
        ? t('case.dueToday')
        : t('case.daysOverdue', { days: -days });
  return (
    <Typography.Text
      strong
      type={days < 0 ? 'danger' : days <= 3 ? 'warning' : undefined}
      data-testid="countdown"
    >
      {text}
    </Typography.Text>
  );
}

/** The procedure's clocks with their lights and countdowns. */
export function DeadlineList({ deadlines }: { deadlines: readonly CaseDeadline[] }) {
  const { t, i18n } = useTranslation();
  // the server's label is Chinese (with the rule, e.g. 决定后30日内); English uses the kind
  const label = (d: CaseDeadline) =>
    i18n.language === 'en' ? enumLabel(t, 'deadlineKind', d.kind) : d.label;
  const { date } = useFormat();
  if (deadlines.length === 0) {
    return <Typography.Text type="secondary">{t('case.noDeadlines')}</Typography.Text>;
  }
  return (
    <List
      size="small"
      data-testid="case-deadlines"
      dataSource={[...deadlines]}
      renderItem={(d) => (
        <List.Item data-kind={d.kind} style={{ paddingInline: 0 }}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Flex align="center" gap={8}>
                <LightTag light={d.light} compact />
                <Typography.Text strong>{label(d)}</Typography.Text>
              </Flex>
              <Tag color={STATE_COLORS[d.state] ?? 'default'}>
                {enumLabel(t, 'deadlineState', d.state)}
              </Tag>
            </Flex>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {enumLabel(t, 'party', d.party)} ·{' '}
                {t('case.period', { start: date(d.startOn), end: date(d.dueOn) })}
              </Typography.Text>
              <Countdown deadline={d} />
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}
