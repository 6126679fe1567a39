import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  assessment2023,
  countyReturn2023,
  fupingProgramme,
  ledgerEntries,
  schoolReturn2023,
} from '../../../test/creationFixtures';
import { fuping } from '../../../test/fixtures';
import { json, problem, pucheng, stubFetch, type Handler } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';
import { expectLeavingGuarded, unloadPrevented } from '../../../test/unsaved';

function routes(extra: Record<string, Handler> = {}, me: unknown = fuping) {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/creation-programmes/1': () => json(fupingProgramme),
    'GET /api/v1/creation-programmes/1/assessment': () => json(assessment2023),
    'GET /api/v1/creation-programmes/1/schools/2023': () => json(schoolReturn2023),
    'GET /api/v1/creation-programmes/1/county/2023': () => json(countyReturn2023),
    'GET /api/v1/creation-programmes/1/recognition': () => json(recognition),
    'GET /api/v1/creation-programmes/1/ledger': () =>
      json({ items: ledgerEntries, page: 0, size: 200, total: ledgerEntries.length }),
    ...extra,
  };
}

const step = (code: string, order: number, name: string) => ({
  step: code,
  order,
  name,
  recorded: false,
  documents: [] as string[],
});
const recognition = {
  programmeId: 1,
  nextStep: 'CITY_REVIEW',
  steps: [
    {
      ...step('COUNTY_SELF_ASSESSMENT', 1, '县级自评'),
      recorded: true,
      date: '2022-11-28',
      documents: ['富平县义务教育优质均衡发展县级自评报告'],
      officeOrgId: 28,
      officeName: '富平县',
    },
    step('CITY_REVIEW', 2, '市级复核'),
    step('PROVINCIAL_PROCESS_SUPERVISION', 3, '省级过程督导'),
    step('PROVINCIAL_REVIEW', 4, '省级评估'),
    step('NATIONAL_RECOGNITION', 5, '国家认定'),
  ],
};

const user = () => userEvent.setup();

const action = (name: string) => document.querySelector<HTMLElement>(`[data-action="${name}"]`)!;

describe('ProgrammePage', () => {
  it('shows the roadmap and the assessment: verdict, red CV, gaps and school marks', async () => {
    signIn();
    const { calls } = stubFetch(routes());
    renderApp('/creation/1?year=2023');
    expect(await screen.findByTestId('programme-title')).toHaveTextContent(
      '富平县 · 义务教育优质均衡',
    );
    const stages = screen.getByTestId('stages');
    expect(stages).toHaveTextContent('摸清底数、建立问题台账');
    expect(stages).toHaveTextContent('2024年11月30日 前完成');

    const verdict = await screen.findByTestId('assessment-verdict');
    expect(verdict).toHaveTextContent('2023 年测算结论：未达标');
    expect(verdict).toHaveTextContent(/4\s*\/\s*7/);
    expect(verdict).toHaveTextContent('57.1%');
    expect(
      new URL(calls.find((c) => c.url.includes('/assessment'))!.url).searchParams.get('year'),
    ).toBe('2023');

    const indicators = screen.getByTestId('indicator-table');
    const failing = indicators.querySelector('tr[data-passed="false"]')!;
    expect(failing).toHaveTextContent('生均体育运动场馆面积');
    expect(failing).toHaveTextContent('0.790');
    expect(failing).toHaveTextContent('≤ 0.50');
    expect(failing).toHaveTextContent('未达标');
    expect(failing).toHaveTextContent('7.25 ㎡');
    expect(indicators.querySelectorAll('tr[data-passed="true"]')).toHaveLength(2);

    const gaps = screen.getByTestId('gap-table');
    expect(gaps).toHaveTextContent('短缺体育运动场馆 10,800 ㎡');
    expect(gaps).toHaveTextContent('需增加骨干教师 1 人');
    expect(gaps).toHaveTextContent('全县');

    const schools = screen.getByTestId('school-table');
    const chengguan = schools.querySelector('tr[data-school="610528-S101"]')!;
    expect(chengguan).toHaveAttribute('data-passed', 'false');
    const sports = chengguan.querySelector('[data-code="SPORTS_AREA_PER_STUDENT"]')!;
    expect(sports).toHaveAttribute('data-met', 'false');
    expect(sports).toHaveTextContent('3');
    expect(schools.querySelector('tr[data-school="610528-S104"]')).toHaveAttribute(
      'data-passed',
      'true',
    );
    expect(screen.getByTestId('excluded-schools')).toHaveTextContent('不足 50 人');
  });

  it('shows the four parts, the vetoes and the precondition, each with its verdict', async () => {
    signIn();
    stubFetch(routes());
    renderApp('/creation/1?year=2023');
    const verdict = await screen.findByTestId('assessment-verdict');
    const tags = within(verdict).getByTestId('part-verdicts');
    expect(tags.querySelector('[data-part="GOVERNMENT_SUPPORT"]')).toHaveAttribute(
      'data-verdict',
      'FAIL',
    );
    expect(tags.querySelector('[data-part="VETOES"]')).toHaveAttribute('data-verdict', 'PASS');
    expect(tags).toHaveTextContent('基本条件');

    const parts = screen.getByTestId('county-parts');
    expect(parts).toHaveTextContent('资源配置');
    expect(parts).toHaveTextContent('达到 0/2 项');
    // failing parts open: the rotation item with both figures, its failing one in the reason
    const rotation = parts.querySelector('tr[data-item="GOV_11"]')!;
    expect(rotation).toHaveAttribute('data-status', 'NOT_MET');
    expect(rotation).toHaveTextContent('骨干教师占交流轮岗教师的比例 16.15%，未达到 ≥ 20%');
    const schools = parts.querySelector<HTMLElement>('tr[data-item="RESOURCE_SCHOOLS"]')!;
    expect(schools).toHaveTextContent('富平县城关小学：仅 5 项达标');
    await user().click(
      parts.querySelector<HTMLElement>('tr[data-item="GOV_05"] .ant-table-row-expand-icon')!,
    );
    expect(await screen.findByTestId('findings-GOV_05')).toHaveTextContent(
      '富平县城关小学：小学最大班额 56 人，未达到 ≤ 45 人',
    );
    expect(parts.querySelector('tr[data-item="QUALITY_06"]')).toHaveTextContent(
      '评定为未达到：富平县庄里试验区初级中学、流曲镇中心小学德育工作评定为一般',
    );
    expect(screen.getByTestId('vetoes')).toHaveTextContent('未发现一票否决情形');
    expect(screen.getByTestId('vetoes')).toHaveTextContent('以考试方式招生');
  });

  it('opens an explain block with the inputs and the arithmetic', async () => {
    signIn();
    stubFetch(routes());
    renderApp('/creation/1?year=2023');
    const indicators = await screen.findByTestId('indicator-table');
    const failing = indicators.querySelector<HTMLElement>('tr[data-passed="false"]')!;
    // getByRole walks the whole accessibility tree of the tables: far too slow in jsdom
    await user().click(failing.querySelector<HTMLElement>('[data-action="explain"]')!);
    const block = await screen.findByTestId('explain-block');
    expect(block).toHaveTextContent('CV = sqrt(Σ (nᵢ/N)(xᵢ − X̄)²) ÷ X̄');
    expect(block).toHaveTextContent('41840');
    expect(block).toHaveTextContent('富平县城关小学');
    expect(block).toHaveTextContent('保留 3 位小数');
  });

  it('explains a year without data instead of failing', async () => {
    signIn();
    stubFetch(
      routes({
        'GET /api/v1/creation-programmes/1/assessment': () =>
          problem(404, { code: 'NOT_FOUND', detail: '2025 年尚未填报学校数据' }),
      }),
    );
    renderApp('/creation/1?year=2025');
    expect(await screen.findByTestId('assessment-not-filed')).toHaveTextContent(
      '2025 年尚未填报学校数据',
    );
  });

  it('answers a programme outside the caller’s county with the not-found page', async () => {
    signIn();
    stubFetch(
      routes(
        {
          'GET /api/v1/creation-programmes/1': () =>
            problem(404, { code: 'NOT_FOUND', detail: '创建项目不存在' }),
        },
        pucheng,
      ),
    );
    renderApp('/creation/1');
    expect(await screen.findByText('404')).toBeInTheDocument();
    expect(screen.getByText('创建项目不存在')).toBeInTheDocument();
    expect(screen.queryByTestId('programme-title')).toBeNull();
  });

  it('checks cells while typing and puts the server’s row errors on the cells', async () => {
    signIn();
    const { calls } = stubFetch(
      routes({
        'PUT /api/v1/creation-programmes/1/schools/2023': () =>
          problem(400, {
            code: 'VALIDATION_FAILED',
            detail: '有 2 处不合法',
            errors: [
              { field: 'rows[2].students', message: '在校生数应等于小学部与初中部之和 1200' },
              { field: 'rows[0].schoolCode', message: '学校代码不属于本县' },
            ],
          }),
      }),
    );
    renderApp('/creation/1?year=2023&tab=data');
    const grid = await screen.findByTestId('school-grid');
    const sports = grid.querySelector<HTMLInputElement>('[data-cell="1.sportsAreaM2"]')!;
    const u = user();
    await u.clear(sports);
    await u.type(sports, '-5');
    expect(await within(grid).findByText('不能为负数')).toBeInTheDocument();

    // the client refuses to send a row it knows is wrong
    await u.click(action('save-data'));
    expect(await screen.findByTestId('data-errors')).toHaveTextContent('有 1 处需要修改');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await u.clear(sports);
    await u.type(sports, '5400');
    await u.click(action('save-data'));
    const errors = await screen.findByTestId('data-errors');
    expect(errors).toHaveTextContent('保存失败：请修改以下 2 处');
    expect(errors).toHaveTextContent('富平县城关小学 · 学校代码：学校代码不属于本县');
    const codeCell = grid.querySelector('[data-cell="0.schoolCode"]')!.closest('td')!;
    expect(codeCell).toHaveTextContent('学校代码不属于本县');

    const put = calls.find((c) => c.method === 'PUT')!;
    const body = (await put.json()) as {
      rows: Record<string, unknown>[];
      version: number;
    };
    expect(body.version).toBe(0);
    expect(body.rows).toHaveLength(3);
    expect(body.rows[1]).toMatchObject({ schoolCode: '610528-S106', sportsAreaM2: 5400 });
    expect(body.rows[2]).not.toHaveProperty('students');
    expect(body.rows[0]).not.toHaveProperty('schoolOrgId');
  });

  it('edits kindergarten rows, whose `children` count is a value and not nested rows', async () => {
    signIn();
    const preschool = {
      ...fupingProgramme,
      id: 2,
      kind: 'INCLUSIVE_PRESCHOOL',
      countyOrgName: '华州区',
      latest: undefined,
    };
    stubFetch(
      routes({
        'GET /api/v1/creation-programmes/2': () => json(preschool),
        'GET /api/v1/creation-programmes/2/schools/2023': () =>
          json({
            programmeId: 2,
            kind: 'INCLUSIVE_PRESCHOOL',
            year: 2023,
            filed: true,
            childPopulation3to5: 9800,
            version: 0,
            rows: [
              {
                schoolCode: 'HZ-K01',
                schoolName: '华州区城关幼儿园',
                ownership: 'PUBLIC',
                children: 1250,
                fullTimeTeachers: 82,
                buildingAreaM2: 7800,
                playAreaM2: 5200,
              },
            ],
          }),
      }),
    );
    renderApp('/creation/2?year=2023&tab=data');
    const grid = await screen.findByTestId('school-grid');
    expect(grid.querySelector<HTMLInputElement>('[data-cell="0.children"]')!.value).toBe('1250');
    expect(grid.querySelector<HTMLInputElement>('[data-cell="0.schoolName"]')!.value).toBe(
      '华州区城关幼儿园',
    );
    expect(grid).toHaveTextContent('公办');
    expect(screen.getByLabelText('全县 3–5 岁适龄儿童数')).toHaveValue('9800');
  });

  it('lists every row error of a rejected import', async () => {
    signIn();
    const { calls } = stubFetch(
      routes({
        'POST /api/v1/creation-programmes/1/schools/2023/import': () =>
          problem(400, {
            code: 'VALIDATION_FAILED',
            detail: '导入文件有 2 处错误，未导入任何数据',
            errors: [
              { field: 'rows[1].在校生数', message: '必须大于 0（第 3 行 D 列）' },
              {
                field: 'rows[1].体育运动场馆面积',
                message: '体育运动场馆面积不能为负数（第 3 行 K 列）',
              },
            ],
          }),
      }),
    );
    const { container } = renderApp('/creation/1?year=2023&tab=data');
    await screen.findByTestId('school-grid');
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user().upload(input, new File(['学校代码,学校名称\n'], 'bad.csv', { type: 'text/csv' }));
    const list = await screen.findByTestId('import-errors');
    expect(list).toHaveTextContent('导入失败：文件中有 2 处错误，未导入任何数据');
    expect(list).toHaveTextContent('必须大于 0（第 3 行 D 列）');
    expect(list).toHaveTextContent('体育运动场馆面积不能为负数（第 3 行 K 列）');
    expect(list).toHaveTextContent('在校生数');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('content-type')).toMatch(/^multipart\/form-data/);
  });

  it('runs a what-if and shows both verdicts, saying nothing was saved', async () => {
    signIn();
    const simulated = {
      ...assessment2023,
      simulated: true,
      verdict: 'PASS',
      passingSchools: 5,
      passingSchoolRatio: 0.7143,
      baseline: {
        year: 2023,
        verdict: 'FAIL',
        assessedSchools: 7,
        passingSchools: 4,
        passingSchoolRatio: 0.5714,
      },
      indicators: assessment2023.indicators.map((i) =>
        i.stage === 'PRIMARY' && i.code === 'SPORTS_AREA_PER_STUDENT'
          ? { ...i, cv: 0.483, passed: true, shortfall: undefined }
          : i,
      ),
    };
    const { calls } = stubFetch(
      routes({
        'POST /api/v1/creation-programmes/1/assessment/simulate': () => json(simulated),
      }),
    );
    renderApp('/creation/1?year=2023&tab=whatif');
    const lines = await screen.findByTestId('whatif-lines');
    const u = user();
    await u.click(within(lines).getByLabelText('学校'));
    await u.click(
      await screen.findByText('富平县城关小学', { selector: '.ant-select-item-option-content' }),
    );
    await u.click(within(lines).getByLabelText('数据项'));
    await u.click(
      await screen.findByText('体育运动场馆（㎡）', {
        selector: '.ant-select-item-option-content',
      }),
    );
    expect(lines).toHaveTextContent('7,200 ㎡');
    await u.type(within(lines).getByLabelText('模拟值'), '20000');
    await u.click(action('simulate'));

    expect(await screen.findByTestId('whatif-not-saved')).toHaveTextContent(
      '模拟结果：未保存任何数据',
    );
    expect(screen.getByTestId('whatif-before')).toHaveTextContent('未达标');
    expect(screen.getByTestId('whatif-before')).toHaveTextContent(/4\s*\/\s*7/);
    expect(screen.getByTestId('whatif-after')).toHaveTextContent('达标');
    expect(screen.getByTestId('whatif-after')).toHaveTextContent(/5\s*\/\s*7/);
    expect(screen.getByTestId('whatif-result')).toHaveTextContent('0.483');

    const post = calls.find((c) => c.url.endsWith('/assessment/simulate'))!;
    expect(await post.json()).toEqual({
      year: 2023,
      changes: [{ schoolCode: '610528-S101', sportsAreaM2: 20000 }],
    });
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('saves the county data and puts every problem the server finds where it belongs', async () => {
    signIn();
    const { calls } = stubFetch(
      routes({
        'PUT /api/v1/creation-programmes/1/county/2023': () =>
          problem(400, {
            code: 'VALIDATION_FAILED',
            detail: '有 2 处不合法',
            errors: [
              {
                field: 'inputs.rotatedBackboneTeachers',
                message:
                  '其中骨干教师数不能超过本年度交流轮岗教师数 130（骨干教师占交流轮岗教师的比例不能超过 100%）',
              },
              { field: 'vetoes[0].attachmentIds', message: '一票否决情形须附佐证材料' },
            ],
          }),
      }),
    );
    renderApp('/creation/1?year=2023&tab=county');
    const form = await screen.findByTestId('county-form');
    expect(within(form).getByTestId('part-verdicts')).toHaveTextContent('社会认可度');
    const backbone = form.querySelector<HTMLInputElement>(
      '[data-input="rotatedBackboneTeachers"]',
    )!;
    expect(backbone.value).toBe('21');
    expect(form).toHaveTextContent('用于：政府保障程度第 11 项');
    const u = user();
    await u.clear(backbone);
    await u.type(backbone, '140');
    const veto = form.querySelector<HTMLElement>('[data-veto="EXAM_ADMISSION"]')!;
    await u.click(within(veto).getByRole('checkbox'));
    await u.type(within(veto).getByLabelText(/以考试方式招生 情形说明/), '城关初中组织入学考试');
    await u.click(action('save-county'));

    const errors = await screen.findByTestId('county-errors');
    expect(errors).toHaveTextContent('保存失败：请修改以下 2 处');
    expect(errors).toHaveTextContent(
      '其中骨干教师数：其中骨干教师数不能超过本年度交流轮岗教师数 130',
    );
    expect(errors).toHaveTextContent('以考试方式招生：一票否决情形须附佐证材料');
    expect(veto).toHaveTextContent('一票否决情形须附佐证材料');

    const put = calls.find((c) => c.method === 'PUT')!;
    const body = (await put.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: 0,
      inputs: {
        rotationEligibleTeachers: 1180,
        rotatedTeachers: 130,
        rotatedBackboneTeachers: 140,
      },
      judgements: [{ itemCode: 'GOV_01', met: true, attachmentIds: [31] }],
      vetoes: [{ code: 'EXAM_ADMISSION', description: '城关初中组织入学考试', attachmentIds: [] }],
      monitoring: [{ subject: '八年级语文', level: 3, differenceRate: 0.17 }],
    });
  });

  it('tries county changes in the what-if and shows which parts change', async () => {
    signIn();
    const simulated = {
      ...assessment2023,
      simulated: true,
      baseline: { ...countyReturn2023.summary },
      parts: assessment2023.parts.map((p) =>
        p.code === 'SOCIAL_RECOGNITION' ? { ...p, verdict: 'PASS' } : p,
      ),
    };
    const { calls } = stubFetch(
      routes({
        'POST /api/v1/creation-programmes/1/assessment/simulate': () => json(simulated),
      }),
    );
    renderApp('/creation/1?year=2023&tab=whatif');
    const county = await screen.findByTestId('whatif-county');
    const u = user();
    await u.click(within(county).getByLabelText('县级数据项'));
    await u.click(
      await screen.findByText('其中表示认可的问卷数（社会认可度第 1 项）', {
        selector: '.ant-select-item-option-content',
      }),
    );
    await u.type(within(county).getByLabelText('县级数据项 模拟值'), '1068');
    await u.click(action('simulate'));
    const changed = await screen.findByTestId('whatif-parts');
    expect(changed).toHaveTextContent('社会认可度');
    expect(changed).toHaveTextContent('未达标');
    const post = calls.find((c) => c.url.endsWith('/assessment/simulate'))!;
    expect(await post.json()).toEqual({
      year: 2023,
      changes: [],
      county: { inputs: { surveyApproving: 1068 } },
    });
  });

  it('generates the ledger with tasks and links each entry to its task', async () => {
    signIn();
    const { calls } = stubFetch(
      routes({
        'POST /api/v1/creation-programmes/1/ledger': () =>
          json({
            programmeId: 1,
            year: 2023,
            verdict: 'FAIL',
            opened: 2,
            updated: 1,
            reopened: 0,
            resolved: 0,
            tasksCreated: 2,
            entries: ledgerEntries,
          }),
      }),
    );
    renderApp('/creation/1?year=2023&tab=ledger');
    const table = await screen.findByTestId('ledger-table');
    expect(await within(table).findByText('短缺体育运动场馆 10,800 ㎡')).toBeInTheDocument();
    expect(within(table).getByText('全县')).toBeInTheDocument();
    expect(screen.getByTestId('ledger-task-12')).toHaveAttribute('href', '/tasks/12');

    const u = user();
    await u.click(action('generate-ledger'));
    expect(await screen.findByTestId('ledger-create-tasks')).toBeChecked();
    await u.click(screen.getByText(/确\s*定/, { selector: '.ant-popconfirm button span' }));
    const result = await screen.findByTestId('ledger-result');
    expect(result).toHaveTextContent(
      '新增 2 条，更新 1 条，重新打开 0 条，已解决 0 条，下达任务 2 项',
    );
    const post = calls.find((c) => c.method === 'POST')!;
    const q = new URL(post.url).searchParams;
    expect(q.get('year')).toBe('2023');
    expect(q.get('createTasks')).toBe('true');
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'GET' && c.url.includes('/ledger'))).toHaveLength(2),
    );
  });

  it('asks before leaving a school-data grid with unsaved cells', async () => {
    signIn();
    stubFetch(routes());
    const { router } = renderApp('/creation/1?year=2023&tab=data');
    const grid = await screen.findByTestId('school-grid');
    expect(unloadPrevented()).toBe(false);
    const sports = grid.querySelector<HTMLInputElement>('[data-cell="1.sportsAreaM2"]')!;
    await user().type(sports, '0');
    await expectLeavingGuarded(router, '/creation');
  });

  it('asks before leaving the county data with unsaved inputs', async () => {
    signIn();
    stubFetch(routes());
    const { router } = renderApp('/creation/1?year=2023&tab=county');
    const form = await screen.findByTestId('county-form');
    expect(unloadPrevented()).toBe(false);
    const rotated = form.querySelector<HTMLInputElement>('[data-input="rotatedTeachers"]')!;
    await user().type(rotated, '1');
    await expectLeavingGuarded(router, '/creation');
  });

  it('shows the recognition steps and records the next one with its documents', async () => {
    signIn();
    const { calls } = stubFetch(
      routes({
        'POST /api/v1/creation-programmes/1/recognition': () =>
          json({ ...recognition, nextStep: 'PROVINCIAL_PROCESS_SUPERVISION' }),
      }),
    );
    renderApp('/creation/1?year=2023');
    const panel = await screen.findByTestId('recognition');
    expect(panel).toHaveTextContent('县级自评');
    expect(panel).toHaveTextContent('富平县义务教育优质均衡发展县级自评报告');
    expect(panel).toHaveTextContent('省级过程督导');
    const u = user();
    expect(panel.querySelector('button[type="submit"]')).toHaveTextContent('登记“市级复核”');
    await u.type(within(panel).getByLabelText('文件'), '市级复核意见');
    await u.type(within(panel).getByLabelText('日期'), '2023-01-16{Enter}');
    // Enter in the date submits the form (as the button does)
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      step: 'CITY_REVIEW',
      date: '2023-01-16',
      documents: ['市级复核意见'],
    });
    await waitFor(() =>
      expect(panel.querySelector('button[type="submit"]')).toHaveTextContent('登记“省级过程督导”'),
    );
  });
});
