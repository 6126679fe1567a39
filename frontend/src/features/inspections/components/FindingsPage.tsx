import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Typography,
} from 'antd';
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type {
  FindingQuery,
  FindingSeverity,
  FindingStatus,
  InspectionType,
  TaskLight,
} from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import {
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  INSPECTION_TYPES,
  TASK_LIGHTS,
  enumLabel,
} from '../../../lib/enums';
import { toApiDate, useFormat } from '../../../lib/format';
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
  due?: [Dayjs | null, Dayjs | null] | null;
};

export type FindingsMode = 'ledger' | 'mine' | 'verify';

const PAGE_SIZE = 20;

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
  const [form] = Form.useForm<Filters>();
  const onError = useApiErrorHandler();
  const initial: FindingQuery = {
    page: 0,
    size: PAGE_SIZE,
    sort: 'dueDate,asc',
    mine: mode === 'mine' || undefined,
    status: mode === 'verify' ? 'SUBMITTED' : undefined,
  };
  const [query, setQuery] = useState<FindingQuery>(initial);
  const [exporting, setExporting] = useState(false);
  const planItemId = usePlanItemParam();
  const filtered = { ...query, planItemId };
  const findings = useFindings(filtered);

  const apply = (f: Filters) =>
    setQuery((q) => ({
      ...q,
      page: 0,
      q: f.q?.trim() || undefined,
      status: mode === 'verify' ? 'SUBMITTED' : f.status,
      light: f.light,
      severity: f.severity,
      reportType: f.reportType,
      ownerOrgId: f.ownerOrgId,
      escalation: f.escalation || undefined,
      dueAfter: toApiDate(f.due?.[0]),
      dueBefore: toApiDate(f.due?.[1]),
    }));

  const title =
    mode === 'mine'
      ? t('finding.mineTitle')
      : mode === 'verify'
        ? t('finding.verifyTitle')
        : t('finding.title');

  return (
    <>
      <PageHeader
        title={title}
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            data-action="export"
            onClick={() => {
              setExporting(true);
              exportFindings(filtered, `${t('finding.exportName')}.xlsx`)
                .catch((e: unknown) => onError(e))
                .finally(() => setExporting(false));
            }}
          >
            {t('finding.export')}
          </Button>
        }
      />
      {mode === 'verify' && (
        <Alert type="info" showIcon title={t('finding.verifyHint')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters> form={form} layout="inline" onFinish={apply} style={{ rowGap: 12 }}>
          <Form.Item name="q" label={t('finding.keyword')}>
            <Input
              allowClear
              placeholder={t('finding.keywordPlaceholder')}
              style={{ width: 190 }}
            />
          </Form.Item>
          {mode !== 'verify' && (
            <Form.Item name="status" label={t('finding.status')}>
              <Select
                allowClear
                style={{ width: 120 }}
                placeholder={t('finding.allStatuses')}
                options={FINDING_STATUSES.map((v) => ({
                  value: v,
                  label: enumLabel(t, 'findingStatus', v),
                }))}
              />
            </Form.Item>
          )}
          <Form.Item name="light" label={t('finding.light')}>
            <Select
              allowClear
              style={{ width: 110 }}
              placeholder={t('finding.allLights')}
              options={TASK_LIGHTS.map((l) => ({
                value: l,
                title: t(`finding.legend${l}`),
                label: <LightTag light={l} />,
              }))}
            />
          </Form.Item>
          <Form.Item name="severity" label={t('finding.severity')}>
            <Select
              allowClear
              style={{ width: 110 }}
              placeholder={t('finding.allSeverities')}
              options={FINDING_SEVERITIES.map((v) => ({
                value: v,
                label: enumLabel(t, 'severity', v),
              }))}
            />
          </Form.Item>
          <Form.Item name="reportType" label={t('finding.reportType')}>
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('finding.allTypes')}
              options={INSPECTION_TYPES.map((v) => ({
                value: v,
                label: enumLabel(t, 'inspectionType', v),
              }))}
            />
          </Form.Item>
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
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  apply({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <PlanItemFilterTag />
      <Card>
        <div style={{ marginBottom: 12 }}>
          <FindingLegend />
        </div>
        {findings.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(t, findings.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <div data-testid="finding-table">
          <FindingTable
            findings={findings.data?.items ?? []}
            loading={findings.isFetching}
            hide={mode === 'mine' ? ['owner', 'inspecting'] : []}
            onChange={({ page, size }) => setQuery((q) => ({ ...q, page, size }))}
            pagination={{
              current: (query.page ?? 0) + 1,
              pageSize: query.size ?? PAGE_SIZE,
              total: findings.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
            }}
          />
        </div>
      </Card>
    </>
  );
}
