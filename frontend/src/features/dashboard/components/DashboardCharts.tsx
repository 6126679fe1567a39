// The ESM core entry: the CommonJS `lib/core` default import breaks the production build.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { Button, Card, Col, Empty, Modal, Row, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyCount, StatsOverview } from '../../../api/types';
import {
  TOP_N,
  completionModel,
  findingsModel,
  rankByCompletion,
  rankByFindings,
  sortedGrades,
  topN,
  trendModel,
  type CompletionModel,
  type FindingsModel,
} from '../model';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const BLUE = '#1f5fbf';
const GREEN = '#389e0d';
const ORANGE = '#fa8c16';
const RED = '#cf1322';
const GREY = '#8c8c8c';

type Props = {
  overview: StatsOverview;
  trend: readonly MonthlyCount[];
  /** Drill into a child organisation (a bar was clicked). */
  onDrill: (orgId: number) => void;
};

/**
 * The organisations' axis: across the bottom (labels turned a little when there are many) for the
 * top N, or down the side, one row each, for the full list.
 */
function categoryAxis(names: string[], horizontal: boolean) {
  return {
    type: 'category' as const,
    data: names,
    inverse: horizontal,
    axisLabel: {
      interval: 0,
      fontSize: 12,
      rotate: horizontal ? 0 : names.length > 10 ? 45 : names.length > 6 ? 30 : 0,
      margin: 10,
    },
  };
}

/** Value and category axes, swapped for the full list. */
function axes(names: string[], value: object, horizontal: boolean) {
  const category = categoryAxis(names, horizontal);
  return horizontal ? { xAxis: value, yAxis: category } : { xAxis: category, yAxis: value };
}

/** A chart of every organisation: one 28 px row each, in a box that scrolls. */
const rowsHeight = (n: number) => Math.max(300, n * 28 + 80);

function Chart({
  testId,
  label,
  option,
  height = 300,
  onClick,
}: {
  testId: string;
  label: string;
  option: object;
  height?: number;
  onClick?: (dataIndex: number) => void;
}) {
  return (
    <div data-testid={testId} role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height, width: '100%', cursor: onClick ? 'pointer' : undefined }}
        onEvents={
          onClick
            ? {
                click: (e: { dataIndex?: number }) => {
                  if (e.dataIndex !== undefined) onClick(e.dataIndex);
                },
              }
            : {}
        }
      />
    </div>
  );
}

/** The dashboard's charts: completion and findings per child, the monthly trend, grades, cases. */
export default function DashboardCharts({ overview, trend, onDrill }: Props) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState<'completion' | 'findings' | null>(null);
  const byCompletion = useMemo(() => rankByCompletion(overview.children), [overview.children]);
  const byFindings = useMemo(() => rankByFindings(overview.children), [overview.children]);
  const completionTop = topN(byCompletion);
  const findingsTop = topN(byFindings);
  const completion = completionModel(completionTop.shown);
  const findings = findingsModel(findingsTop.shown);
  const months = useMemo(() => trendModel(trend), [trend]);
  const grades = useMemo(() => sortedGrades(overview.gradeTotals), [overview.gradeTotals]);
  const cases = overview.caseTotals.filter((c) => c.count > 0);
  const hasChildren = overview.children.length > 0;

  const completionOption = (model: CompletionModel, horizontal: boolean) => ({
    animation: false,
    grid: { left: 48, right: horizontal ? 56 : 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number; name: string }[]) => {
        const i = params[0]?.dataIndex ?? 0;
        const rate = model.rates[i];
        return `${params[0]?.name ?? ''}<br/>${t('dashboard.charts.completionSeries')}：${
          rate === null || rate === undefined ? '—' : `${rate}%`
        }<br/>${t('dashboard.charts.taskCount')}：${model.totals[i]}`;
      },
    },
    ...axes(
      model.names,
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      horizontal,
    ),
    series: [
      {
        name: t('dashboard.charts.completionSeries'),
        type: 'bar',
        barMaxWidth: horizontal ? 18 : 40,
        itemStyle: { color: BLUE },
        label: { show: true, position: horizontal ? 'right' : 'top', formatter: '{c}%' },
        data: model.rates.map((r) => r ?? '-'),
      },
    ],
  });

  const findingsOption = (model: FindingsModel, horizontal: boolean) => {
    const series = (name: string, data: number[], color: string) => ({
      name,
      type: 'bar',
      stack: 'findings',
      barMaxWidth: horizontal ? 18 : 40,
      itemStyle: { color },
      emphasis: { focus: 'series' },
      data,
    });
    return {
      animation: false,
      grid: { left: 40, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      ...axes(model.names, { type: 'value', minInterval: 1 }, horizontal),
      series: [
        series(t('dashboard.charts.open'), model.open, ORANGE),
        series(t('dashboard.charts.overdue'), model.overdue, RED),
        series(t('dashboard.charts.verified'), model.verified, GREEN),
      ],
    };
  };

  const trendOption = useMemo(
    () => ({
      animation: false,
      grid: { left: 40, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: months.months.map((m) => t('dashboard.charts.monthLabel', { month: m })),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('dashboard.charts.created'),
          type: 'line',
          smooth: true,
          smoothMonotone: 'x',
          itemStyle: { color: BLUE },
          data: months.created,
        },
        {
          name: t('dashboard.charts.completed'),
          type: 'line',
          smooth: true,
          smoothMonotone: 'x',
          itemStyle: { color: GREEN },
          data: months.completed,
        },
      ],
    }),
    [months, t],
  );

  const horizontal = (names: string[], values: number[], seriesName: string, color: string) => ({
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color },
        label: { show: true, position: 'right' },
        data: values,
      },
    ],
  });

  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.charts.empty')} />
  );
  // the per-child charts: the top N that need attention, the full list behind 查看全部
  const perChild = [
    {
      key: 'completion' as const,
      title: t('dashboard.charts.completion'),
      note: t('dashboard.charts.topCompletion', { count: completionTop.shown.length }),
      hidden: completionTop.hidden,
      ids: completion.ids,
      option: completionOption(completion, false),
    },
    {
      key: 'findings' as const,
      title: t('dashboard.charts.findings'),
      note: t('dashboard.charts.topFindings', { count: findingsTop.shown.length }),
      hidden: findingsTop.hidden,
      ids: findings.ids,
      option: findingsOption(findings, false),
    },
  ];
  const small = (n: number) => Math.max(160, n * 32 + 40);

  return (
    <Row gutter={[16, 16]}>
      {perChild.map((c) => (
        <Col key={c.key} xs={24} xl={12}>
          <Card
            title={c.title}
            size="small"
            extra={<TopNote hidden={c.hidden} top={c.note} onShowAll={() => setShowAll(c.key)} />}
          >
            {hasChildren ? (
              <Chart
                testId={`chart-${c.key}`}
                label={c.title}
                option={c.option}
                onClick={(i) => {
                  const id = c.ids[i];
                  if (id !== undefined) onDrill(id);
                }}
              />
            ) : (
              empty
            )}
          </Card>
        </Col>
      ))}
      <Col xs={24} xl={12}>
        <Card title={t('dashboard.charts.trend')} size="small">
          <Chart testId="chart-trend" label={t('dashboard.charts.trend')} option={trendOption} />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card title={t('dashboard.charts.grades')} size="small">
          {grades.length ? (
            <Chart
              testId="chart-grades"
              label={t('dashboard.charts.grades')}
              height={small(grades.length)}
              option={horizontal(
                grades.map((g) => g.key),
                grades.map((g) => g.count),
                t('dashboard.charts.gradesSeries'),
                BLUE,
              )}
            />
          ) : (
            empty
          )}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card title={t('dashboard.charts.cases')} size="small">
          {cases.length ? (
            <Chart
              testId="chart-cases"
              label={t('dashboard.charts.cases')}
              height={small(cases.length)}
              option={horizontal(
                cases.map((c) =>
                  t(`dashboard.caseStatus.${c.key}` as 'dashboard.caseStatus.OPEN', {
                    defaultValue: c.key,
                  }),
                ),
                cases.map((c) => c.count),
                t('dashboard.charts.casesSeries'),
                GREY,
              )}
            />
          ) : (
            empty
          )}
        </Card>
      </Col>
      {showAll && (
        <Modal
          open
          width={900}
          footer={null}
          title={t('dashboard.charts.allTitle', {
            title:
              showAll === 'completion'
                ? t('dashboard.charts.completion')
                : t('dashboard.charts.findings'),
            count: overview.children.length,
          })}
          onCancel={() => setShowAll(null)}
        >
          <div style={{ maxHeight: '65vh', overflowY: 'auto' }} data-testid="chart-all">
            <Chart
              testId={`chart-${showAll}-all`}
              label={
                showAll === 'completion'
                  ? t('dashboard.charts.completion')
                  : t('dashboard.charts.findings')
              }
              height={rowsHeight(overview.children.length)}
              option={
                showAll === 'completion'
                  ? completionOption(completionModel(byCompletion), true)
                  : findingsOption(findingsModel(byFindings), true)
              }
              onClick={(i) => {
                const id = (showAll === 'completion' ? byCompletion : byFindings)[i]?.orgId;
                if (id === undefined) return;
                setShowAll(null);
                onDrill(id);
              }}
            />
          </div>
        </Modal>
      )}
    </Row>
  );
}

/** The card's note that the chart shows the top N, with a button to the full list. */
function TopNote({
  hidden,
  top,
  onShowAll,
}: {
  hidden: number;
  top: string;
  onShowAll: () => void;
}) {
  const { t } = useTranslation();
  if (hidden === 0) return null;
  return (
    <Space size={4}>
      <Typography.Text type="secondary">{top}</Typography.Text>
      <Button type="link" size="small" onClick={onShowAll} data-action="show-all">
        {t('dashboard.charts.showAll', { count: hidden + TOP_N })}
      </Button>
    </Space>
  );
}
