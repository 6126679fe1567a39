import { Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, TaskLight, TaskPriority, TaskStatus } from '../../../api/types';
import { TASK_LIGHTS, enumLabel } from '../../../lib/enums';
import { PLAN_STATUS_COLORS, PRIORITY_COLORS, TASK_STATUS_COLORS, lightColor } from '../taskStyles';

/** A coloured dot with the light's label (or only the dot, with the label as tooltip). */
export function LightTag({ light, compact = false }: { light: TaskLight; compact?: boolean }) {
  const { t } = useTranslation();
  const label = enumLabel(t, 'light', light);
  const dot = (
    <span
      className="light-dot"
      data-light={light}
      role="img"
      aria-label={label}
      style={{ backgroundColor: lightColor(light) }}
    />
  );
  if (compact) return <Tooltip title={label}>{dot}</Tooltip>;
  return (
    <span className="light-tag" data-light={light}>
      {dot}
      <span>{label}</span>
    </span>
  );
}

export function LightLegend() {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={16} align="center" className="light-legend" data-testid="light-legend">
      <Typography.Text type="secondary">{t('task.legend')}：</Typography.Text>
      {TASK_LIGHTS.map((l) => (
        <Space key={l} size={6}>
          <span
            className="light-dot"
            data-light={l}
            role="img"
            aria-label={enumLabel(t, 'light', l)}
            style={{ backgroundColor: lightColor(l) }}
          />
          <Typography.Text>{t(`task.legend${l}`)}</Typography.Text>
        </Space>
      ))}
    </Flex>
  );
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {enumLabel(t, 'taskStatus', status)}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  return (
    <Tag color={PRIORITY_COLORS[priority] ?? 'default'} variant="outlined">
      {enumLabel(t, 'priority', priority)}
    </Tag>
  );
}

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PLAN_STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {enumLabel(t, 'planStatus', status)}
    </Tag>
  );
}
