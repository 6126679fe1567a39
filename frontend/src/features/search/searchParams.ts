/** The search page's address: /search?q=…, with kinds=KIND to see more of one kind. */
export const SEARCH_MAX_LENGTH = 100;
export const MORE_OF_ONE_KIND = 50;

export function searchPath(q: string, kind?: string): string {
  const params = new URLSearchParams({ q: q.trim() });
  if (kind) params.set('kinds', kind);
  return `/search?${params.toString()}`;
}
