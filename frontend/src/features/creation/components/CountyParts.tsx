import {
  Alert,
  Card,
  Collapse,
  Empty,
  Flex,
  List,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  Attachment,
  CreationAssessment,
  CreationConditionResult,
  CreationItemResult,
  CreationItemStatus,
  CreationPartVerdict,
  CreationVetoResult,
} from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { ruleText } from '../format';
import { ExplainButton, VerdictTag } from './CreationTags';

const STATUS_COLOR: Record<CreationItemStatus, string> = {
  MET: 'success',
  NOT_MET: 'error',
  MISSING: 'warning',
};

export function ItemStatusTag({ status }: { status: CreationItemStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-status={status}>
      {enumLabel(t, 'itemStatus', status)}
    </Tag>
  );
}

/** One tag per component of the county verdict: the four parts, the vetoes, the precondition. */
export function PartVerdicts({ parts }: { parts: readonly CreationPartVerdict[] }) {
  if (parts.length === 0) return null;
  return (
    <Flex wrap gap={6} data-testid="part-verdicts">
      {parts.map((p) => (
        <span key={p.code} data-part={p.code} data-verdict={p.verdict}>
          <Typography.Text type="secondary">{p.name}</Typography.Text>{' '}
          <VerdictTag verdict={p.verdict} />
        </span>
      ))}
    </Flex>
  );
}

/**
 * 优质均衡: each part with its own verdict and its items (every condition with its inputs, rule and
 * source behind an explain button; every failing school named), the vetoes and the precondition.
 */
export function CountyParts({ assessment }: { assessment: CreationAssessment }) {
  const { t } = useTranslation();
  const evidence = new Map(assessment.evidence.map((a) => [a.id, a]));
  const items = assessment.parts.map((part) => ({
    key: part.code,
    label: (
      <Space wrap>
        <Typography.Text strong>{part.name}</Typography.Text>
        <VerdictTag verdict={part.verdict} />
        <Typography.Text type="secondary">
          {t('creation.itemsMet', {
            met: part.items.filter((i) => i.status === 'MET').length,
            total: part.items.length,
          })}
        </Typography.Text>
      </Space>
    ),
    extra: (
      <span onClick={(e) => e.stopPropagation()}>
        <ExplainButton explain={part.explain} name={part.name} />
      </span>
    ),
    children: <ItemTable items={part.items} evidence={evidence} />,
  }));
  if (assessment.precondition)
    items.push({
      key: 'PRECONDITION',
      label: (
        <Space wrap>
          <Typography.Text strong>{t('creation.precondition')}</Typography.Text>
          <ItemStatusTag status={assessment.precondition.status} />
          <Typography.Text type="secondary">{assessment.precondition.name}</Typography.Text>
        </Space>
      ),
      extra: <span />,
      children: <ItemTable items={[assessment.precondition]} evidence={evidence} />,
    });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={t('creation.partsTitle')} data-testid="county-parts">
        <Typography.Paragraph type="secondary">{t('creation.partsHint')}</Typography.Paragraph>
        <Collapse
          items={items}
          defaultActiveKey={assessment.parts.filter((p) => p.verdict === 'FAIL').map((p) => p.code)}
          destroyOnHidden
        />
      </Card>
      <Vetoes vetoes={assessment.vetoes} evidence={evidence} />
    </Space>
  );
}

function ItemTable({
  items,
  evidence,
}: {
  items: readonly CreationItemResult[];
  evidence: Map<number, Attachment>;
}) {
  const { t } = useTranslation();
  const columns: TableProps<CreationItemResult>['columns'] = [
    {
      title: t('creation.itemNumberTitle'),
      key: 'number',
      width: 80,
      render: (_, i) => t('creation.itemNumber', { number: i.number }),
    },
    { title: t('creation.item'), dataIndex: 'name', key: 'name' },
    {
      title: t('creation.itemStatus'),
      key: 'status',
      width: 90,
      render: (_, i) => <ItemStatusTag status={i.status} />,
    },
    {
      title: t('creation.reason'),
      key: 'reason',
      render: (_, i) => (
        <Typography.Text type={i.status === 'MET' ? 'secondary' : 'danger'}>
          {i.reason}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<CreationItemResult>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={[...items]}
      columns={columns}
      scroll={{ x: 760 }}
      rowClassName={(i) => (i.status === 'MET' ? '' : 'creation-row-failed')}
      onRow={(i) => ({ 'data-item': i.code, 'data-status': i.status }) as object}
      expandable={{
        expandedRowRender: (i) => <Conditions item={i} evidence={evidence} />,
      }}
    />
  );
}

function Conditions({
  item,
  evidence,
}: {
  item: CreationItemResult;
  evidence: Map<number, Attachment>;
}) {
  const { t } = useTranslation();
  return (
    <List<CreationConditionResult>
      size="small"
      dataSource={item.conditions}
      renderItem={(c) => (
        <List.Item
          extra={
            <ExplainButton
              explain={c.explain}
              name={`${t('creation.itemNumber', { number: item.number })} · ${c.name}`}
            />
          }
        >
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <ItemStatusTag status={c.status} />
              <Typography.Text>{c.name}</Typography.Text>
              {c.comparison && c.threshold !== undefined && (
                <Typography.Text type="secondary">
                  {t('creation.threshold')} {ruleText(c.comparison, c.threshold, c.unit)}
                </Typography.Text>
              )}
              {c.schoolsJudged !== undefined && (
                <Typography.Text type="secondary">
                  {t('creation.schoolsJudged', { count: c.schoolsJudged })}
                </Typography.Text>
              )}
            </Space>
            <Typography.Text type={c.status === 'MET' ? 'secondary' : 'danger'}>
              {c.outcome}
            </Typography.Text>
            {c.schools && c.schools.length > 0 && (
              <ul className="creation-findings" data-testid={`findings-${item.code}`}>
                {c.schools.map((s) => (
                  <li key={`${s.schoolCode}-${s.message}`}>{s.message}</li>
                ))}
              </ul>
            )}
            {c.judgement && <Evidence ids={c.judgement.attachmentIds ?? []} evidence={evidence} />}
          </Space>
        </List.Item>
      )}
    />
  );
}

function Evidence({
  ids,
  evidence,
}: {
  ids: readonly number[];
  evidence: Map<number, Attachment>;
}) {
  const { t } = useTranslation();
  const files = ids.flatMap((id) => (evidence.has(id) ? [evidence.get(id)!] : []));
  return (
    <Space align="start">
      <Typography.Text type="secondary">{t('creation.evidence')}：</Typography.Text>
      {files.length === 0 ? (
        <Typography.Text type="secondary">{t('creation.noEvidence')}</Typography.Text>
      ) : (
        <AttachmentList attachments={files} />
      )}
    </Space>
  );
}

function Vetoes({
  vetoes,
  evidence,
}: {
  vetoes: readonly CreationVetoResult[];
  evidence: Map<number, Attachment>;
}) {
  const { t } = useTranslation();
  const found = vetoes.filter((v) => v.recorded);
  return (
    <Card size="small" title={t('creation.vetoesTitle')} data-testid="vetoes">
      {vetoes.length === 0 ? (
        <Empty />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {found.length === 0 ? (
            <Alert type="success" showIcon title={t('creation.vetoesNone')} />
          ) : (
            <Alert
              type="error"
              showIcon
              title={t('creation.vetoesFound', { names: found.map((v) => v.name).join('、') })}
            />
          )}
          <List<CreationVetoResult>
            size="small"
            dataSource={[...vetoes]}
            renderItem={(v) => (
              <List.Item data-veto={v.code} data-recorded={v.recorded}>
                <Space orientation="vertical" size={2}>
                  <Space wrap>
                    <Tag color={v.recorded ? 'error' : 'success'}>
                      {v.recorded ? t('creation.vetoFound') : t('creation.vetoNone')}
                    </Tag>
                    <Typography.Text>{v.name}</Typography.Text>
                  </Space>
                  {v.recorded && (
                    <>
                      <Typography.Text type="danger">{v.description}</Typography.Text>
                      <Evidence ids={v.attachmentIds} evidence={evidence} />
                    </>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Card>
  );
}
