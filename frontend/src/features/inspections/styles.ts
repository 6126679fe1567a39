import type { FindingSeverity, FindingStatus, InspectionReportStatus } from '../../api/types';

/** antd Tag colours. */
export const REPORT_STATUS_COLORS: Record<InspectionReportStatus, string> = {
  DRAFT: 'orange',
  SUBMITTED: 'gold',
  APPROVED: 'processing',
  PUBLISHED: 'success',
};

export const SEVERITY_COLORS: Record<FindingSeverity, string> = {
  MAJOR: 'red',
  GENERAL: 'orange',
  MINOR: 'blue',
};

export const FINDING_STATUS_COLORS: Record<FindingStatus, string> = {
  OPEN: 'default',
  SUBMITTED: 'gold',
  VERIFIED: 'success',
  REOPENED: 'volcano',
};
