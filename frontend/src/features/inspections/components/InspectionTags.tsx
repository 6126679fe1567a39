import { Space, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  FindingCounts,
  FindingSeverity,
  FindingStatus,
  IndicatorSystemStatus,
  InspectionReportStatus,
} from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { FINDING_STATUS_COLORS, REPORT_STATUS_COLORS, SEVERITY_COLORS } from '../styles';

export function ReportStatusTag({ status }: { status: InspectionReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REPORT_STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {enumLabel(t, 'reportStatus', status)}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLORS[severity] ?? 'default'} variant="outlined" data-severity={severity}>
      {enumLabel(t, 'severity', severity)}
    </Tag>
  );
}

export function FindingStatusTag({ status }: { status: FindingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={FINDING_STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {enumLabel(t, 'findingStatus', status)}
    </Tag>
  );
}

export function SystemStatusTag({ status }: { status: IndicatorSystemStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'PUBLISHED' ? 'green' : 'orange'} data-status={status}>
      {enumLabel(t, 'systemStatus', status)}
    </Tag>
  );
}

export function EscalationTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" icon={<WarningOutlined />} data-testid="escalation">
      {t('finding.escalated')}
    </Tag>
  );
}

/** A report's findings by status, compact: total with the open / awaiting / closed split. */
export function FindingCountsCell({ counts }: { counts: FindingCounts }) {
  const { t } = useTranslation();
  if (counts.total === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Tooltip title={t('report.findingCounts', counts)}>
      <Space size={4} wrap>
        <Typography.Text strong>{counts.total}</Typography.Text>
        {counts.open + counts.reopened > 0 && (
          <Tag color="red" variant="filled" style={{ marginInlineEnd: 0 }}>
            {enumLabel(t, 'findingStatus', 'OPEN')} {counts.open + counts.reopened}
          </Tag>
        )}
        {counts.submitted > 0 && (
          <Tag color="gold" variant="filled" style={{ marginInlineEnd: 0 }}>
            {enumLabel(t, 'findingStatus', 'SUBMITTED')} {counts.submitted}
          </Tag>
        )}
        {counts.verified > 0 && (
          <Tag color="green" variant="filled" style={{ marginInlineEnd: 0 }}>
            {enumLabel(t, 'findingStatus', 'VERIFIED')} {counts.verified}
          </Tag>
        )}
      </Space>
    </Tooltip>
  );
}
