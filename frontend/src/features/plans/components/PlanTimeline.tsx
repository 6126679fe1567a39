import { useMemo } from 'react';
import { Alert, Empty, Flex, Skeleton, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useTasks } from '../../tasks/api/tasks';
import { LightLegend } from '../../tasks/components/TaskTags';
import { lightColor } from '../../tasks/taskStyles';
import { buildTimeline } from '../timeline';

/** Gantt-like view of a plan's tasks: bars by light, milestones as diamonds, a line for today. */
export function PlanTimeline({ planId }: { planId: number }) {
  const { t, i18n } = useTranslation();
  const { date } = useFormat();
  const tasks = useTasks({ planId, size: 200, sort: 'dueDate,asc' });
  const model = useMemo(() => buildTimeline(tasks.data?.items ?? []), [tasks.data]);

  if (tasks.isPending) return <Skeleton active />;
  if (tasks.isError) return <Alert type="error" showIcon title={describeError(t, tasks.error)} />;
  if (model.rows.length === 0) return <Empty description={t('task.timelineEmpty')} />;

  const today = model.position(dayjs());
  const zh = i18n.language !== 'en';
  const monthLabel = (m: dayjs.Dayjs, i: number) =>
    i === 0 || m.month() === 0
      ? m.format(zh ? 'YYYY年M月' : 'MMM YYYY')
      : m.format(zh ? 'M月' : 'MMM');

  return (
    <div className="gantt" data-testid="plan-timeline">
      <div className="gantt-row gantt-header">
        <div className="gantt-label">{t('task.name')}</div>
        <div className="gantt-track">
          {model.months.map((m, i) => (
            <div
              key={m.valueOf()}
              className="gantt-month"
              style={{ left: `${model.position(m)}%` }}
            >
              {monthLabel(m, i)}
            </div>
          ))}
          <div className="gantt-today-label" style={{ left: `${today}%` }}>
            {t('task.today')}
          </div>
        </div>
      </div>
      {model.rows.map(({ task, depth, start, end, open }) => {
        const left = model.position(start);
        const width = Math.max(0.8, model.position(end.add(1, 'day')) - left);
        const color = lightColor(task.light);
        return (
          <div className="gantt-row" key={task.id} data-testid="gantt-row">
            <div className="gantt-label" style={{ paddingInlineStart: 8 + depth * 18 }}>
              <Link to={`/tasks/${task.id}`} className="gantt-title" title={task.title}>
                {task.title}
              </Link>
              <Typography.Text type="secondary" className="gantt-sub">
                {task.assigneeOrgName} · {enumLabel(t, 'taskStatus', task.status)}
              </Typography.Text>
            </div>
            <div className="gantt-track">
              {model.months.map((m) => (
                <div
                  key={m.valueOf()}
                  className="gantt-gridline"
                  style={{ left: `${model.position(m)}%` }}
                />
              ))}
              <div className="gantt-today" style={{ left: `${today}%` }} />
              <Tooltip
                title={
                  <div>
                    <div>{task.title}</div>
                    <div>
                      {t('task.dateRange', {
                        start: date(start),
                        end: task.dueDate ? date(task.dueDate) : '…',
                      })}
                    </div>
                    <div>
                      {t('task.progress')} {task.progressPercent}% ·{' '}
                      {enumLabel(t, 'light', task.light)}
                    </div>
                  </div>
                }
              >
                <div
                  className={`gantt-bar${open ? ' gantt-bar-open' : ''}`}
                  data-light={task.light}
                  style={{ left: `${left}%`, width: `${width}%`, borderColor: color }}
                >
                  <div
                    className="gantt-bar-fill"
                    style={{ width: `${task.progressPercent}%`, backgroundColor: color }}
                  />
                  <div className="gantt-bar-bg" style={{ backgroundColor: color }} />
                  <span className="gantt-bar-text">{task.progressPercent}%</span>
                </div>
              </Tooltip>
              {task.milestones.map((m) => (
                <Tooltip
                  key={m.id}
                  title={`${m.title} · ${date(m.dueDate)}${m.doneOn ? ` ✓ ${date(m.doneOn)}` : ''}`}
                >
                  <div
                    className={`gantt-milestone${m.doneOn ? ' done' : ''}`}
                    data-testid="gantt-milestone"
                    style={{ left: `${model.position(m.dueDate)}%` }}
                  />
                </Tooltip>
              ))}
            </div>
          </div>
        );
      })}
      <Flex gap={24} wrap align="center" className="gantt-legend">
        <LightLegend />
        <Flex gap={6} align="center">
          <span className="gantt-milestone legend" />
          <Typography.Text type="secondary">{t('task.milestones')}</Typography.Text>
        </Flex>
        <Flex gap={6} align="center">
          <span className="gantt-today legend" />
          <Typography.Text type="secondary">{t('task.today')}</Typography.Text>
        </Flex>
      </Flex>
    </div>
  );
}
