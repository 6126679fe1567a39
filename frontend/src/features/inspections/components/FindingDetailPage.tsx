import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../components/ReasonModal';
import { useParams } from 'react-router';
import type { Finding, RectificationBody } from '../../../api/types';
import { DetailHeader, DetailLoadError } from '../../../components/DetailHeader';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { canIssue, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { CaseLink, OpenCaseButton } from '../../accountability';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { AttachmentUpload } from '../../attachments/components/AttachmentUpload';
import { useMe } from '../../auth/api/session';
import { LightTag } from '../../tasks/components/TaskTags';
import { useFinding, useRectify, useReopenFinding, useVerifyFinding } from '../api/findings';
import { EscalationTag, FindingStatusTag, SeverityTag } from './InspectionTags';
import { PlanItemLabel } from '../../plans/components/PlanItemFilter';
import { FindingSourceLabel } from './FindingSource';

export function FindingDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const finding = useFinding(Number.isFinite(id) ? id : undefined);
  if (finding.isPending) return <Skeleton active />;
  if (finding.isError)
    return <DetailLoadError error={finding.error} back="/findings" backLabel={t('nav.findings')} />;
  return <FindingDetail finding={finding.data} />;
}

function FindingDetail({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  const canRectify = finding.allowedActions.includes('rectify');
  const { data: me } = useMe();

  return (
    <>
      <DetailHeader
        back="/findings"
        title={finding.description}
        titleTestId="finding-title"
        tags={
          <>
            <FindingStatusTag status={finding.status} />
            <LightTag light={finding.light} />
            <SeverityTag severity={finding.severity} />
            {finding.escalation && <EscalationTag />}
            {finding.reopenCount > 0 && (
              <Tag color="volcano">{t('finding.reopenCount', { count: finding.reopenCount })}</Tag>
            )}
          </>
        }
        actions={
          <Space wrap>
            <FindingActions finding={finding} />
            {finding.accountabilityCaseId ? (
              <CaseLink caseId={finding.accountabilityCaseId} />
            ) : (
              finding.escalation &&
              canIssue(me?.roles) && <OpenCaseButton source="finding" id={finding.id} />
            )}
          </Space>
        }
      />

      {finding.status === 'REOPENED' && finding.lastReopenReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('finding.lastReopenReason')}：${finding.lastReopenReason}`}
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={canRectify ? 14 : 24}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('finding.detailTitle')}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="middle"
                styles={{ label: { width: 110 } }}
                data-testid="finding-details"
              >
                <Descriptions.Item
                  label={finding.reportId ? t('finding.report') : t('finding.source')}
                  span={2}
                >
                  <FindingSourceLabel finding={finding} inline />
                </Descriptions.Item>
                {finding.planItemId && (
                  <Descriptions.Item label={t('planItem.label')} span={2}>
                    <PlanItemLabel itemId={finding.planItemId} />
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('finding.inspecting')}>
                  {finding.inspectingOrgName}
                </Descriptions.Item>
                <Descriptions.Item label={t('finding.owner')}>
                  {finding.ownerOrgName}
                </Descriptions.Item>
                <Descriptions.Item label={t('finding.indicator')}>
                  {finding.indicatorCode ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('finding.dueDate')}>
                  <Typography.Text type={finding.light === 'RED' ? 'danger' : undefined}>
                    {date(finding.dueDate)}
                    {finding.light === 'RED' && `（${t('finding.overdue')}）`}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('finding.requirement')} span={2}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {finding.requirement}
                  </Typography.Paragraph>
                </Descriptions.Item>
                {finding.verifiedAt && (
                  <Descriptions.Item label={t('finding.verifiedAt')}>
                    {dateTime(finding.verifiedAt)}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card title={t('finding.rectifications')}>
              {finding.rectifications.length === 0 ? (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('finding.noRectifications')}
                />
              ) : (
                <Timeline
                  data-testid="rectifications"
                  items={finding.rectifications.map((r) => ({
                    key: r.id,
                    color:
                      r.outcome === 'VERIFIED'
                        ? 'green'
                        : r.outcome === 'REOPENED'
                          ? 'red'
                          : 'blue',
                    content: (
                      <div data-testid="rectification">
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('finding.submittedBy', {
                            name: r.by ?? '',
                            date: dateTime(r.submittedAt),
                          })}
                        </Typography.Text>
                        <div>
                          <Typography.Text strong>{t('finding.measures')}：</Typography.Text>
                          <span style={{ whiteSpace: 'pre-wrap' }}>{r.measures}</span>
                        </div>
                        {r.result && (
                          <div>
                            <Typography.Text strong>{t('finding.result')}：</Typography.Text>
                            <span style={{ whiteSpace: 'pre-wrap' }}>{r.result}</span>
                          </div>
                        )}
                        <AttachmentList attachments={r.attachments} />
                        {r.outcome && (
                          <div style={{ marginTop: 4 }}>
                            <FindingStatusTag status={r.outcome} />
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('finding.reviewedBy', {
                                name: r.reviewedBy ?? '',
                                date: dateTime(r.reviewedAt),
                              })}
                            </Typography.Text>
                            {r.reviewNote && <div>{r.reviewNote}</div>}
                          </div>
                        )}
                      </div>
                    ),
                  }))}
                />
              )}
            </Card>
          </Space>
        </Col>
        {canRectify && (
          <Col xs={24} lg={10}>
            <Card title={t('finding.rectifyTitle')}>
              <RectifyForm finding={finding} />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}

/** The owner's evidence: measures, result and files (uploaded first, sent as ids). */
function RectifyForm({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ measures: string; result?: string; attachmentIds?: number[] }>();
  const rectify = useRectify();
  const [uploading, setUploading] = useState(false);
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="rectify-form"
      initialValues={{ attachmentIds: [] }}
      onFinish={(v) => {
        const body: RectificationBody = {
          measures: v.measures.trim(),
          result: v.result?.trim() || undefined,
          attachmentIds: v.attachmentIds ?? [],
        };
        rectify.mutate(
          { id: finding.id, body },
          {
            onSuccess: () => {
              void message.success(t('finding.rectified'));
              form.resetFields();
            },
            onError: (e) => onError(e, form),
          },
        );
      }}
    >
      <Form.Item
        name="measures"
        label={t('finding.measures')}
        rules={[{ required: true, whitespace: true, message: t('finding.measuresRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
      </Form.Item>
      <Form.Item name="result" label={t('finding.result')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10000} />
      </Form.Item>
      <Form.Item name="attachmentIds" label={t('finding.evidence')}>
        <AttachmentUpload onBusyChange={setUploading} label={t('finding.uploadEvidence')} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<SendOutlined />}
        loading={rectify.isPending}
        disabled={uploading}
        data-action="rectify"
      >
        {t('finding.rectify')}
      </Button>
    </Form>
  );
}

/** Verify / reopen for the inspecting side, exactly when the server allows them. */
function FindingActions({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const verify = useVerifyFinding();
  const [reopening, setReopening] = useState(false);
  const allowed = new Set(finding.allowedActions);
  if (!allowed.has('verify') && !allowed.has('reopen')) return null;
  return (
    <>
      <Space wrap data-testid="finding-actions">
        {allowed.has('verify') && (
          <Popconfirm
            title={t('finding.verifyConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              verify.mutate(finding.id, {
                onSuccess: () => void message.success(t('finding.verified')),
                onError: (e) => onError(e),
              })
            }
          >
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={verify.isPending}
              data-action="verify"
            >
              {enumLabel(t, 'findingAction', 'verify')}
            </Button>
          </Popconfirm>
        )}
        {allowed.has('reopen') && (
          <Button
            danger
            icon={<RollbackOutlined />}
            data-action="reopen"
            onClick={() => setReopening(true)}
          >
            {enumLabel(t, 'findingAction', 'reopen')}
          </Button>
        )}
      </Space>
      {reopening && <ReopenModal finding={finding} onClose={() => setReopening(false)} />}
    </>
  );
}

function ReopenModal({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const reopen = useReopenFinding();
  return (
    <ReasonModal
      title={t('finding.reopenTitle')}
      okText={enumLabel(t, 'findingAction', 'reopen')}
      label={t('finding.reopenReason')}
      requiredMessage={t('finding.reopenReasonRequired')}
      pending={reopen.isPending}
      onClose={onClose}
      onSubmit={(reason, form) =>
        reopen.mutate(
          { id: finding.id, reason },
          {
            onSuccess: () => {
              void message.success(t('finding.reopened'));
              onClose();
            },
            onError: (e) => onError(e, form),
          },
        )
      }
    />
  );
}
