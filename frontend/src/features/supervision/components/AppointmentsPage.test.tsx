import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../api/types';
import { json, pucheng, puchengTree, stubFetch } from '../../../test/http';
import { renderApp, signIn } from '../../../test/render';

const appointment = {
  id: 41,
  userId: 77,
  userDisplayName: '陈督学',
  userOrgId: 101,
  userOrgName: '蒲城县城关第一小学',
  zoneId: 30,
  zoneName: '蒲城县第一责任区',
  termStart: '2023-09-01',
  termEnd: '2026-08-31',
  certificateNo: '渭督证2023-017',
  employment: 'PART_TIME',
  status: 'ACTIVE',
  current: true,
  schoolCount: 6,
  schoolLimit: 5,
  overLimit: true,
  version: 0,
} satisfies Appointment;

describe('AppointmentsPage', () => {
  it('takes its filters, page and sort from the URL and asks the server for them', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pucheng),
      'GET /api/v1/organizations/tree': () => json(puchengTree),
      'GET /api/v1/supervision/appointments': () =>
        json({ items: [appointment], total: 1, page: 1, size: 20 }),
    });
    renderApp('/supervision/appointments?status=ACTIVE&q=%E9%99%88&page=2&sort=termEnd,desc');
    expect(await screen.findByText('陈督学')).toBeInTheDocument();
    expect(screen.getByTestId('over-limit')).toHaveTextContent('6 / 5');
    await waitFor(() => {
      const asked = new URL(calls.find((c) => c.url.includes('/supervision/appointments'))!.url)
        .searchParams;
      expect(asked.get('status')).toBe('ACTIVE');
      expect(asked.get('q')).toBe('陈');
      expect(asked.get('page')).toBe('1');
      expect(asked.get('sort')).toBe('termEnd,desc');
    });
    // the filter form shows what the URL says
    expect(screen.getByLabelText('关键词')).toHaveValue('陈');
  });
});
