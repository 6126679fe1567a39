import { act, screen } from '@testing-library/react';
import { expect } from 'vitest';
import type { renderApp } from './render';

type AppRouter = ReturnType<typeof renderApp>['router'];

/** Whether closing or reloading the tab now would get the browser's warning. */
export function unloadPrevented(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Leaving the page now (as a menu click would) asks first and stays put, and closing the tab is
 * warned about: the page's unsaved-changes guard is on.
 */
export async function expectLeavingGuarded(router: AppRouter, elsewhere = '/tasks') {
  const here = router.state.location.pathname;
  expect(unloadPrevented()).toBe(true);
  await act(() => router.navigate(elsewhere));
  expect(
    await screen.findByText('离开此页？', { selector: '.ant-modal-confirm-title' }),
  ).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(here);
}
