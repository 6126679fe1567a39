import { Alert, Checkbox, DatePicker, Flex, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  FindingQuery,
  FindingSeverity,
  FindingStatus,
  InspectionType,
  TaskLight,
} from '../../../api/types';
import { EnumFilter, KeywordFilter, OpenOnlyFilter } from '../../../components/ListFilters';
import { openOnly, openOnlyParam } from '../../../lib/list/openOnly';
import { ListPage } from '../../../components/ListPage';
import {
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  INSPECTION_TYPES,
  TASK_LIGHTS,
  enumLabel,
} from '../../../lib/enums';
import { fromDateRange, toDateRange, useFormat, type DateRange } from '../../../lib/format';
import { useListState } from '../../../lib/list/useListState';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { LightTag } from '../../tasks/components/TaskTags';
import { lightColor } from '../../tasks/taskStyles';
import { exportFindings, useFindings } from '../api/findings';
import { FindingTable } from './FindingTable';
import { PlanItemFilterTag } from '../../plans/components/PlanItemFilter';
import { usePlanItemParam } from '../../plans/planItemParam';

type Filters = {
  q?: string;
  status?: FindingStatus;
  light?: TaskLight;
  severity?: FindingSeverity;
  reportType?: InspectionType;
  ownerOrgId?: number;
  escalation?: boolean;
  due?: DateRange;
  open?: boolean;
};

export type FindingsMode = 'ledger' | 'mine' | 'verify';

const FILTERS = {
  q: 'string',
  status: FINDING_STATUSES,
  light: TASK_LIGHTS,
  severity: FINDING_SEVERITIES,
  reportType: INSPECTION_TYPES,
  ownerOrgId: 'int',
  escalation: 'boolean',
  dueAfter: 'date',
  dueBefore: 'date',
  open: 'boolean',
} as const;
const DEFAULTS = { sort: 'dueDate,asc' };

function FindingLegend() {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={16} align="center" data-testid="light-legend">
      <Typography.Text type="secondary">{t('finding.legend')}：</Typography.Text>
      {TASK_LIGHTS.map((l) => (
        <Space key={l} size={6}>
          <span
            className="light-dot"
            data-light={l}
            role="img"
            aria-label={enumLabel(t, 'light', l)}
            style={{ backgroundColor: lightColor(l) }}
          />
          <Typography.Text>{t(`finding.legend${l}`)}</Typography.Text>
        </Space>
      ))}
    </Flex>
  );
}

/** The ledger (问题台账), 我的整改 (mine) or the inspectors' verification queue (verify). */
export function FindingsPage({ mode = 'ledger' }: { mode?: FindingsMode }) {
  const { t } = useTranslation();
  const { pickerFormat } = useFormat();
  const list = useListState(FILTERS, DEFAULTS);
  const planItemId = usePlanItemParam();
  // 我的整改 shows what is still to rectify unless told otherwise; the verification queue is open anyway
  const openByDefault = mode === 'mine';
  const open = openOnly(list.filters.open, openByDefault);
  const query: FindingQuery = {
    ...list.query,
    mine: mode === 'mine' || undefined,
    open: (mode !== 'verify' && open) || undefined,
    status: mode === 'verify' ? 'SUBMITTED' : list.query.status,
    planItemId,
  };
  const findings = useFindings(query);
  const { dueAfter, dueBefore, ...rest } = list.filters;

  const title =
    mode === 'mine'
      ? t('finding.mineTitle')
      : mode === 'verify'
        ? t('finding.verifyTitle')
        : t('finding.title');

  return (
    <ListPage<Filters>
      title={title}
      exportLabel={t('finding.export')}
      onExport={() => exportFindings(query, `${t('finding.exportName')}.xlsx`)}
      notice={
        <>
          {mode === 'verify' && (
            <Alert
              type="info"
              showIcon
              title={t('finding.verifyHint')}
              style={{ marginBottom: 16 }}
            />
          )}
          <PlanItemFilterTag />
        </>
      }
      filters={{
        values: { ...rest, open, due: toDateRange(dueAfter, dueBefore) },
        onApply: ({ due, q, escalation, open: checked, ...f }) => {
          const [after, before] = fromDateRange(due);
          list.setFilters({
            ...f,
            q: q?.trim() || undefined,
            escalation: escalation || undefined,
            dueAfter: after,
            dueBefore: before,
            open: openOnlyParam(checked, openByDefault),
          });
        },
        children: (
          <>
            <KeywordFilter
              label={t('finding.keyword')}
              placeholder={t('finding.keywordPlaceholder')}
              width={190}
            />
            {mode !== 'verify' && (
              <EnumFilter
                name="status"
                label={t('finding.status')}
                placeholder={t('finding.allStatuses')}
                width={120}
                values={FINDING_STATUSES}
                group="findingStatus"
              />
            )}
            <EnumFilter
              name="light"
              label={t('finding.light')}
              placeholder={t('finding.allLights')}
              width={110}
              values={TASK_LIGHTS}
              group="light"
              render={(l) => <LightTag light={l} />}
            />
            <EnumFilter
              name="severity"
              label={t('finding.severity')}
              placeholder={t('finding.allSeverities')}
              width={110}
              values={FINDING_SEVERITIES}
              group="severity"
            />
            <EnumFilter
              name="reportType"
              label={t('finding.reportType')}
              placeholder={t('finding.allTypes')}
              width={160}
              values={INSPECTION_TYPES}
              group="inspectionType"
            />
            {mode !== 'mine' && (
              <Form.Item name="ownerOrgId" label={t('finding.owner')}>
                <OrgTreeSelect placeholder={t('finding.allOrgs')} style={{ width: 190 }} />
              </Form.Item>
            )}
            <Form.Item name="due" label={t('finding.dueRange')}>
              <DatePicker.RangePicker format={pickerFormat} style={{ width: 280 }} />
            </Form.Item>
            <Form.Item name="escalation" valuePropName="checked">
              <Checkbox>{t('finding.onlyEscalated')}</Checkbox>
            </Form.Item>
            {mode !== 'verify' && <OpenOnlyFilter />}
          </>
        ),
      }}
      legend={<FindingLegend />}
      error={findings.error}
    >
      <div data-testid="finding-table">
        <FindingTable
          findings={findings.data?.items ?? []}
          loading={findings.isFetching}
          hide={mode === 'mine' ? ['owner', 'inspecting'] : []}
          onChange={list.onTableChange}
          pagination={list.pagination(findings.data?.total)}
        />
      </div>
    </ListPage>
  );
}
