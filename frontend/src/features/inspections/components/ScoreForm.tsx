import { Alert, Flex, Input, InputNumber, Radio, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorSystem } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { flattenIndicators, previewScores, type ScoreValue } from '../scoring';

type Values = Record<string, ScoreValue | undefined>;

/**
 * The score form generated from the system's tree: points per leaf (SCORED), pass/fail or the
 * measured value (THRESHOLD), a remark each, and a running total with the expected grade.
 */
export function ScoreForm({
  system,
  values,
  onChange,
}: {
  system: IndicatorSystem;
  values: Values;
  onChange: (next: Values) => void;
}) {
  const { t } = useTranslation();
  const preview = previewScores(system, values);
  const set = (code: string, patch: Partial<ScoreValue>) =>
    onChange({ ...values, [code]: { ...values[code], ...patch } });
  const rows = flattenIndicators(system.indicators);
  const scored = system.kind === 'SCORED';

  return (
    <>
      <Flex gap={32} wrap align="center" className="score-summary" data-testid="score-summary">
        {scored && (
          <Statistic
            title={t('report.runningTotal')}
            value={preview.total ?? 0}
            suffix={`/ ${preview.maxTotal ?? system.totalScore ?? 0}`}
          />
        )}
        {!scored && (
          <Statistic
            title={t('report.passed')}
            value={t('report.passedCount', { passed: preview.passed, failed: preview.failed })}
          />
        )}
        <Statistic
          title={scored ? t('report.gradePreview') : t('report.conclusionPreview')}
          value={preview.grade ?? '—'}
          styles={{ content: { color: preview.grade === '未达标' ? '#cf1322' : undefined } }}
        />
        <Typography.Text type={preview.unscored.length ? 'warning' : 'success'}>
          {preview.unscored.length
            ? t('report.unscored', { count: preview.unscored.length })
            : t('report.allScored')}
        </Typography.Text>
      </Flex>
      <Alert type="info" showIcon title={t('report.previewHint')} style={{ margin: '12px 0' }} />
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={rows}
        // the rows are the flattened tree: their `children` are not for the table to expand
        expandable={{ childrenColumnName: '__none' }}
        data-testid="score-form"
        rowClassName={(r) => (r.children?.length ? 'indicator-group-row' : '')}
        columns={[
          { title: t('indicator.code'), dataIndex: 'code', width: 70 },
          {
            title: t('report.indicator'),
            key: 'name',
            render: (_, r) => (
              <span
                style={{
                  paddingLeft: (r.depth - 1) * 16,
                  fontWeight: r.children?.length ? 600 : undefined,
                }}
              >
                {r.name}
                {r.children?.length && scored ? `（${r.maxScore ?? ''}）` : ''}
              </span>
            ),
          },
          {
            title: scored ? t('report.score') : t('report.passed'),
            key: 'value',
            width: 260,
            render: (_, r) => {
              if (r.children?.length) return null;
              const v = values[r.code];
              const invalid = preview.invalid.includes(r.code);
              if (scored) {
                return (
                  <Flex align="center" gap={6}>
                    <InputNumber
                      min={0}
                      max={r.maxScore}
                      precision={2}
                      step={1}
                      status={invalid ? 'error' : undefined}
                      value={v?.score ?? null}
                      aria-label={`${r.code} ${t('report.score')}`}
                      data-code={r.code}
                      onChange={(score) => set(r.code, { score: score ?? null })}
                      style={{ width: 110 }}
                    />
                    <Typography.Text type="secondary">/ {r.maxScore}</Typography.Text>
                  </Flex>
                );
              }
              if (r.operator && r.threshold !== undefined) {
                const outcome = preview.outcomes[r.code];
                return (
                  <Flex align="center" gap={6} wrap>
                    <InputNumber
                      value={v?.score ?? null}
                      precision={r.precision}
                      aria-label={`${r.code} ${t('report.measured')}`}
                      data-code={r.code}
                      onChange={(score) => set(r.code, { score: score ?? null, passed: undefined })}
                      style={{ width: 110 }}
                    />
                    <Typography.Text type="secondary">
                      {enumLabel(t, 'operator', r.operator)} {r.threshold}
                      {r.unit ?? ''}
                    </Typography.Text>
                    {outcome !== undefined && (
                      <Tag color={outcome ? 'success' : 'error'}>
                        {outcome ? t('report.pass') : t('report.fail')}
                      </Tag>
                    )}
                  </Flex>
                );
              }
              return (
                <Radio.Group
                  value={v?.passed ?? undefined}
                  data-code={r.code}
                  onChange={(e) => set(r.code, { passed: e.target.value as boolean })}
                  options={[
                    { value: true, label: t('report.pass') },
                    { value: false, label: t('report.fail') },
                  ]}
                />
              );
            },
          },
          {
            title: t('report.remark'),
            key: 'remark',
            render: (_, r) =>
              r.children?.length ? null : (
                <Input
                  value={values[r.code]?.remark ?? ''}
                  maxLength={2000}
                  aria-label={`${r.code} ${t('report.remark')}`}
                  onChange={(e) => set(r.code, { remark: e.target.value })}
                />
              ),
          },
        ]}
      />
    </>
  );
}
