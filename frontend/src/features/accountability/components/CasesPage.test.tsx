import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { accountabilityCase, scenarios } from '../../../test/accountabilityFixtures';
import { fuping, page, weinan, weinanTree } from '../../../test/fixtures';
import { json, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const severeCase = accountabilityCase({
  id: 32,
  caseNumber: '渭教督问〔2023〕4号',
  status: 'DECIDED',
  light: 'RED',
  severe: true,
  severeReasons: [{ code: 'REPEATED_WITHIN_YEAR', automatic: true }],
  decidedOn: '2023-11-01',
});

describe('CasesPage', () => {
  it('lists the register with lights, 从重 marks and status, and filters it', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
      'GET /api/v1/accountability-cases': () => json(page([accountabilityCase(), severeCase])),
    });
    renderApp('/accountability');
    const table = await screen.findByTestId('case-table');
    await within(table).findByText('渭教督问〔2023〕4号');
    const rows = table.querySelectorAll('tbody tr.ant-table-row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('从重');
    expect(rows[1]).toHaveTextContent('已作出决定');
    expect(rows[1].querySelector('[data-light="RED"]')).not.toBeNull();
    expect(rows[0]).not.toHaveTextContent('从重');
    expect(rows[0]).toHaveTextContent('已立案');
    expect(rows[0]).toHaveTextContent('2023年10月10日');

    const user = userEvent.setup();
    const severe = screen.getByText('从重', { selector: 'label' }).closest('.ant-form-item')!;
    await user.click(severe.querySelector('.ant-select')!);
    await user.click(
      await screen.findByText('仅从重', { selector: '.ant-select-item-option-content' }),
    );
    await user.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() =>
      expect(calls.some((c) => new URL(c.url).searchParams.get('severe') === 'true')).toBe(true),
    );
    const last = calls.filter((c) => c.url.includes('/accountability-cases?')).at(-1)!;
    expect(last.headers.get('Accept')).toBe('application/json');
  });

  it('exports the filtered register as Excel', async () => {
    signIn();
    const saved: string[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
      'GET /api/v1/accountability-cases': (req) =>
        req.headers.get('Accept')?.includes('spreadsheetml')
          ? new Response('xlsx', {
              headers: {
                'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                'Content-Disposition': 'attachment; filename="cases-2023.xlsx"',
              },
            })
          : json(page([accountabilityCase()])),
    });
    renderApp('/accountability');
    await screen.findByText('渭教督问〔2023〕3号');
    await userEvent.setup().click(screen.getByRole('button', { name: /导出登记簿/ }));
    await waitFor(() => expect(saved).toEqual(['cases-2023.xlsx']));
    const exported = calls.find((c) => c.headers.get('Accept')?.includes('spreadsheetml'))!;
    expect(new URL(exported.url).searchParams.get('page')).toBeNull();
    click.mockRestore();
  });

  it('opens a case (立案) with subject, scenarios, source, facts and manual grounds', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'GET /api/v1/organizations/tree': () => json(weinanTree),
      'GET /api/v1/accountability-cases': () => json(page([])),
      'GET /api/v1/accountability-scenarios': () => json(scenarios),
      'POST /api/v1/accountability-cases': () => json(accountabilityCase({ id: 40 }), 201),
      'GET /api/v1/accountability-cases/40': () => json(accountabilityCase({ id: 40 })),
    });
    const { router } = renderApp('/accountability');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /立\s*案/ }));
    const dialog = await screen.findByRole('dialog');
    const subject = within(dialog)
      .getByText('被问责单位', { selector: 'label' })
      .closest('.ant-form-item')!;
    await user.click(subject.querySelector('.ant-select')!);
    await user.click(await screen.findByText('富平县', { selector: '.ant-select-tree-title' }));
    await user.type(within(dialog).getByLabelText('责任人姓名'), '王小明');
    await user.type(within(dialog).getByLabelText('责任人职务'), '副县长');
    const scen = within(dialog)
      .getByText('问责情形', { selector: 'label' })
      .closest('.ant-form-item')!;
    await user.click(scen.querySelector('.ant-select')!);
    await user.click(
      await screen.findByText(/QJ-2-01 学前教育普及普惠/, {
        selector: '.ant-select-item-option-content',
      }),
    );
    await user.type(within(dialog).getByLabelText('问题事实'), '公办园占比不足');
    await user.type(within(dialog).getByLabelText('内部备注'), '仅内部');
    const manual = within(dialog)
      .getByText('从重情节（手工认定）', { selector: 'label' })
      .closest('.ant-form-item')!;
    await user.click(manual.querySelector('.ant-select')!);
    await user.click(
      await screen.findByText('打击报复', { selector: '.ant-select-item-option-content' }),
    );
    await user.click(within(dialog).getByRole('button', { name: /立\s*案/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/accountability/40'));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({
      subjectType: 'GOVERNMENT',
      subjectOrgId: 11,
      subjectPerson: { name: '王小明', position: '副县长' },
      scenarioCodes: ['QJ-2-01'],
      source: 'OTHER',
      facts: '公办园占比不足',
      internalNotes: '仅内部',
      manualSevereReasons: [{ code: 'RETALIATION' }],
    });
  });

  it('has no 立案 button for the subject county’s viewer', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json({ ...fuping, roles: ['VIEWER'] }),
      'GET /api/v1/accountability-cases': () => json(page([])),
    });
    renderApp('/accountability');
    await screen.findByTestId('case-table');
    expect(screen.queryByRole('button', { name: /立\s*案/ })).toBeNull();
  });
});
