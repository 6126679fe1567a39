import { vi } from 'vitest';
import type { Me, OrganizationNode } from '../api/types';

export type Handler = (req: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  body: {
    detail?: string;
    code?: string;
    title?: string;
    errors?: { field: string; message: string }[];
    /** extension members, e.g. caseId */
    [member: string]: unknown;
  },
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, title: 'Error', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Calls every page makes (the 演示环境 banner asks once, the header counts the inbox and the unread notifications), answered unless a test routes them itself. */
const AMBIENT: Record<string, Handler> = {
  'GET /api/v1/public/instance': () => json({ demoData: false }),
  'GET /api/v1/inbox/counts': () => json({ total: 0, overdue: 0, kinds: [] }),
  'GET /api/v1/notifications': () => json({ items: [], page: 0, size: 10, total: 0, unread: 0 }),
};

/**
 * Replaces fetch with routes keyed "METHOD /path" (query string ignored). A call no route matches
 * fails the test instead of hanging. Ambient calls (see AMBIENT) are answered and not recorded.
 */
export function stubFetch(routes: Record<string, Handler>) {
  const calls: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(req.url);
    const key = `${req.method} ${url.pathname}`;
    const ambient = routes[key] ? undefined : AMBIENT[key];
    if (ambient) return ambient(req);
    calls.push(req.clone());
    const handler = routes[key];
    if (!handler) throw new Error(`unexpected request ${req.method} ${url.pathname}`);
    return handler(req);
  });
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('XMLHttpRequest', xhrOver(fetchMock));
  return { fetchMock, calls };
}

/**
 * An XMLHttpRequest (what uploads with progress use) that answers from the same routes as the
 * stubbed fetch, reporting the upload's progress in two steps first.
 */
function xhrOver(fetchMock: (req: Request) => Promise<Response>) {
  return class FakeXhr {
    upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    responseType = '';
    status = 0;
    statusText = '';
    response: unknown = null;
    private method = 'GET';
    private url = '';
    private readonly headers = new Headers();
    private responseHeaders = new Headers();

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers.set(name, value);
    }

    getAllResponseHeaders() {
      return [...this.responseHeaders].map(([k, v]) => `${k}: ${v}`).join('\r\n');
    }

    abort() {
      this.onabort?.();
    }

    send(body: Blob | null) {
      const total = body?.size ?? 0;
      const progress = (loaded: number) =>
        this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
      void (async () => {
        try {
          progress(Math.floor(total / 2));
          progress(total);
          const res = await fetchMock(
            new Request(this.url, { method: this.method, headers: this.headers, body }),
          );
          this.status = res.status;
          this.statusText = res.statusText;
          this.responseHeaders = res.headers;
          this.response = await res.blob();
          this.onload?.();
        } catch {
          this.onerror?.();
        }
      })();
    }
  };
}

export const pucheng = {
  id: 5,
  username: 'pucheng',
  displayName: '蒲城县督导室',
  roles: ['COUNTY_OFFICE'],
  organization: { id: 20, code: 'PC', name: '蒲城县', type: 'COUNTY' },
  mustChangePassword: false,
} satisfies Me;

export const admin = {
  id: 1,
  username: 'admin',
  displayName: '系统管理员',
  roles: ['ADMIN'],
  organization: { id: 2, code: 'WN', name: '渭南市', type: 'CITY' },
  mustChangePassword: false,
} satisfies Me;

export const puchengTree = [
  {
    id: 20,
    code: 'PC',
    name: '蒲城县',
    type: 'COUNTY',
    parentId: 2,
    officeName: '蒲城县人民政府教育督导室',
    children: [
      {
        id: 21,
        code: 'PC-Z1',
        name: '蒲城县第一责任区',
        type: 'ZONE',
        parentId: 20,
        children: [
          {
            id: 211,
            code: 'PC-S1',
            name: '蒲城县城关小学',
            type: 'SCHOOL',
            parentId: 21,
            stage: 'PRIMARY',
            children: [],
          },
        ],
      },
      {
        id: 22,
        code: 'PC-Z2',
        name: '蒲城县第二责任区',
        type: 'ZONE',
        parentId: 20,
        children: [],
      },
    ],
  },
] satisfies OrganizationNode[];
