import { lazy, type ComponentType } from 'react';
import { chunkLoaded } from '../lib/chunkReload';

type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

/**
 * A page loaded with its route (code splitting): the first page does not carry the charts, the
 * creation grid or the editors. A failed load throws to the route's error screen, which reloads
 * once for a new build.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => {
    const module = await load();
    chunkLoaded();
    return { default: module[name] as ComponentType<PropsOf<M[K]>> };
  });
}
