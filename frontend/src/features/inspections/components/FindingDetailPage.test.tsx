import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch, type Handler } from '../../../test/http';
import { finding, pcDx01, pcSchool01 } from '../../../test/inspectionFixtures';
import { renderApp, signIn } from '../../../test/render';

function routes(me: unknown, f: ReturnType<typeof finding>, extra: Record<string, Handler> = {}) {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/findings/51': () => json(f),
    ...extra,
  };
}

const photo = {
  id: 77,
  fileName: '护学岗.png',
  size: 2048,
  sha256: 'ab',
  contentType: 'image/png',
  createdAt: '2023-05-12T02:00:00Z',
};

describe('FindingDetailPage', () => {
  it('lets the owner submit measures, result and a photo', async () => {
    signIn();
    const { calls } = stubFetch(
      routes(pcSchool01, finding({ allowedActions: ['rectify'] }), {
        'POST /api/v1/attachments': () => json(photo, 201),
        'POST /api/v1/findings/51/rectifications': () =>
          json(finding({ status: 'SUBMITTED' }), 201),
      }),
    );
    renderApp('/findings/51');
    const form = await screen.findByTestId('rectify-form');
    // overdue: the due date says so
    expect(screen.getByTestId('finding-details')).toHaveTextContent('2023年5月20日（已逾期）');
    expect(screen.queryByTestId('finding-actions')).toBeNull();

    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('整改措施'), '增设护学岗 4 个');
    await user.type(within(form).getByLabelText('整改结果'), '秩序好转');
    const input = form.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, {
      target: {
        files: [new File([new Uint8Array([137, 80, 78, 71])], '护学岗.png', { type: 'image/png' })],
      },
    });
    await within(form).findByText('护学岗.png');
    await waitFor(() =>
      expect(calls.some((c) => c.url.endsWith('/api/v1/attachments'))).toBe(true),
    );
    await user.click(within(form).getByText('报送整改情况', { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/rectifications'))).toBe(true));
    expect(await calls.find((c) => c.url.endsWith('/rectifications'))!.json()).toEqual({
      measures: '增设护学岗 4 个',
      result: '秩序好转',
      attachmentIds: [77],
    });
  });

  it('shows the inspector verify and reopen, and the rectification with its evidence', async () => {
    signIn();
    const submitted = finding({
      status: 'SUBMITTED',
      light: 'YELLOW',
      allowedActions: ['verify', 'reopen'],
      rectifications: [
        {
          id: 61,
          measures: '增设护学岗 4 个',
          result: '秩序好转',
          attachments: [photo],
          submittedAt: '2023-05-12T02:00:00Z',
          by: 'pc_school01',
        },
      ],
    });
    const { calls } = stubFetch(
      routes(pcDx01, submitted, {
        'POST /api/v1/findings/51/reopen': () => json(finding({ status: 'REOPENED' })),
      }),
    );
    renderApp('/findings/51');
    const actions = await screen.findByTestId('finding-actions');
    expect(
      [...actions.querySelectorAll<HTMLElement>('[data-action]')].map((b) => b.dataset.action),
    ).toEqual(['verify', 'reopen']);
    expect(screen.queryByTestId('rectify-form')).toBeNull();
    expect(screen.getByTestId('rectification')).toHaveTextContent('护学岗.png');

    const user = userEvent.setup();
    await user.click(within(actions).getByText('退回重新整改'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('退回原因'), '缺少照片');
    await user.click(within(dialog).getByText('退回重新整改', { selector: 'button span' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/reopen'))).toBe(true));
    expect(await calls.find((c) => c.url.endsWith('/reopen'))!.json()).toEqual({
      reason: '缺少照片',
    });
  });
});
