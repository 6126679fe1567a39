import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../../test/http';
import { renderApp } from '../../../test/render';

describe('PublicDecisionsPage', () => {
  it('lists the published decisions without signing in', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/public/accountability-decisions': () =>
        json({
          items: [
            {
              caseNumber: '渭教督问〔2023〕3号',
              handlingOrgName: '渭南市',
              subjectType: 'GOVERNMENT',
              subjectOrgName: '富平县',
              subjectPerson: '王某，副县长',
              scenarios: ['QJ-2-01 学前教育普及普惠主要指标长期未达标'],
              measures: ['约谈', '督导通报'],
              decisionText: '约谈富平县人民政府分管负责同志。',
              basis: '《教育督导问责办法》第九条',
              decidedOn: '2023-11-01',
              effectiveOn: '2023-11-02',
              severe: true,
            },
          ],
          page: 0,
          size: 10,
          total: 1,
        }),
    });
    const { router } = renderApp('/public/decisions');
    const card = await screen.findByTestId('public-decision');
    expect(router.state.location.pathname).toBe('/public/decisions');
    expect(card).toHaveTextContent('渭教督问〔2023〕3号');
    expect(card).toHaveTextContent('从重处理');
    expect(card).toHaveTextContent('富平县 · 王某，副县长');
    expect(card).toHaveTextContent('约谈督导通报');
    expect(card).toHaveTextContent('2023年11月1日');
    expect(card).toHaveTextContent('2023年11月2日');
    // no bearer token was sent
    expect(calls[0].headers.get('Authorization')).toBeNull();
  });
});
