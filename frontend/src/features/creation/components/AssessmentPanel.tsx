import {
  Alert,
  Card,
  Col,
  Empty,
  Flex,
  List,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CreationAssessment,
  CreationCheck,
  CreationIndicatorResult,
  CreationProgramme,
  CreationSchoolResult,
} from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useAssessment } from '../api/creation';
import { comparisonSymbol, formatCv, formatNumber, formatQuantity, formatRatio } from '../format';
import { gapRows, schoolIndicatorCodes, unitsByCode, type GapRow } from '../assessment';
import { partVerdicts } from '../parts';
import { CountyParts, PartVerdicts } from './CountyParts';
import {
  ExplainButton,
  FAIL_COLOR,
  PASS_COLOR,
  PassMark,
  VerdictTag,
  WorstIndicator,
} from './CreationTags';

export function AssessmentPanel({
  programme,
  year,
}: {
  programme: CreationProgramme;
  year: number;
}) {
  const { t } = useTranslation();
  const assessment = useAssessment(programme.id, year);
  if (assessment.isPending) return <Skeleton active />;
  if (assessment.isError) {
    if (assessment.error instanceof ApiError && assessment.error.status === 404)
      return (
        <Empty
          description={t('creation.notFiledHint', { year })}
          data-testid="assessment-not-filed"
        />
      );
    return <Alert type="error" showIcon title={describeError(t, assessment.error)} />;
  }
  return <AssessmentView assessment={assessment.data} />;
}

/**
 * The verdict, counts, the parts of the county verdict (优质均衡) and the resource tables; also used
 * side by side by the what-if.
 */
export function AssessmentView({ assessment }: { assessment: CreationAssessment }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const cvKind = assessment.indicators.some((i) => i.measure === 'CV');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size="small"
        data-testid="assessment-verdict"
        style={{
          borderColor: assessment.verdict === 'PASS' ? PASS_COLOR : FAIL_COLOR,
          background: assessment.verdict === 'PASS' ? '#f6ffed' : '#fff1f0',
        }}
      >
        <Row gutter={[24, 12]} align="middle">
          <Col flex="none">
            <Space orientation="vertical" size={4}>
              <Typography.Text type="secondary">
                {t('creation.verdictTitle', {
                  year: assessment.year,
                  verdict: enumLabel(t, 'verdict', assessment.verdict),
                })}
              </Typography.Text>
              <Space>
                <VerdictTag verdict={assessment.verdict} large />
                <ExplainButton
                  explain={assessment.explain}
                  name={t('creation.verdictExplain')}
                  label={t('creation.verdictExplain')}
                />
              </Space>
            </Space>
          </Col>
          <Col flex="none">
            <Statistic title={t('creation.assessedSchools')} value={assessment.assessedSchools} />
          </Col>
          <Col flex="none">
            <Statistic
              title={t('creation.passingSchools')}
              value={assessment.passingSchools}
              suffix={`/ ${assessment.assessedSchools}`}
            />
          </Col>
          <Col flex="none">
            <Statistic
              title={t('creation.passingRatio')}
              value={formatRatio(assessment.passingSchoolRatio)}
            />
          </Col>
          <Col flex="auto">
            <Typography.Text type="secondary">{t('creation.worstIndicator')}</Typography.Text>
            <div>
              <WorstIndicator worst={assessment.worstIndicator} />
            </div>
          </Col>
        </Row>
        {assessment.parts.length > 0 && (
          <div style={{ marginTop: 8 }}>
            <PartVerdicts parts={partVerdicts(assessment)} />
          </div>
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {assessment.explain.computation}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {assessment.standardSetName} · {t('creation.computedAt')}{' '}
          {dateTime(assessment.computedAt)}
        </Typography.Text>
      </Card>

      {assessment.parts.length > 0 && <CountyParts assessment={assessment} />}

      <Card
        size="small"
        title={cvKind ? t('creation.indicatorsTitle') : t('creation.countyIndicatorsTitle')}
      >
        <IndicatorTable indicators={assessment.indicators} cvKind={cvKind} />
      </Card>

      <Card size="small" title={t('creation.gapsTitle')}>
        <GapList assessment={assessment} />
      </Card>

      <Card size="small" title={t('creation.schoolsTitle')}>
        <SchoolTable assessment={assessment} />
        {assessment.excludedSchools.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={t('creation.excluded')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="excluded-schools">
                {assessment.excludedSchools.map((s) => (
                  <li key={s.schoolCode}>
                    {s.schoolName}：{s.reason}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </Card>
    </Space>
  );
}

export function IndicatorTable({
  indicators,
  cvKind,
}: {
  indicators: readonly CreationIndicatorResult[];
  cvKind: boolean;
}) {
  const { t } = useTranslation();
  const columns: TableProps<CreationIndicatorResult>['columns'] = [
    {
      title: t('creation.stage'),
      key: 'stage',
      width: 80,
      render: (_, i) => enumLabel(t, 'creationStage', i.stage),
    },
    { title: t('creation.indicator'), dataIndex: 'name', key: 'name' },
    {
      title: cvKind ? t('creation.countyValue') : t('creation.countyRate'),
      key: 'value',
      width: 140,
      align: 'right',
      render: (_, i) => formatQuantity(i.value, i.unit, { maxDecimals: 2 }),
    },
    ...(cvKind
      ? [
          {
            title: t('creation.cv'),
            key: 'cv',
            width: 100,
            align: 'right' as const,
            render: (_: unknown, i: CreationIndicatorResult) => (
              <span style={{ color: i.passed ? undefined : FAIL_COLOR, fontWeight: 600 }}>
                {formatCv(i.cv)}
              </span>
            ),
          },
        ]
      : []),
    {
      title: t('creation.threshold'),
      key: 'threshold',
      width: 120,
      align: 'right',
      render: (_, i) =>
        `${comparisonSymbol(i.comparison)} ${
          i.measure === 'CV'
            ? formatNumber(i.threshold, { precision: 2 })
            : formatQuantity(i.threshold, i.unit)
        }`,
    },
    {
      title: t('creation.result'),
      key: 'passed',
      width: 100,
      render: (_, i) => <PassMark passed={i.passed} />,
    },
    {
      title: t('creation.explain'),
      key: 'explain',
      width: 120,
      render: (_, i) => (
        <ExplainButton
          explain={i.explain}
          name={`${enumLabel(t, 'creationStage', i.stage)}${i.name}`}
        />
      ),
    },
  ];
  return (
    <Table<CreationIndicatorResult>
      size="small"
      data-testid="indicator-table"
      rowKey={(i) => `${i.stage}-${i.code}`}
      columns={columns}
      dataSource={[...indicators]}
      pagination={false}
      scroll={{ x: 760 }}
      rowClassName={(i) => (i.passed ? '' : 'creation-row-failed')}
      onRow={(i) => ({ 'data-passed': String(i.passed), 'data-code': i.code }) as object}
    />
  );
}

function CheckCell({ check, unit }: { check: CreationCheck | undefined; unit: string }) {
  const { t } = useTranslation();
  if (!check) return <>—</>;
  const tip = `${t('creation.threshold')} ${comparisonSymbol(check.comparison)} ${formatQuantity(
    check.threshold,
    unit,
  )}${
    check.percentOfThreshold !== undefined
      ? `；${t('creation.percentOfThreshold', {
          percent: formatQuantity(check.percentOfThreshold, '%', { maxDecimals: 1 }),
        })}`
      : ''
  }`;
  return (
    <Tooltip title={tip}>
      <span
        className={check.met ? 'creation-cell-met' : 'creation-cell-unmet'}
        data-met={check.met}
        data-code={check.code}
      >
        {formatNumber(check.value, { maxDecimals: 2 })}
      </span>
    </Tooltip>
  );
}

export function SchoolTable({ assessment }: { assessment: CreationAssessment }) {
  const { t } = useTranslation();
  const units = unitsByCode(assessment.indicators);
  const names = new Map(assessment.indicators.map((i) => [i.code, i.name]));
  const codes = schoolIndicatorCodes(assessment.schools);
  const columns: TableProps<CreationSchoolResult>['columns'] = [
    {
      title: t('creation.school'),
      key: 'school',
      fixed: 'left',
      width: 190,
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{s.schoolName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.schoolCode}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('creation.stage'),
      key: 'stage',
      width: 70,
      render: (_, s) => enumLabel(t, 'creationStage', s.stage),
    },
    {
      title:
        assessment.kind === 'INCLUSIVE_PRESCHOOL'
          ? t('creation.field.children')
          : t('creation.students'),
      key: 'students',
      width: 90,
      align: 'right',
      render: (_, s) => formatNumber(s.students, { maxDecimals: 0 }),
    },
    ...codes.map((code) => ({
      title: (
        <Tooltip title={names.get(code)}>
          {t(`creation.indicatorShort.${code}` as 'creation.title', {
            defaultValue: names.get(code) ?? code,
          })}
        </Tooltip>
      ),
      key: code,
      width: 118,
      align: 'right' as const,
      render: (_: unknown, s: CreationSchoolResult) => (
        <CheckCell check={s.checks.find((c) => c.code === code)} unit={units.get(code) ?? ''} />
      ),
    })),
    {
      title: t('creation.metCount'),
      key: 'met',
      width: 90,
      align: 'center',
      render: (_, s) => `${s.metCount}/${s.checks.length}`,
    },
    {
      title: t('creation.schoolPassed'),
      key: 'passed',
      width: 100,
      render: (_, s) => (
        <Tooltip title={s.reason}>
          <span>
            <PassMark passed={s.passed} />
          </span>
        </Tooltip>
      ),
    },
  ];
  return (
    <Table<CreationSchoolResult>
      size="small"
      data-testid="school-table"
      rowKey={(s) => `${s.schoolCode}-${s.stage}`}
      columns={columns}
      dataSource={[...assessment.schools]}
      pagination={false}
      scroll={{ x: 400 + codes.length * 118 }}
      onRow={(s) => ({ 'data-school': s.schoolCode, 'data-passed': String(s.passed) }) as object}
      expandable={{
        expandedRowRender: (s) => <ChecksDetail school={s} units={units} names={names} />,
      }}
    />
  );
}

function ChecksDetail({
  school,
  units,
  names,
}: {
  school: CreationSchoolResult;
  units: Map<string, string>;
  names: Map<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        {t('creation.reason')}：{school.reason}
      </Typography.Text>
      <List
        size="small"
        dataSource={school.checks}
        renderItem={(c) => (
          <List.Item
            extra={
              <ExplainButton
                explain={c.explain}
                name={`${school.schoolName} · ${names.get(c.code) ?? c.code}`}
              />
            }
          >
            <Flex gap={12} wrap>
              <PassMark passed={c.met}>{names.get(c.code) ?? c.code}</PassMark>
              <span>
                {formatQuantity(c.value, units.get(c.code), { maxDecimals: 2 })}（
                {t('creation.threshold')} {comparisonSymbol(c.comparison)}{' '}
                {formatQuantity(c.threshold, units.get(c.code))}）
              </span>
            </Flex>
          </List.Item>
        )}
      />
    </Space>
  );
}

function GapList({ assessment }: { assessment: CreationAssessment }) {
  const { t } = useTranslation();
  const rows = gapRows(assessment, t('creation.ledgerCounty'));
  if (rows.length === 0)
    return (
      <Typography.Text type="success" data-testid="no-gaps">
        {t('creation.noGaps')}
      </Typography.Text>
    );
  return (
    <Table<GapRow>
      size="small"
      data-testid="gap-table"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 760 }}
      columns={[
        { title: t('creation.school'), dataIndex: 'who', key: 'who', width: 180 },
        {
          title: t('creation.stage'),
          key: 'stage',
          width: 70,
          render: (_, r) => enumLabel(t, 'creationStage', r.stage),
        },
        { title: t('creation.indicator'), dataIndex: 'name', key: 'name', width: 200 },
        {
          title: t('creation.gap'),
          key: 'message',
          render: (_, r) => <Typography.Text type="danger">{r.message}</Typography.Text>,
        },
        {
          title: t('creation.resourceNeeded'),
          key: 'resource',
          width: 140,
          align: 'right',
          render: (_, r) =>
            r.resourceNeeded === undefined
              ? '—'
              : formatQuantity(r.resourceNeeded, r.resourceUnit, { maxDecimals: 0 }),
        },
      ]}
    />
  );
}
