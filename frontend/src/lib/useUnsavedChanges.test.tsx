import { useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Link, RouterProvider, createMemoryRouter, useNavigate } from 'react-router';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/queryClient';
import { unloadPrevented } from '../test/unsaved';
import { useUnsavedChanges } from './useUnsavedChanges';

function Editor() {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const { release } = useUnsavedChanges(text !== '');
  return (
    <>
      <input aria-label="内容" value={text} onChange={(e) => setText(e.target.value)} />
      <Link to="/elsewhere">别处</Link>
      <button
        onClick={() => {
          release();
          void navigate('/elsewhere');
        }}
      >
        保存
      </button>
    </>
  );
}

function renderEditor() {
  const router = createMemoryRouter(
    [
      { path: '/edit', element: <Editor /> },
      { path: '/elsewhere', element: <p>别处页面</p> },
    ],
    { initialEntries: ['/edit'] },
  );
  render(
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

const CONFIRM_TITLE = '.ant-modal-confirm-title';

describe('useUnsavedChanges', () => {
  it('lets a clean page go without asking', async () => {
    const router = renderEditor();
    await userEvent.setup().click(screen.getByText('别处'));
    expect(await screen.findByText('别处页面')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/elsewhere');
    expect(unloadPrevented()).toBe(false);
  });

  it('asks before leaving unsaved work; staying keeps it, leaving discards it', async () => {
    const router = renderEditor();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('内容'), '学校数据');
    await user.click(screen.getByText('别处'));
    expect(await screen.findByText('离开此页？', { selector: CONFIRM_TITLE })).toBeInTheDocument();
    await user.click(screen.getByText('继续编辑'));
    expect(router.state.location.pathname).toBe('/edit');
    expect(screen.getByLabelText('内容')).toHaveValue('学校数据');

    await user.click(screen.getByText('别处'));
    // the first dialog may still be fading out: the newest one is last
    await user.click((await screen.findAllByText('放弃修改并离开')).at(-1)!);
    expect(await screen.findByText('别处页面')).toBeInTheDocument();
  });

  it('asks on Back as well', async () => {
    const router = createMemoryRouter(
      [
        { path: '/list', element: <p>列表</p> },
        { path: '/edit', element: <Editor /> },
      ],
      { initialEntries: ['/list', '/edit'], initialIndex: 1 },
    );
    render(
      <AppProviders queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    await userEvent.setup().type(screen.getByLabelText('内容'), 'x');
    await act(() => router.navigate(-1));
    expect(await screen.findByText('离开此页？', { selector: CONFIRM_TITLE })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/edit');
  });

  it('warns on closing or reloading the tab only while there is unsaved work', async () => {
    renderEditor();
    expect(unloadPrevented()).toBe(false);
    await userEvent.setup().type(screen.getByLabelText('内容'), 'x');
    expect(unloadPrevented()).toBe(true);
  });

  it('lets the navigation after a save through', async () => {
    const router = renderEditor();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('内容'), '已填写');
    await user.click(screen.getByText('保存'));
    expect(await screen.findByText('别处页面')).toBeInTheDocument();
    expect(screen.queryByText('离开此页？', { selector: CONFIRM_TITLE })).toBeNull();
    expect(router.state.location.pathname).toBe('/elsewhere');
  });
});
