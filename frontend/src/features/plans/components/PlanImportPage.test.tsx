import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { plan, weinan } from '../../../test/fixtures';
import { json, problem, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const sourceLines = [
  '蒲城县人民政府教育督导委员会办公室',
  '蒲政教督办函〔2023〕3号',
  '2023年公月23日',
  '渭政教督办〔2023〕1号',
  '一、做好市级政府履行教育职责评价考核。',
  '二、推进“两个创建”工作。',
];

const imported = {
  plan: { ...plan, id: 55, status: 'DRAFT', version: 0 },
  forwarding: {
    documentNumber: '蒲政教督办函〔2023〕3号',
    issuingBody: '蒲城县人民政府教育督导委员会办公室',
  },
  importWarnings: [
    {
      id: 9,
      line: 3,
      field: 'FORWARDING',
      message: '日期“2023年公月23日”无法识别',
      sourceText: '2023年公月23日',
    },
  ],
  sourceLines,
};

describe('PlanImportPage', () => {
  it('sends pasted text as text/plain and highlights the warned source line', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'POST /api/v1/plans/import': () => json(imported, 201),
      'GET /api/v1/plans/55': () => json(imported.plan),
    });
    const { router } = renderApp('/plans/import');
    const user = userEvent.setup();
    const text = sourceLines.join('\n');
    const area = await screen.findByPlaceholderText('将公文全文粘贴到这里……');
    await user.click(area);
    await user.paste(text);
    await user.click(screen.getByText('识别并生成草稿', { selector: 'button span' }));

    const source = await screen.findByTestId('source-lines');
    const post = calls.find((c) => c.url.endsWith('/plans/import'))!;
    expect(post.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(await post.text()).toBe(text);

    const lines = [...source.querySelectorAll<HTMLElement>('.source-line')];
    expect(lines).toHaveLength(6);
    const warned = lines.filter((l) => l.classList.contains('warned'));
    expect(warned.map((l) => l.dataset.line)).toEqual(['3']);
    expect(warned[0]).toHaveTextContent('2023年公月23日');
    expect(lines[1]).not.toHaveClass('warned');

    const warnings = screen.getByTestId('import-warnings');
    expect(warnings).toHaveTextContent('第 3 行');
    expect(warnings).toHaveTextContent('日期“2023年公月23日”无法识别');
    expect(
      screen.getByText('这些提示已随草稿保存，可在编辑时逐条核对后忽略。'),
    ).toBeInTheDocument();

    const parsed = screen.getByTestId('parsed-plan');
    expect(parsed).toHaveTextContent('渭政教督办〔2023〕1号');
    expect(parsed).toHaveTextContent('2023年2月15日');
    expect(parsed).toHaveTextContent('二、推进“两个创建”工作');
    expect(parsed).toHaveTextContent('（一）学前教育普及普惠');
    expect(parsed).toHaveTextContent('蒲政教督办函〔2023〕3号');

    await user.click(screen.getByText('完成', { selector: 'button span' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/55'));
  });

  it('uploads a dropped file as multipart and offers to edit the draft', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'POST /api/v1/plans/import': () => json({ ...imported, importWarnings: [] }, 201),
      'GET /api/v1/plans/55': () => json(imported.plan),
    });
    const { router } = renderApp('/plans/import');
    const user = userEvent.setup();
    await user.click(await screen.findByText('上传文件'));
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toBe('.docx,.txt');
    await user.upload(
      input,
      new File([sourceLines.join('\n')], '工作要点.txt', { type: 'text/plain' }),
    );
    expect(await screen.findByText('未发现需要核对的内容')).toBeInTheDocument();
    const post = calls.find((c) => c.url.endsWith('/plans/import'))!;
    expect(post.headers.get('Content-Type') ?? '').not.toMatch(/json|text\/plain/);
    expect(document.querySelectorAll('.source-line.warned')).toHaveLength(0);

    await user.click(screen.getByText('编辑草稿', { selector: 'button span' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/55/edit'));
  });

  it('shows the server problem when nothing could be read', async () => {
    signIn();
    stubFetch({
      'GET /api/v1/me': () => json(weinan),
      'POST /api/v1/plans/import': () =>
        problem(400, { code: 'VALIDATION_FAILED', detail: '没有识别到工作要点的标题' }),
    });
    renderApp('/plans/import');
    const user = userEvent.setup();
    await user.click(await screen.findByPlaceholderText('将公文全文粘贴到这里……'));
    await user.paste('随便一段文字');
    await user.click(screen.getByText('识别并生成草稿', { selector: 'button span' }));
    expect(await screen.findByText('没有识别到工作要点的标题')).toBeInTheDocument();
    expect(screen.queryByTestId('source-lines')).toBeNull();
  });

  it('is not open to a read-only viewer', async () => {
    signIn();
    stubFetch({ 'GET /api/v1/me': () => json({ ...weinan, roles: ['VIEWER'] }) });
    renderApp('/plans/import');
    expect(await screen.findByText('您没有权限访问此页面')).toBeInTheDocument();
    expect(within(document.body).queryByPlaceholderText('将公文全文粘贴到这里……')).toBeNull();
  });
});
