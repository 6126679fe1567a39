import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { DeleteOutlined, ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  CreationAssessment,
  CreationProgramme,
  CreationSchoolRow,
  CreationSummary,
} from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { enumLabel } from '../../../lib/enums';
import { useAssessment, useSchoolReturn, useSimulation } from '../api/creation';
import { whatIfColumns, type NumericField } from '../fields';
import { formatCv, formatNumber, formatQuantity, formatRatio } from '../format';
import {
  changedIndicators,
  changedSchools,
  toSimulationChanges,
  type IndicatorChange,
  type SchoolChange,
  type WhatIfLine,
} from '../whatIf';
import { PassMark, VerdictTag, WorstIndicator } from './CreationTags';

type SummaryLike = Pick<
  CreationSummary,
  'verdict' | 'passingSchools' | 'assessedSchools' | 'passingSchoolRatio' | 'worstIndicator'
>;

let nextLine = 0;
const newLine = (): WhatIfLine => ({ key: `line-${nextLine++}` });

export function WhatIfPanel({ programme, year }: { programme: CreationProgramme; year: number }) {
  const { t } = useTranslation();
  const data = useSchoolReturn(programme.id, year);
  if (data.isPending) return <Skeleton active />;
  if (data.isError) return <Alert type="error" showIcon title={describeError(t, data.error)} />;
  if (!data.data.filed || data.data.rows.length === 0)
    return <Empty description={t('creation.notFiledHint', { year })} />;
  return <WhatIfEditor programme={programme} year={year} rows={data.data.rows} />;
}

function WhatIfEditor({
  programme,
  year,
  rows,
}: {
  programme: CreationProgramme;
  year: number;
  rows: readonly CreationSchoolRow[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saved = useAssessment(programme.id, year);
  const simulate = useSimulation();
  const [lines, setLines] = useState<WhatIfLine[]>(() => [newLine()]);
  const fields = whatIfColumns(programme.kind);
  const unitOf = (f: NumericField | undefined) => {
    const c = fields.find((x) => x.field === f);
    return c ? t(`creation.unit.${c.unit}`) : '';
  };

  const setLine = (key: string, patch: Partial<WhatIfLine>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const run = () => {
    const changes = toSimulationChanges(lines);
    if (changes.length === 0) {
      void message.warning(t('creation.whatIfEmpty'));
      return;
    }
    simulate.mutate(
      { id: programme.id, body: { year, changes } },
      { onError: (e) => void message.error(describeError(t, e)) },
    );
  };

  const result = simulate.data;
  const changedCodes = toSimulationChanges(lines).map((c) => c.schoolCode);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('creation.whatIfIntro')} />
      <Table<WhatIfLine>
        size="small"
        data-testid="whatif-lines"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        columns={[
          {
            title: t('creation.whatIfSchool'),
            key: 'school',
            render: (_, l) => (
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%', minWidth: 220 }}
                placeholder={t('creation.whatIfSchool')}
                aria-label={t('creation.whatIfSchool')}
                value={l.schoolCode}
                onChange={(v) => setLine(l.key, { schoolCode: v })}
                options={rows.map((r) => ({ value: r.schoolCode, label: r.schoolName }))}
              />
            ),
          },
          {
            title: t('creation.whatIfField'),
            key: 'field',
            width: 220,
            render: (_, l) => (
              <Select<NumericField>
                style={{ width: '100%' }}
                placeholder={t('creation.whatIfField')}
                aria-label={t('creation.whatIfField')}
                value={l.field}
                onChange={(v) => setLine(l.key, { field: v })}
                options={fields.map((c) => ({
                  value: c.field,
                  label: `${t(`creation.field.${c.field}`)}（${t(`creation.unit.${c.unit}`)}）`,
                }))}
              />
            ),
          },
          {
            title: t('creation.whatIfCurrent'),
            key: 'current',
            width: 140,
            align: 'right',
            render: (_, l) => {
              const row = rows.find((r) => r.schoolCode === l.schoolCode);
              return l.field && row
                ? formatQuantity(row[l.field] ?? undefined, unitOf(l.field))
                : '—';
            },
          },
          {
            title: t('creation.whatIfNew'),
            key: 'value',
            width: 170,
            render: (_, l) => (
              <InputNumber<number>
                min={0}
                style={{ width: '100%' }}
                aria-label={t('creation.whatIfNew')}
                value={l.value ?? null}
                onChange={(v) => setLine(l.key, { value: v })}
              />
            ),
          },
          {
            title: '',
            key: 'remove',
            width: 50,
            render: (_, l) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
                onClick={() =>
                  setLines((ls) =>
                    ls.length > 1 ? ls.filter((x) => x.key !== l.key) : [newLine()],
                  )
                }
              />
            ),
          },
        ]}
      />
      <Space wrap>
        <Button icon={<PlusOutlined />} onClick={() => setLines((ls) => [...ls, newLine()])}>
          {t('creation.whatIfAdd')}
        </Button>
        <Button
          onClick={() => {
            setLines([newLine()]);
            simulate.reset();
          }}
        >
          {t('creation.whatIfReset')}
        </Button>
        <Button
          type="primary"
          icon={<ExperimentOutlined />}
          loading={simulate.isPending}
          onClick={run}
          data-action="simulate"
        >
          {t('creation.whatIfRun')}
        </Button>
      </Space>
      {result && (
        <WhatIfResult
          result={result}
          saved={saved.data}
          savedMissing={saved.error instanceof ApiError && saved.error.status === 404}
          codes={changedCodes}
        />
      )}
    </Space>
  );
}

function SummaryCard({
  title,
  summary,
  testId,
  highlight,
}: {
  title: string;
  summary: SummaryLike | undefined;
  testId: string;
  highlight?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      style={highlight ? { borderColor: '#faad14', borderStyle: 'dashed' } : undefined}
    >
      {summary ? (
        <Space orientation="vertical" size={8}>
          <VerdictTag verdict={summary.verdict} large />
          <Space size={24} wrap>
            <Statistic
              title={t('creation.passingSchools')}
              value={summary.passingSchools}
              suffix={`/ ${summary.assessedSchools}`}
            />
            <Statistic
              title={t('creation.passingRatio')}
              value={formatRatio(summary.passingSchoolRatio)}
            />
          </Space>
          <div>
            <Typography.Text type="secondary">{t('creation.worstIndicator')}</Typography.Text>
            <div>
              <WorstIndicator worst={summary.worstIndicator} />
            </div>
          </div>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('creation.notFiled')}</Typography.Text>
      )}
    </Card>
  );
}

function WhatIfResult({
  result,
  saved,
  savedMissing,
  codes,
}: {
  result: CreationAssessment;
  saved: CreationAssessment | undefined;
  savedMissing: boolean;
  codes: string[];
}) {
  const { t } = useTranslation();
  const baseline = result.baseline ?? (savedMissing ? undefined : saved);
  const indicators = changedIndicators(saved, result);
  const schools = changedSchools(codes, saved, result);
  const measure = (i: IndicatorChange['after'] | undefined) =>
    i === undefined
      ? '—'
      : i.measure === 'CV'
        ? formatCv(i.cv)
        : formatQuantity(i.value, i.unit, { maxDecimals: 2 });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="whatif-result">
      <Alert
        type="warning"
        showIcon
        data-testid="whatif-not-saved"
        title={t('creation.whatIfNotSaved')}
      />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <SummaryCard
            title={t('creation.whatIfSaved')}
            summary={baseline}
            testId="whatif-before"
          />
        </Col>
        <Col xs={24} md={12}>
          <SummaryCard
            title={t('creation.whatIfSimulated')}
            summary={result}
            testId="whatif-after"
            highlight
          />
        </Col>
      </Row>
      {indicators.length > 0 && (
        <Card size="small" title={t('creation.whatIfIndicators')}>
          <Table<IndicatorChange>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={indicators}
            columns={[
              {
                title: t('creation.stage'),
                key: 'stage',
                width: 80,
                render: (_, r) => enumLabel(t, 'creationStage', r.stage),
              },
              { title: t('creation.indicator'), dataIndex: 'name', key: 'name' },
              {
                title: t('creation.whatIfBefore'),
                key: 'before',
                width: 160,
                render: (_, r) =>
                  r.before ? (
                    <PassMark passed={r.before.passed}>{measure(r.before)}</PassMark>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('creation.whatIfAfter'),
                key: 'after',
                width: 160,
                render: (_, r) => <PassMark passed={r.after.passed}>{measure(r.after)}</PassMark>,
              },
              {
                title: t('creation.threshold'),
                key: 'threshold',
                width: 110,
                render: (_, r) =>
                  `${r.after.comparison === 'AT_MOST' ? '≤' : '≥'} ${
                    r.measure === 'CV'
                      ? formatNumber(r.after.threshold, { precision: 2 })
                      : formatQuantity(r.after.threshold, r.unit)
                  }`,
              },
            ]}
          />
        </Card>
      )}
      {schools.length > 0 && (
        <Card size="small" title={t('creation.whatIfChangedSchools')}>
          <Table<SchoolChange>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={schools}
            columns={[
              { title: t('creation.school'), dataIndex: 'schoolName', key: 'name' },
              {
                title: t('creation.stage'),
                key: 'stage',
                width: 80,
                render: (_, r) => enumLabel(t, 'creationStage', r.stage),
              },
              {
                title: t('creation.whatIfBefore'),
                key: 'before',
                render: (_, r) =>
                  r.before ? (
                    <PassMark passed={r.before.passed}>
                      {`${r.before.metCount}/${r.before.checks.length}`}
                    </PassMark>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('creation.whatIfAfter'),
                key: 'after',
                render: (_, r) =>
                  r.after ? (
                    <Space orientation="vertical" size={0}>
                      <PassMark passed={r.after.passed}>
                        {`${r.after.metCount}/${r.after.checks.length}`}
                      </PassMark>
                      {r.after.shortfalls.map((f) => (
                        <Typography.Text key={f.code} type="danger" style={{ fontSize: 12 }}>
                          {f.message}
                        </Typography.Text>
                      ))}
                    </Space>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
