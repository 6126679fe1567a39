import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorKind, Score } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { flattenIndicators } from '../scoring';

type Row = {
  code: string;
  name: string;
  depth: number;
  leaf: boolean;
  maxScore?: number;
  threshold?: string;
  score?: Score;
};

/** The saved scores in the system's tree order, parents as group rows. */
export function ScoreTable({
  kind,
  indicators,
  scores,
}: {
  kind: IndicatorKind;
  indicators: readonly Indicator[];
  scores: readonly Score[];
}) {
  const { t } = useTranslation();
  const byCode = new Map(scores.map((s) => [s.indicatorCode, s]));
  const rows: Row[] = flattenIndicators(indicators).map((n) => ({
    code: n.code,
    name: n.name,
    depth: n.depth,
    leaf: !n.children?.length,
    maxScore: n.maxScore,
    threshold:
      n.operator && n.threshold !== undefined
        ? `${enumLabel(t, 'operator', n.operator)} ${n.threshold}${n.unit ?? ''}`
        : undefined,
    score: byCode.get(n.code),
  }));
  return (
    <Table<Row>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="score-table"
      rowClassName={(r) => (r.leaf ? '' : 'indicator-group-row')}
      columns={[
        { title: t('indicator.code'), dataIndex: 'code', width: 80 },
        {
          title: t('report.indicator'),
          key: 'name',
          render: (_, r) => (
            <span style={{ paddingLeft: (r.depth - 1) * 16, fontWeight: r.leaf ? undefined : 600 }}>
              {r.name}
            </span>
          ),
        },
        kind === 'SCORED'
          ? { title: t('report.maxScore'), dataIndex: 'maxScore', width: 80 }
          : { title: t('indicator.threshold'), dataIndex: 'threshold', width: 120 },
        {
          title: kind === 'SCORED' ? t('report.score') : t('report.passed'),
          key: 'score',
          width: 120,
          render: (_, r) => {
            if (!r.leaf) return null;
            if (!r.score) return <Typography.Text type="secondary">—</Typography.Text>;
            if (kind === 'SCORED') return r.score.score;
            return (
              <span>
                {r.score.score !== undefined && `${r.score.score} `}
                <Tag color={r.score.passed ? 'success' : 'error'}>
                  {r.score.passed ? t('report.pass') : t('report.fail')}
                </Tag>
              </span>
            );
          },
        },
        {
          title: t('report.remark'),
          key: 'remark',
          render: (_, r) => r.score?.remark,
        },
      ]}
    />
  );
}
