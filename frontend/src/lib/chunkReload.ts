/**
 * After a redeploy the browser may still run the previous build, whose route chunks are gone from
 * the server: loading one fails. Reloading once fetches the new build; a flag in sessionStorage
 * keeps a chunk that still fails from reloading the page over and over.
 */

const RELOADED_KEY = 'dudao.chunkReload';

const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading (CSS )?chunk [\w-]+ failed/i;

/** Whether an error is a route chunk (or its CSS) that could not be loaded. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || CHUNK_ERROR.test(error.message);
}

/** Set once this page asked for a reload: everything rendering until it happens shows "updating". */
let reloadRequested = false;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Reloads the page to get the new build, unless that was already tried in this tab: answers true
 * when it reloads, false when the caller should show the error screen instead.
 */
export function reloadOnceForNewVersion(
  reload: () => void = () => globalThis.location.reload(),
  storage: Storage | undefined = globalThis.sessionStorage,
): boolean {
  if (reloadRequested) return true;
  try {
    if (storage?.getItem(RELOADED_KEY)) return false;
    storage?.setItem(RELOADED_KEY, new Date().toISOString());
  } catch {
    return false; // without storage there is no loop guard: do not reload automatically
  }
  reloadRequested = true;
  reload();
  return true;
}

/** A chunk loaded fine: a later redeploy may reload once again. */
export function chunkLoaded(storage: Storage | undefined = globalThis.sessionStorage) {
  try {
    storage?.removeItem(RELOADED_KEY);
  } catch {
    // nothing to forget
  }
}
