import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseTimelineEntry } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';

export function CaseTimeline({ entries }: { entries: readonly CaseTimelineEntry[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (entries.length === 0) {
    return <Typography.Text type="secondary">{t('case.noTimeline')}</Typography.Text>;
  }
  return (
    <Timeline
      data-testid="case-timeline"
      items={entries.map((e, i) => ({
        key: `${e.step}-${i}`,
        color: e.overrideReason ? 'red' : e.step === 'DISMISS' ? 'gray' : 'blue',
        content: (
          <div data-step={e.step}>
            <Typography.Text strong>{enumLabel(t, 'caseStep', e.step)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {dateTime(e.at)} · {e.by}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {e.note}
              </Typography.Paragraph>
            )}
            {e.overrideReason && (
              <Tag color="red" style={{ marginTop: 4, whiteSpace: 'normal' }}>
                {t('case.overridden', { reason: e.overrideReason })}
              </Tag>
            )}
          </div>
        ),
      }))}
    />
  );
}
