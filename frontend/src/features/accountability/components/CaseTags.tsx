import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, SevereGround } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { CASE_STATUS_COLORS } from '../procedure';

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CASE_STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {enumLabel(t, 'caseStatus', status)}
    </Tag>
  );
}

/** The 从重 mark, with its grounds as tooltip. */
export function SevereTag({ reasons }: { reasons: readonly SevereGround[] }) {
  const { t } = useTranslation();
  const title = reasons.map((r) => enumLabel(t, 'severeReason', r.code)).join('；');
  return (
    <Tooltip title={title || undefined}>
      <Tag color="red" variant="solid" data-testid="severe-tag">
        {t('case.severe')}
      </Tag>
    </Tooltip>
  );
}
