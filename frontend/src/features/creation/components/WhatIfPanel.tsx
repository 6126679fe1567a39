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
  CreationCountyReturn,
  CreationPartVerdict,
  CreationProgramme,
  CreationSchoolRow,
  CreationSummary,
} from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { enumLabel } from '../../../lib/enums';
import { useAssessment, useCountyReturn, useSchoolReturn, useSimulation } from '../api/creation';
import { partChanges, partVerdicts, type PartChange } from '../parts';
import { whatIfColumns, type NumericField } from '../fields';
import { comparisonSymbol, formatCv, formatNumber, formatQuantity, formatRatio } from '../format';
import {
  changedIndicators,
  changedSchools,
  toCountyChange,
  toSimulationChanges,
  type CountyWhatIfLine,
  type IndicatorChange,
  type JudgementWhatIf,
  type SchoolChange,
  type WhatIfLine,
} from '../whatIf';
import { PartVerdicts } from './CountyParts';
import { PassMark, VerdictTag, WorstIndicator } from './CreationTags';

type SummaryLike = Pick<
  CreationSummary,
  'verdict' | 'passingSchools' | 'assessedSchools' | 'passingSchoolRatio' | 'worstIndicator'
>;

let nextLine = 0;
const newLine = (): WhatIfLine => ({ key: `line-${nextLine++}` });
const newCountyLine = (): CountyWhatIfLine => ({ key: `county-${nextLine++}` });
const newJudgementLine = (): JudgementWhatIf => ({ key: `judgement-${nextLine++}` });

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
  const county = useCountyReturn(programme.id, year);
  const [lines, setLines] = useState<WhatIfLine[]>(() => [newLine()]);
  const [countyLines, setCountyLines] = useState<CountyWhatIfLine[]>(() => [newCountyLine()]);
  const [judgementLines, setJudgementLines] = useState<JudgementWhatIf[]>(() => [
    newJudgementLine(),
  ]);
  const [vetoes, setVetoes] = useState<string[] | undefined>(undefined);
  const fields = whatIfColumns(programme.kind);
  const unitOf = (f: NumericField | undefined) => {
    const c = fields.find((x) => x.field === f);
    return c ? t(`creation.unit.${c.unit}`) : '';
  };

  const setLine = (key: string, patch: Partial<WhatIfLine>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const run = () => {
    const changes = toSimulationChanges(lines);
    const countyChange = toCountyChange(countyLines, judgementLines, vetoes);
    if (changes.length === 0 && !countyChange) {
      void message.warning(t('creation.whatIfEmpty'));
      return;
    }
    simulate.mutate(
      {
        id: programme.id,
        body: { year, changes, ...(countyChange ? { county: countyChange } : {}) },
      },
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
                showSearch={{ optionFilterProp: 'label' }}
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
      <Button icon={<PlusOutlined />} onClick={() => setLines((ls) => [...ls, newLine()])}>
        {t('creation.whatIfAdd')}
      </Button>
      {county.data && (
        <CountyWhatIf
          saved={county.data}
          lines={countyLines}
          onLines={setCountyLines}
          judgements={judgementLines}
          onJudgements={setJudgementLines}
          vetoes={vetoes}
          onVetoes={setVetoes}
        />
      )}
      <Space wrap>
        <Button
          onClick={() => {
            setLines([newLine()]);
            setCountyLines([newCountyLine()]);
            setJudgementLines([newJudgementLine()]);
            setVetoes(undefined);
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
  parts,
  testId,
  highlight,
}: {
  title: string;
  summary: SummaryLike | undefined;
  parts: readonly CreationPartVerdict[];
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
          <PartVerdicts parts={parts} />
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
  const baselineParts = result.baseline?.parts ?? (saved ? partVerdicts(saved) : []);
  const resultParts = partVerdicts(result);
  const parts = partChanges(baselineParts, resultParts).filter((p) => p.before !== p.after);
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
            parts={baselineParts}
            testId="whatif-before"
          />
        </Col>
        <Col xs={24} md={12}>
          <SummaryCard
            title={t('creation.whatIfSimulated')}
            summary={result}
            parts={resultParts}
            testId="whatif-after"
            highlight
          />
        </Col>
      </Row>
      {parts.length > 0 && (
        <Card size="small" title={t('creation.whatIfParts')}>
          <Table<PartChange>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={parts}
            data-testid="whatif-parts"
            columns={[
              { title: t('creation.partName'), dataIndex: 'name', key: 'name' },
              {
                title: t('creation.whatIfBefore'),
                key: 'before',
                width: 160,
                render: (_, p) => (p.before ? <VerdictTag verdict={p.before} /> : '—'),
              },
              {
                title: t('creation.whatIfAfter'),
                key: 'after',
                width: 160,
                render: (_, p) => <VerdictTag verdict={p.after} />,
              },
            ]}
          />
        </Card>
      )}
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
                  `${comparisonSymbol(r.after.comparison)} ${
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

/** 优质均衡: county numbers, judgements and vetoes to try, beside the school changes. */
function CountyWhatIf({
  saved,
  lines,
  onLines,
  judgements,
  onJudgements,
  vetoes,
  onVetoes,
}: {
  saved: CreationCountyReturn;
  lines: CountyWhatIfLine[];
  onLines: (next: CountyWhatIfLine[]) => void;
  judgements: JudgementWhatIf[];
  onJudgements: (next: JudgementWhatIf[]) => void;
  vetoes: string[] | undefined;
  onVetoes: (next: string[] | undefined) => void;
}) {
  const { t } = useTranslation();
  const { form, data } = saved;
  const setLine = (key: string, patch: Partial<CountyWhatIfLine>) =>
    onLines(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const setJudgement = (key: string, patch: Partial<JudgementWhatIf>) =>
    onJudgements(judgements.map((j) => (j.key === key ? { ...j, ...patch } : j)));
  const unit = (key: string | undefined) => form.inputs.find((f) => f.key === key)?.unit ?? '';
  return (
    <Card size="small" title={t('creation.whatIfCounty')} data-testid="whatif-county">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Table<CountyWhatIfLine>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={lines}
          columns={[
            {
              title: t('creation.whatIfCountyInput'),
              key: 'input',
              render: (_, l) => (
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: '100%', minWidth: 260 }}
                  aria-label={t('creation.whatIfCountyInput')}
                  value={l.input}
                  onChange={(input) => setLine(l.key, { input })}
                  options={form.inputs.map((f) => ({
                    value: f.key,
                    label: `${f.label}（${f.usedBy.join('、')}）`,
                  }))}
                />
              ),
            },
            {
              title: t('creation.whatIfCurrent'),
              key: 'current',
              width: 140,
              align: 'right',
              render: (_, l) =>
                l.input ? formatQuantity(data.inputs[l.input], unit(l.input)) : '—',
            },
            {
              title: t('creation.whatIfNew'),
              key: 'value',
              width: 170,
              render: (_, l) => (
                <InputNumber<number>
                  min={0}
                  style={{ width: '100%' }}
                  aria-label={`${t('creation.whatIfCountyInput')} ${t('creation.whatIfNew')}`}
                  value={l.value ?? null}
                  onChange={(value) => setLine(l.key, { value })}
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
                    onLines(
                      lines.length > 1 ? lines.filter((x) => x.key !== l.key) : [newCountyLine()],
                    )
                  }
                />
              ),
            },
          ]}
        />
        <Button icon={<PlusOutlined />} onClick={() => onLines([...lines, newCountyLine()])}>
          {t('creation.whatIfAddCounty')}
        </Button>
        <Table<JudgementWhatIf>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={judgements}
          columns={[
            {
              title: t('creation.whatIfJudgement'),
              key: 'item',
              render: (_, j) => (
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: '100%', minWidth: 260 }}
                  aria-label={t('creation.whatIfJudgement')}
                  value={j.itemCode}
                  onChange={(itemCode) => setJudgement(j.key, { itemCode })}
                  options={form.judgedItems.map((i) => ({
                    value: i.code,
                    label: `${i.partName}${t('creation.itemNumber', { number: i.number })}：${i.name}`,
                  }))}
                />
              ),
            },
            {
              title: t('creation.whatIfNew'),
              key: 'met',
              width: 170,
              render: (_, j) => (
                <Select<string>
                  style={{ width: '100%' }}
                  aria-label={`${t('creation.whatIfJudgement')} ${t('creation.whatIfNew')}`}
                  value={j.met === undefined ? undefined : j.met ? 'met' : 'notMet'}
                  onChange={(v) => setJudgement(j.key, { met: v === 'met' })}
                  options={[
                    { value: 'met', label: t('creation.judgementMet') },
                    { value: 'notMet', label: t('creation.judgementNotMet') },
                  ]}
                />
              ),
            },
          ]}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={() => onJudgements([...judgements, newJudgementLine()])}
        >
          {t('creation.whatIfAddJudgement')}
        </Button>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('creation.whatIfVetoes')}</Typography.Text>
          <Select<string[]>
            mode="multiple"
            allowClear
            style={{ width: '100%' }}
            aria-label={t('creation.whatIfVetoes')}
            placeholder={t('creation.whatIfVetoesPlaceholder')}
            value={vetoes ?? data.vetoes.map((v) => v.code)}
            onChange={(v) => onVetoes(v)}
            options={form.vetoes.map((v) => ({ value: v.code, label: v.name }))}
          />
        </Space>
      </Space>
    </Card>
  );
}
