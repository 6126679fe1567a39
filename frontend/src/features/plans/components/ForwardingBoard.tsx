import { Card, Col, Descriptions, Empty, Flex, Progress, Row, Tag, Typography } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AcknowledgementState, Forwarding } from '../../../api/types';
import { ACK_STATES, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';

const LANES: Record<AcknowledgementState, { icon: ReactNode; color: string }> = {
  NOT_ACKNOWLEDGED: { icon: <ClockCircleOutlined />, color: '#8c8c8c' },
  ACKNOWLEDGED: { icon: <CheckCircleOutlined />, color: '#1f5fbf' },
  RECORD_UPLOADED: { icon: <FileDoneOutlined />, color: '#389e0d' },
};

/** Each forwarding of a plan, with its recipients on a board: 未签收 / 已签收 / 已上传会议记录. */
export function ForwardingBoard({ forwardings }: { forwardings: readonly Forwarding[] }) {
  const { t } = useTranslation();
  if (forwardings.length === 0) return <Empty description={t('forwarding.empty')} />;
  return (
    <Flex vertical gap={16}>
      {forwardings.map((f) => (
        <ForwardingCard key={f.id} forwarding={f} />
      ))}
    </Flex>
  );
}

function ForwardingCard({ forwarding: f }: { forwarding: Forwarding }) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  const total = f.recipients.length;
  const done = f.recipients.filter((r) => r.state === 'RECORD_UPLOADED').length;
  return (
    <Card
      size="small"
      data-testid={`forwarding-${f.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{f.documentNumber}</Typography.Text>
          <Typography.Text type="secondary">{f.forwardingOrgName}</Typography.Text>
        </Flex>
      }
      extra={
        <Typography.Text type="secondary">
          {t('forwarding.recipientCount', { count: total })}
        </Typography.Text>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('forwarding.forwardedAt')}>
          {dateTime(f.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('forwarding.dueDate')}>{date(f.dueDate)}</Descriptions.Item>
        <Descriptions.Item label={t('task.progress')}>
          <Progress
            percent={total ? Math.round((done / total) * 100) : 0}
            size="small"
            style={{ width: 160, margin: 0 }}
          />
        </Descriptions.Item>
        {f.instructions && (
          <Descriptions.Item label={t('forwarding.instructions')} span={3}>
            {f.instructions}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Row gutter={12}>
        {ACK_STATES.map((state) => {
          const recipients = f.recipients.filter((r) => r.state === state);
          return (
            <Col xs={24} md={8} key={state}>
              <div className="ack-lane" data-testid={`ack-lane-${state}`}>
                <div className="ack-lane-header" style={{ color: LANES[state].color }}>
                  {LANES[state].icon}
                  <span>{enumLabel(t, 'ackState', state)}</span>
                  <Tag variant="filled">{recipients.length}</Tag>
                </div>
                {recipients.length === 0 ? (
                  <Typography.Text type="secondary" className="ack-lane-empty">
                    {t('forwarding.noneInState')}
                  </Typography.Text>
                ) : (
                  recipients.map((r) => (
                    <Link
                      key={r.organizationId}
                      to={`/tasks/${r.taskId}`}
                      className={`ack-chip${r.late ? ' ack-chip-late' : ''}`}
                      data-late={r.late ? 'true' : 'false'}
                    >
                      <span className="ack-chip-name">{r.organizationName}</span>
                      {r.late && <Tag color="red">{t('forwarding.late')}</Tag>}
                      {r.acknowledgedAt && (
                        <span className="ack-chip-time">{dateTime(r.acknowledgedAt)}</span>
                      )}
                    </Link>
                  ))
                )}
              </div>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
