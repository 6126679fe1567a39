import { useState } from 'react';
import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AccountabilityCase } from '../../../api/types';
import { DetailHeader, DetailLoadError } from '../../../components/DetailHeader';
import { DownloadButton } from '../../../components/DownloadButton';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { LightTag } from '../../tasks/components/TaskTags';
import { downloadDecisionDocument, useCase, useScenarios } from '../api/cases';
import { CaseActions, StepForm } from './CaseActions';
import { CaseFormModal } from './CaseFormModal';
import { CaseProcedure } from './CaseProcedure';
import { CaseStatusTag, SevereTag } from './CaseTags';
import { CaseTimeline } from './CaseTimeline';
import { DeadlineList } from './DeadlineList';

export function CaseDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const c = useCase(Number.isFinite(id) ? id : undefined);

  if (c.isPending) return <Skeleton active />;
  if (c.isError)
    return (
      <DetailLoadError
        error={c.error}
        back="/accountability"
        backLabel={t('case.backToRegister')}
      />
    );
  return <CaseDetail c={c.data} />;
}

function subjectText(c: AccountabilityCase): string {
  const person = c.subjectPerson
    ? `${c.subjectPerson.name}${c.subjectPerson.position ? `（${c.subjectPerson.position}）` : ''}`
    : '';
  return [c.subjectOrgName, person].filter(Boolean).join(' · ') || '—';
}

function CaseDetail({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const subjectView = c.view === 'SUBJECT';

  return (
    <>
      <DetailHeader
        back="/accountability"
        title={c.caseNumber}
        titleTestId="case-title"
        tags={
          <>
            <CaseStatusTag status={c.status} />
            {!subjectView && c.light !== 'NONE' && <LightTag light={c.light} />}
            {c.severe && <SevereTag reasons={c.severeReasons} />}
            <Tag>{enumLabel(t, 'subjectType', c.subjectType)}</Tag>
            <Typography.Text type="secondary">{subjectText(c)}</Typography.Text>
          </>
        }
        actions={
          <Space wrap>
            {c.decidedOn && (
              <DownloadButton
                icon={<FileWordOutlined />}
                label={t('case.downloadDecision')}
                data-action="decision-document"
                run={() =>
                  downloadDecisionDocument(
                    c.id,
                    `${t('case.decisionFileName')}-${c.caseNumber}.docx`,
                  )
                }
              />
            )}
            <CaseActions
              c={c}
              onEdit={() => setEditing(true)}
              exclude={subjectView ? ['statement'] : []}
            />
          </Space>
        }
      />

      <Card style={{ marginBottom: 16 }}>
        <CaseProcedure c={c} />
      </Card>

      {subjectView && (
        <Alert
          type="info"
          showIcon
          title={t('case.subjectViewHint')}
          style={{ marginBottom: 16 }}
          data-testid="subject-view"
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {subjectView ? <NoticeCard c={c} /> : <DetailsCard c={c} />}
            {(subjectView || c.statement) && <StatementCard c={c} />}
            {c.decidedOn && <DecisionCard c={c} />}
            {(c.review || c.appeal) && <RemediesCard c={c} />}
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('case.deadlines')}>
              <DeadlineList deadlines={c.deadlines} />
            </Card>
            <Card title={t('case.timeline')}>
              <CaseTimeline entries={c.timeline} />
            </Card>
          </Space>
        </Col>
      </Row>
      {editing && (
        <CaseFormModal c={c} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      )}
    </>
  );
}

function DetailsCard({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const scenarios = useScenarios();
  const byCode = new Map((scenarios.data ?? []).map((s) => [s.code, s]));
  return (
    <Card title={t('case.details')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="middle"
        styles={{ label: { width: 120 } }}
        data-testid="case-details"
      >
        <Descriptions.Item label={t('case.handlingOrg')}>{c.handlingOrgName}</Descriptions.Item>
        <Descriptions.Item label={t('case.subject')}>{subjectText(c)}</Descriptions.Item>
        <Descriptions.Item label={t('case.source')}>
          {enumLabel(t, 'caseSource', c.source)}
          {c.sourceId !== undefined &&
            (c.source === 'TASK' ? (
              <Link to={`/tasks/${c.sourceId}`} style={{ marginInlineStart: 8 }}>
                #{c.sourceId}
              </Link>
            ) : (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                #{c.sourceId}
              </Typography.Text>
            ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.sourceEndedOn')}>
          {date(c.sourceEndedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.openedOn')}>{date(c.openedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('case.notifiedOn')}>{date(c.notifiedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('case.scenarios')} span={2}>
          {c.scenarioCodes.length === 0 ? (
            '—'
          ) : (
            <Flex vertical gap={4}>
              {c.scenarioCodes.map((code) => (
                <span key={code}>
                  <Tag>{code}</Tag>
                  {byCode.get(code)?.description}
                </span>
              ))}
            </Flex>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.facts')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {c.facts}
          </Typography.Paragraph>
        </Descriptions.Item>
        {c.severeReasons.length > 0 && (
          <Descriptions.Item label={t('case.severeReasons')} span={2}>
            <Flex vertical gap={4} data-testid="severe-reasons">
              {c.severeReasons.map((g) => (
                <span key={g.code}>
                  {enumLabel(t, 'severeReason', g.code)}
                  {g.automatic && (
                    <Tag style={{ marginInlineStart: 8 }} color="blue">
                      {t('case.severeAuto')}
                    </Tag>
                  )}
                  {g.note && <Typography.Text type="secondary">：{g.note}</Typography.Text>}
                </span>
              ))}
            </Flex>
          </Descriptions.Item>
        )}
        {c.internalNotes && (
          <Descriptions.Item label={t('case.internalNotes')} span={2}>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', margin: 0 }}
              data-testid="internal-notes"
            >
              {c.internalNotes}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
        {c.dismissReason && (
          <Descriptions.Item label={t('case.dismissReason')} span={2}>
            {c.dismissReason}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** The written notice as the subject received it. */
function NoticeCard({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const notice = [...c.timeline].reverse().find((e) => e.step === 'NOTIFY');
  const due = c.deadlines.find((d) => d.kind === 'STATEMENT');
  return (
    <Card title={t('case.notice')} data-testid="case-notice">
      <Typography.Paragraph>
        {t('case.noticeIntro', { org: c.handlingOrgName, date: date(c.notifiedOn) })}
      </Typography.Paragraph>
      {notice?.note && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {notice.note}
        </Typography.Paragraph>
      )}
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('case.facts')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{c.facts}</span>
        </Descriptions.Item>
        {due && (
          <Descriptions.Item label={t('case.statementDueOn')}>
            <Typography.Text strong>{date(due.dueOn)}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function StatementCard({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const canSubmit = c.allowedActions.includes('statement');
  return (
    <Card title={t('case.statement')} data-testid="case-statement">
      {c.statement ? (
        <>
          <Typography.Text type="secondary">
            {t('case.statementSubmitted', { date: date(c.statement.submittedOn) })}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
            {c.statement.text}
          </Typography.Paragraph>
          <AttachmentList attachments={c.statement.attachments} />
        </>
      ) : canSubmit ? (
        <StepForm c={c} action="statement" inline />
      ) : (
        <Typography.Text type="secondary">{t('case.statementNone')}</Typography.Text>
      )}
    </Card>
  );
}

function DecisionCard({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <Card title={t('case.decision')} data-testid="case-decision">
      <Descriptions column={{ xs: 1, md: 2 }} size="middle" styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('case.decidedOn')}>{date(c.decidedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('case.effectiveOn')}>{date(c.effectiveOn)}</Descriptions.Item>
        {c.unitMeasures.length > 0 && (
          <Descriptions.Item label={t('case.unitMeasures')} span={2}>
            {c.unitMeasures.map((m) => (
              <Tag key={m} color="volcano">
                {enumLabel(t, 'unitMeasure', m)}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
        {c.individualMeasures.length > 0 && (
          <Descriptions.Item label={t('case.individualMeasures')} span={2}>
            {c.individualMeasures.map((m) => (
              <Tag key={m} color="purple">
                {enumLabel(t, 'individualMeasure', m)}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('case.basis')} span={2}>
          {c.basis}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.decisionText')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {c.decisionText}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('case.publication')}>
          {enumLabel(t, 'publication', c.publication)}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.executedOn')}>{date(c.executedOn)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function RemediesCard({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const rows = [
    c.review && { key: 'review', group: 'reviewOutcome' as const, r: c.review },
    c.appeal && { key: 'appeal', group: 'appealOutcome' as const, r: c.appeal },
  ].filter((x) => !!x);
  return (
    <Card title={`${t('case.review')} / ${t('case.appeal')}`} data-testid="case-remedies">
      {rows.map(({ key, group, r }) => (
        <Descriptions
          key={key}
          title={key === 'review' ? t('case.review') : t('case.appeal')}
          column={{ xs: 1, md: 2 }}
          size="small"
          style={{ marginBottom: 12 }}
        >
          <Descriptions.Item label={t('case.filedOn')}>{date(r.filedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('case.answeredOn')}>{date(r.answeredOn)}</Descriptions.Item>
          <Descriptions.Item label={t('case.reason')} span={2}>
            {r.reason}
          </Descriptions.Item>
          {r.outcome && (
            <Descriptions.Item label={t('case.outcome')} span={2}>
              {enumLabel(t, group, r.outcome)}
            </Descriptions.Item>
          )}
        </Descriptions>
      ))}
    </Card>
  );
}
