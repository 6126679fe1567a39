import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Select,
  Skeleton,
  Space,
  Table,
  Upload,
  type TableProps,
} from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MonitoringResult, MonitoringSubject } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { enumLabel } from '../../../lib/enums';
import {
  useImportMonitoringResults,
  useMonitoringComparison,
  useMonitoringCycle,
  useMonitoringResults,
} from '../api/monitoring';

type FieldError = { field: string; message: string };

const share = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}%`);
const plain = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));

/** One monitoring cycle: its sample, the results with the province beside each, a county comparison and the import. */
export function MonitoringCyclePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const cycle = useMonitoringCycle(id);
  const results = useMonitoringResults(id);
  const [importErrors, setImportErrors] = useState<FieldError[] | null>(null);
  const [subject, setSubject] = useState<MonitoringSubject>();
  const [grade, setGrade] = useState<number>();

  if (cycle.isPending) return <Skeleton active />;
  if (cycle.isError) return <Alert type="error" showIcon title={describeError(t, cycle.error)} />;
  const c = cycle.data;
  const chosenSubject = subject ?? c.subjects[0];
  const chosenGrade = grade ?? c.grades[c.grades.length - 1];

  const columns: TableProps<MonitoringResult>['columns'] = [
    { title: t('monitoring.county'), dataIndex: 'countyName', key: 'county' },
    { title: t('monitoring.school'), key: 'school', render: (_, r) => r.schoolName ?? '—' },
    { title: t('monitoring.grade'), dataIndex: 'grade', key: 'grade', width: 70 },
    {
      title: t('monitoring.subject'),
      key: 'subject',
      render: (_, r) => enumLabel(t, 'monitoringSubject', r.subject),
    },
    {
      title: t('monitoring.level3Share'),
      key: 'level3',
      render: (_, r) => `${share(r.figures.level3Share)}（${share(r.province.level3Share)}）`,
    },
    {
      title: t('monitoring.excellentShare'),
      key: 'excellent',
      render: (_, r) => `${share(r.figures.excellentShare)}（${share(r.province.excellentShare)}）`,
    },
    {
      title: t('monitoring.meanScore'),
      key: 'mean',
      render: (_, r) => `${plain(r.figures.meanScore)}（${plain(r.province.meanScore)}）`,
    },
    {
      title: t('monitoring.differenceRate'),
      key: 'difference',
      render: (_, r) => `${plain(r.figures.differenceRate)}（${plain(r.province.differenceRate)}）`,
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <PageHeader title={c.title} />
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('monitoring.owner')}>{c.ownerOrgName}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.status')}>
          {enumLabel(t, 'monitoringCycleStatus', c.status)}
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.grades')}>{c.grades.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.subjects')}>
          {c.subjects.map((s) => enumLabel(t, 'monitoringSubject', s)).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.testDate')}>{c.testDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.endsOn')}>{c.endsOn}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.counties')} span={3}>
          {c.counties.map((county) => county.countyName).join('、')}
        </Descriptions.Item>
      </Descriptions>
      {c.manageable && (
        <ImportButton
          cycleId={c.id}
          onErrors={setImportErrors}
          onImported={() => setImportErrors(null)}
        />
      )}
      {importErrors && (
        <Alert
          type="error"
          showIcon
          data-testid="import-errors"
          closable={{ onClose: () => setImportErrors(null) }}
          title={t('monitoring.importErrors', { count: importErrors.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {importErrors.map((e) => (
                <li key={`${e.field}-${e.message}`}>
                  {e.field}：{e.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Card size="small" title={t('monitoring.results')}>
        <Table<MonitoringResult>
          size="small"
          rowKey={(r) => `${r.countyId}-${r.schoolId ?? 0}-${r.grade}-${r.subject}`}
          columns={columns}
          dataSource={results.data?.items}
          loading={results.isFetching}
          pagination={false}
        />
      </Card>
      <Card
        size="small"
        title={t('monitoring.comparison')}
        extra={
          <Space>
            <Select<MonitoringSubject>
              aria-label={t('monitoring.subject')}
              value={chosenSubject}
              onChange={setSubject}
              style={{ width: 130 }}
              options={c.subjects.map((s) => ({
                value: s,
                label: enumLabel(t, 'monitoringSubject', s),
              }))}
            />
            <Select<number>
              aria-label={t('monitoring.grade')}
              value={chosenGrade}
              onChange={setGrade}
              style={{ width: 100 }}
              options={c.grades.map((g) => ({
                value: g,
                label: t('monitoring.gradeN', { grade: g }),
              }))}
            />
          </Space>
        }
      >
        <ComparisonBars cycleId={c.id} subject={chosenSubject} grade={chosenGrade} />
      </Card>
    </Space>
  );
}

/** The counties' share at level III or above as bars, the province's share as a line across them. */
function ComparisonBars({
  cycleId,
  subject,
  grade,
}: {
  cycleId: number;
  subject: MonitoringSubject | undefined;
  grade: number | undefined;
}) {
  const { t } = useTranslation();
  const comparison = useMonitoringComparison(cycleId, subject, grade);
  if (comparison.isPending) return <Skeleton active />;
  if (comparison.isError)
    return <Alert type="error" showIcon title={describeError(t, comparison.error)} />;
  const province = comparison.data.province.level3Share;
  if (comparison.data.counties.length === 0) return <span>{t('monitoring.noResults')}</span>;
  return (
    <div data-testid="comparison">
      {comparison.data.counties.map((r) => (
        <div
          key={r.countyId}
          style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '4px 0' }}
        >
          <span style={{ width: 120 }}>{r.countyName}</span>
          <div style={{ position: 'relative', flex: 1, background: '#f5f5f5', height: 18 }}>
            <div
              style={{
                width: `${r.figures.level3Share ?? 0}%`,
                background: '#1677ff',
                height: '100%',
              }}
            />
            {province !== null && province !== undefined && (
              <div
                title={t('monitoring.province')}
                style={{
                  position: 'absolute',
                  left: `${province}%`,
                  top: -2,
                  bottom: -2,
                  width: 2,
                  background: '#fa541c',
                }}
              />
            )}
          </div>
          <span style={{ width: 140 }}>
            {share(r.figures.level3Share)}（{t('monitoring.province')} {share(province)}）
          </span>
        </div>
      ))}
    </div>
  );
}

function ImportButton({
  cycleId,
  onErrors,
  onImported,
}: {
  cycleId: number;
  onErrors: (errors: FieldError[]) => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importFile = useImportMonitoringResults();
  return (
    <Upload
      accept=".xlsx,.csv"
      showUploadList={false}
      maxCount={1}
      beforeUpload={(file) => {
        importFile.mutate(
          { id: cycleId, file },
          {
            onSuccess: (r) => {
              void message.success(t('monitoring.imported', { rows: r.rows }));
              onImported();
            },
            onError: (e) => {
              if (e instanceof ApiError && e.fieldErrors.length > 0) onErrors(e.fieldErrors);
              else void message.error(describeError(t, e));
            },
          },
        );
        return false;
      }}
    >
      <Button type="primary" icon={<UploadOutlined />} loading={importFile.isPending}>
        {t('monitoring.import')}
      </Button>
    </Upload>
  );
}
