import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { json, stubFetch } from '../../../test/http';
import { finding, pcDx01, pcSchool01 } from '../../../test/inspectionFixtures';
import { renderApp, signIn } from '../../../test/render';

describe('FindingsPage', () => {
  it('lists 我的整改 for the signed-in organisation with lights and an escalation flag', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pcSchool01),
      'GET /api/v1/findings': () =>
        json(page([finding({ escalation: true, reopenCount: 2, status: 'REOPENED' })])),
    });
    renderApp('/my-rectifications');
    expect(await screen.findByText('放学时段校门口护学岗不足')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '我的整改' })).toBeInTheDocument();
    expect(
      document.querySelector('[data-testid="finding-table"] [data-light="RED"]'),
    ).not.toBeNull();
    expect(screen.getByTestId('escalation')).toHaveTextContent('需问责');
    const url = new URL(calls.find((c) => c.url.includes('/findings'))!.url);
    expect(url.searchParams.get('mine')).toBe('true');
    expect(calls.find((c) => c.url.includes('/findings'))!.headers.get('Accept')).toBe(
      'application/json',
    );
  });

  it('shows inspectors the findings awaiting verification', async () => {
    signIn();
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(pcDx01),
      'GET /api/v1/findings': () => json(page([finding({ status: 'SUBMITTED' })])),
      'GET /api/v1/organizations/tree': () => json([]),
    });
    renderApp('/verification');
    await screen.findByText('放学时段校门口护学岗不足');
    await waitFor(() => {
      const url = new URL(calls.find((c) => c.url.includes('/findings'))!.url);
      expect(url.searchParams.get('status')).toBe('SUBMITTED');
      expect(url.searchParams.get('mine')).toBeNull();
    });
  });
});
