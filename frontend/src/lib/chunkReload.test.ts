import { describe, expect, it, vi } from 'vitest';
import { isChunkLoadError } from './chunkReload';

describe('reloading after a redeploy', () => {
  it('recognises the browsers’ missing-chunk errors, and nothing else', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: https://dudao.example/assets/TasksPage-3f2a.js',
      'error loading dynamically imported module',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/ProgrammePage-9c1.css',
    ]) {
      expect(isChunkLoadError(new TypeError(message))).toBe(true);
    }
    expect(
      isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('reloads once, then leaves it to the error screen until a chunk loads again', async () => {
    vi.resetModules();
    const fresh = await import('./chunkReload');
    const reload = vi.fn();
    expect(fresh.reloadOnceForNewVersion(reload, sessionStorage)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    // the same page asks again before it has gone: still "reloading", but only one reload
    expect(fresh.reloadOnceForNewVersion(reload, sessionStorage)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);

    // the reloaded page (a fresh module) fails on the same chunk: no second reload, no loop
    vi.resetModules();
    const reloaded = await import('./chunkReload');
    expect(reloaded.reloadOnceForNewVersion(reload, sessionStorage)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // once a chunk has loaded, a later redeploy may reload again
    reloaded.chunkLoaded(sessionStorage);
    expect(reloaded.reloadOnceForNewVersion(reload, sessionStorage)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload without storage to guard against loops', async () => {
    vi.resetModules();
    const { reloadOnceForNewVersion } = await import('./chunkReload');
    const reload = vi.fn();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(reloadOnceForNewVersion(reload, broken)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
