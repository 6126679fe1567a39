import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MonitoringCycle, MonitoringResult } from '../../../api/types';
import { admin, json, problem, pucheng, puchengTree, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const cycle = {
  id: 7,
  ownerOrgId: 2,
  ownerOrgName: '渭南市',
  year: 2022,
  title: '2022年义务教育质量监测',
  subjects: ['MATHEMATICS', 'CHINESE'],
  grades: [4, 8],
  testDate: '2022-05-25',
  feedbackDate: '2023-02-20',
  endsOn: '2023-06-30',
  fallAlertPoints: 5,
  status: 'RESULTS_IN',
  light: 'RED',
  counties: [
    { countyId: 20, countyName: '蒲城县', schools: [] },
    { countyId: 21, countyName: '富平县', schools: [] },
  ],
  resultCount: 2,
  problemCount: 3,
  openProblemCount: 2,
  manageable: true,
  version: 1,
  createdAt: '2022-04-11T09:00:00+08:00',
  updatedAt: '2023-02-22T09:00:00+08:00',
} satisfies MonitoringCycle;

const result = (countyId: number, countyName: string, level3Share: number) =>
  ({
    countyId,
    countyName,
    subject: 'MATHEMATICS',
    grade: 8,
    figures: { level3Share, excellentShare: 18.6, meanScore: 512, differenceRate: 0.13 },
    province: { level3Share: 78.5, excellentShare: 17.2, meanScore: 500, differenceRate: 0.15 },
    level3VsProvince: level3Share - 78.5,
  }) satisfies MonitoringResult;

describe('MonitoringCyclesPage', () => {
  it('lists the cycles with the filters and sort of the URL', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/organizations/tree': () => json(puchengTree),
      'GET /api/v1/monitoring-cycles': () => json({ items: [cycle], total: 1, page: 0, size: 20 }),
    });
    renderApp('/monitoring?status=RESULTS_IN&sort=endsOn,asc');
    expect(await screen.findByText('2022年义务教育质量监测')).toBeInTheDocument();
    expect(screen.getByText('数学、语文')).toBeInTheDocument();
    expect(screen.getByText('未销号 2 / 共 3')).toBeInTheDocument();
    await waitFor(() => {
      const asked = new URL(calls.find((c) => c.url.includes('/monitoring-cycles'))!.url)
        .searchParams;
      expect(asked.get('status')).toBe('RESULTS_IN');
      expect(asked.get('sort')).toBe('endsOn,asc');
    });
  });
});

describe('MonitoringCyclePage', () => {
  it('shows the results beside the province, compares the counties and lists every import error', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(admin),
      'GET /api/v1/organizations/tree': () => json(puchengTree),
      'GET /api/v1/monitoring-cycles/7': () => json(cycle),
      'GET /api/v1/monitoring-cycles/7/results': () =>
        json({ cycleId: 7, items: [result(20, '蒲城县', 82.4), result(21, '富平县', 74.8)] }),
      'GET /api/v1/monitoring-cycles/7/comparison': () =>
        json({
          cycleId: 7,
          subject: 'MATHEMATICS',
          grade: 8,
          province: { level3Share: 78.5 },
          counties: [result(20, '蒲城县', 82.4), result(21, '富平县', 74.8)],
        }),
      'POST /api/v1/monitoring-cycles/7/results/import': () =>
        problem(400, {
          code: 'VALIDATION_FAILED',
          detail: '导入文件有 2 处错误，未导入任何数据',
          errors: [
            { field: 'rows[0].学科', message: '未知学科：天文（第 2 行 D 列）' },
            { field: 'rows[1].县区', message: '不是本次监测的样本县区：华阴市（第 3 行 A 列）' },
          ],
        }),
    });
    renderApp('/monitoring/7');
    expect(await screen.findByText('82.4%（78.5%）')).toBeInTheDocument();
    expect(await screen.findByTestId('comparison')).toHaveTextContent('富平县74.8%（全省 78.5%）');

    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['县区'], '结果.csv', { type: 'text/csv' })] },
    });
    const errors = await screen.findByTestId('import-errors');
    expect(errors).toHaveTextContent('导入文件有 2 处错误，未导入任何数据');
    expect(errors).toHaveTextContent('rows[0].学科：未知学科：天文（第 2 行 D 列）');
    expect(errors).toHaveTextContent('不是本次监测的样本县区：华阴市');
  });
});
