import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { weinan } from '../../../test/fixtures';
import { admin, json, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const thisYear = new Date().getFullYear();

const scheduled = {
  year: thisYear,
  scheduled: true,
  weekendsOnly: false,
  source: '国务院办公厅关于部分节假日安排的通知',
  days: [
    { date: `${thisYear}-10-01`, kind: 'HOLIDAY', name: '国庆节' },
    { date: `${thisYear}-10-10`, kind: 'WORKDAY', name: '国庆节调休上班' },
  ],
  version: 2,
};

function routes(year: unknown) {
  return {
    'GET /api/v1/me': () => json(admin),
    'GET /api/v1/calendar/years': () =>
      json([{ year: thisYear, source: scheduled.source, holidays: 1, workdays: 1 }]),
    [`GET /api/v1/calendar/${thisYear}`]: () => json(year),
    [`GET /api/v1/calendar/${thisYear + 1}`]: () =>
      json({ year: thisYear + 1, scheduled: false, weekendsOnly: true, days: [] }),
  };
}

describe('CalendarPage', () => {
  it('lists the year, saves its days with the version, and says when a year counts weekends only', async () => {
    signIn();
    const { calls } = stubFetch({
      ...routes(scheduled),
      [`PUT /api/v1/calendar/${thisYear}`]: () => json({ ...scheduled, version: 3 }),
    });
    renderApp('/calendar');
    const days = await screen.findByTestId('calendar-days');
    expect(days).toHaveTextContent(`${thisYear}-10-01`);
    expect(days).toHaveTextContent(`${thisYear}-10-10`);
    expect(screen.queryByTestId('weekends-only')).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('calendar-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(await calls.find((c) => c.method === 'PUT')!.json()).toEqual({
      source: scheduled.source,
      days: [
        { date: `${thisYear}-10-01`, kind: 'HOLIDAY', name: '国庆节' },
        { date: `${thisYear}-10-10`, kind: 'WORKDAY', name: '国庆节调休上班' },
      ],
      version: 2,
    });

    await user.click(screen.getByLabelText('年度'));
    await user.click(
      await screen.findByText(String(thisYear + 1), {
        selector: '.ant-select-item-option-content',
      }),
    );
    expect(await screen.findByTestId('weekends-only')).toHaveTextContent(
      `${thisYear + 1} 年尚未录入工作日安排`,
    );
  });

  it('previews an imported notice with the lines it could not read', async () => {
    signIn();
    const { calls } = stubFetch({
      ...routes(scheduled),
      [`POST /api/v1/calendar/${thisYear}/import`]: () =>
        json({
          saved: false,
          calendar: { ...scheduled, source: '国务院办公厅关于节假日安排的通知（2025年11月4日）' },
          warnings: [{ line: 3, text: '八、某节：某月放假', message: '未能读出日期，请手工录入' }],
        }),
    });
    renderApp('/calendar');
    const card = await screen.findByTestId('calendar-import');
    const user = userEvent.setup();
    await user.type(within(card).getByRole('textbox'), '一、国庆节：10月1日至7日放假调休');
    await user.click(within(card).getByRole('button', { name: /预\s*览/ }));
    expect(await within(card).findByText(/八、某节：某月放假/)).toBeInTheDocument();
    expect(within(card).getByTestId('import-read')).toHaveTextContent(`${thisYear}-10-01 放假`);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).searchParams.get('preview')).toBe('true');
    expect(post.headers.get('Content-Type')).toContain('text/plain');
    expect(await post.text()).toBe('一、国庆节：10月1日至7日放假调休');
  });

  it('is not in the menu or reachable for an office', async () => {
    signIn();
    stubFetch({ 'GET /api/v1/me': () => json(weinan) });
    renderApp('/calendar');
    await screen.findAllByText('工作要点');
    expect(screen.queryByTestId('calendar-editor')).toBeNull();
    expect(screen.queryByText('工作日安排')).toBeNull();
  });
});
