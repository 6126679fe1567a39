import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Finding } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';

/**
 * Where a finding came from: its inspection report (linked, with the report's type), or for findings
 * without a report the source's own name and kind (a complaint, a monitoring feedback, raised directly …).
 */
export function FindingSourceLabel({
  finding: f,
  inline = false,
}: {
  finding: Pick<Finding, 'reportId' | 'reportTitle' | 'reportType' | 'sourceType' | 'sourceTitle'>;
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const title =
    f.reportId !== undefined && f.reportId !== null ? (
      <Link to={`/inspection-reports/${f.reportId}`}>{f.reportTitle}</Link>
    ) : (
      <span data-testid="finding-source-title">
        {f.sourceTitle ?? enumLabel(t, 'findingSource', f.sourceType)}
      </span>
    );
  const kind = f.reportType
    ? enumLabel(t, 'inspectionType', f.reportType)
    : enumLabel(t, 'findingSource', f.sourceType);
  if (inline) {
    return (
      <>
        {title}（{kind}）
      </>
    );
  }
  return (
    <Space orientation="vertical" size={0}>
      {title}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {kind}
      </Typography.Text>
    </Space>
  );
}
