import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Skeleton,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { FileWordOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { InspectionReport } from '../../../api/types';
import { DetailHeader, DetailLoadError } from '../../../components/DetailHeader';
import { DownloadButton } from '../../../components/DownloadButton';
import { describeError } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useIndicatorSystem } from '../api/indicatorSystems';
import { downloadReportDocument, useReport, useReportFindings } from '../api/reports';
import { FindingFormModal } from './FindingFormModal';
import { FindingTable } from './FindingTable';
import { ReportStatusTag } from './InspectionTags';
import { ReportActions } from './ReportActions';
import { ScoreTable } from './ScoreTable';

/** Renders the report page, or the not-found page for a report outside the caller's scope. */
export function ReportDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const report = useReport(Number.isFinite(id) ? id : undefined);
  if (report.isPending) return <Skeleton active />;
  if (report.isError)
    return (
      <DetailLoadError
        error={report.error}
        back="/inspection-reports"
        backLabel={t('nav.reports')}
      />
    );
  return <ReportDetail report={report.data} />;
}

function ReportDocumentButton({
  report,
  which,
}: {
  report: InspectionReport;
  which: 'document' | 'rectification-notice';
}) {
  const { t } = useTranslation();
  const label = which === 'document' ? t('report.downloadDocument') : t('report.downloadNotice');
  const fallback = `${which === 'document' ? t('report.fileName') : t('report.noticeFileName')}-${report.id}.docx`;
  return (
    <DownloadButton
      icon={<FileWordOutlined />}
      label={label}
      data-download={which}
      run={() => downloadReportDocument(report.id, which, fallback)}
    />
  );
}

function ReportDetail({ report }: { report: InspectionReport }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date, dateTime } = useFormat();
  const system = useIndicatorSystem(report.indicatorSystemId);
  const findings = useReportFindings(report.id);
  const [adding, setAdding] = useState(false);
  const canAddFinding = report.allowedActions.includes('edit');
  const openFindings = report.findings.open + report.findings.reopened + report.findings.submitted;

  return (
    <>
      <DetailHeader
        back="/inspection-reports"
        title={report.title}
        titleTestId="report-title"
        tags={
          <>
            <ReportStatusTag status={report.status} />
            <Tag>{enumLabel(t, 'inspectionType', report.type)}</Tag>
            {report.topic && <Tag color="blue">{report.topic}</Tag>}
          </>
        }
        actions={
          <Space orientation="vertical" align="end" size={8}>
            <ReportActions report={report} />
            <Space wrap>
              <Button
                icon={<PrinterOutlined />}
                onClick={() => void navigate(`/inspection-reports/${report.id}/print`)}
              >
                {t('report.printView')}
              </Button>
              <ReportDocumentButton report={report} which="document" />
              {openFindings > 0 && (
                <ReportDocumentButton report={report} which="rectification-notice" />
              )}
            </Space>
          </Space>
        }
      />

      {report.returnReason && report.status === 'DRAFT' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('report.returnReason')}：${report.returnReason}`}
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('report.details')}>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="middle"
              styles={{ label: { width: 110 } }}
              data-testid="report-details"
            >
              <Descriptions.Item label={t('report.target')}>
                {report.targetOrgName}
              </Descriptions.Item>
              <Descriptions.Item label={t('report.inspecting')}>
                {report.inspectingOrgName}
              </Descriptions.Item>
              <Descriptions.Item label={t('report.visit')}>
                {report.visitStart
                  ? report.visitEnd && report.visitEnd !== report.visitStart
                    ? `${date(report.visitStart)} — ${date(report.visitEnd)}`
                    : date(report.visitStart)
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('report.system')}>
                {report.indicatorSystemId ? (
                  <Link to={`/indicator-systems/${report.indicatorSystemId}`}>
                    {report.indicatorSystemName}（
                    {t('report.systemVersion', { version: report.indicatorSystemVersion })}）
                  </Link>
                ) : (
                  t('report.noSystem')
                )}
              </Descriptions.Item>
              {report.submittedAt && (
                <Descriptions.Item label={t('report.submittedAt')}>
                  {dateTime(report.submittedAt)}
                </Descriptions.Item>
              )}
              {report.publishedAt && (
                <Descriptions.Item label={t('report.publishedAt')}>
                  {dateTime(report.publishedAt)}
                </Descriptions.Item>
              )}
              {report.summary && (
                <Descriptions.Item label={t('report.summary')} span={2}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {report.summary}
                  </Typography.Paragraph>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('report.scores')}>
            <Flex gap={24} wrap data-testid="report-result">
              {report.maxTotalScore !== undefined && (
                <Statistic
                  title={t('report.total')}
                  value={report.totalScore ?? 0}
                  suffix={`/ ${report.maxTotalScore}`}
                />
              )}
              <Statistic title={t('report.grade')} value={report.grade ?? '—'} />
            </Flex>
            {report.unscoredCodes.length > 0 && (
              <Typography.Text type="warning">
                {t('report.unscored', { count: report.unscoredCodes.length })}：
                {report.unscoredCodes.join('、')}
              </Typography.Text>
            )}
          </Card>
        </Col>
        {report.indicatorSystemId !== undefined && (
          <Col span={24}>
            <Card title={t('report.scoreForm')}>
              {system.data ? (
                <ScoreTable
                  kind={system.data.kind}
                  indicators={system.data.indicators}
                  scores={report.scores}
                />
              ) : system.isError ? (
                <Alert type="error" showIcon title={describeError(t, system.error)} />
              ) : (
                <Skeleton active />
              )}
            </Card>
          </Col>
        )}
        <Col span={24}>
          <Card
            title={`${t('report.findings')}（${report.findings.total}）`}
            extra={
              canAddFinding && (
                <Button
                  icon={<PlusOutlined />}
                  data-action="add-finding"
                  onClick={() => setAdding(true)}
                >
                  {t('report.addFinding')}
                </Button>
              )
            }
            styles={{ body: { padding: findings.data?.items.length ? 0 : undefined } }}
          >
            <div data-testid="report-findings">
              {findings.data?.items.length ? (
                <FindingTable findings={findings.data.items} hide={['report', 'inspecting']} />
              ) : (
                <Typography.Text type="secondary">{t('report.noFindings')}</Typography.Text>
              )}
            </div>
          </Card>
        </Col>
      </Row>
      {adding && (
        <FindingFormModal
          report={report}
          indicators={system.data?.indicators}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}
