import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n from '../lib/i18n';
import { setLanguage } from '../lib/i18n';
import { tokenStore } from '../lib/auth/tokenStore';

// antd pages render slowly in jsdom on a small (and sometimes busy) machine
configure({ asyncUtilTimeout: 10_000 });

// a few tests (the production build's) run in node, without a DOM
const browser = typeof window !== 'undefined';

// jsdom lacks these; antd's responsive helpers need them.
if (browser && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
if (browser && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}
// antd asks getComputedStyle for pseudo elements, which jsdom does not implement (and logs)
if (browser) {
  const originalGetComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (elt: Element) => originalGetComputedStyle(elt);
}

beforeEach(async () => {
  if (!browser) return;
  sessionStorage.clear();
  localStorage.clear();
  tokenStore.reset();
  if (i18n.language !== 'zh-CN') await setLanguage('zh-CN');
  localStorage.clear();
});

afterEach(() => {
  if (browser) cleanup();
  vi.unstubAllGlobals();
});
