// The ESM core entry: the CommonJS `lib/core` default import breaks the production build.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CreationProgramme } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { countyChartModel } from '../chart';
import { FAIL_COLOR, PASS_COLOR } from './CreationTags';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Passing-school ratio per county as bars, green where the county passes, red where it fails. */
export default function CountyChart({ programmes }: { programmes: readonly CreationProgramme[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const model = useMemo(
    () => countyChartModel(programmes, (k) => enumLabel(t, 'creationKind', k)),
    [programmes, t],
  );
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 48, right: 16, top: 40, bottom: 64 },
      legend: { top: 0, data: [t('creation.chartPass'), t('creation.chartFail')] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—'),
      },
      xAxis: {
        type: 'category',
        data: model.categories,
        axisLabel: { interval: 0, fontSize: 12, margin: 12, lineHeight: 16 },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: t('creation.chartPass'),
          type: 'bar',
          stack: 'ratio',
          barMaxWidth: 48,
          itemStyle: { color: PASS_COLOR },
          label: { show: true, position: 'top', formatter: '{c}%' },
          data: model.pass,
        },
        {
          name: t('creation.chartFail'),
          type: 'bar',
          stack: 'ratio',
          barMaxWidth: 48,
          itemStyle: { color: FAIL_COLOR },
          label: { show: true, position: 'top', formatter: '{c}%' },
          data: model.fail,
        },
      ],
    }),
    [model, t],
  );
  return (
    <div data-testid="county-chart" role="img" aria-label={t('creation.chartTitle')}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height: 300, width: '100%' }}
        onEvents={{
          click: (e: { dataIndex?: number }) => {
            const id = e.dataIndex === undefined ? undefined : model.ids[e.dataIndex];
            if (id !== undefined) void navigate(`/creation/${id}`);
          },
        }}
      />
    </div>
  );
}
