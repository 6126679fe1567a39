import { vi } from 'vitest';

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
  return { fetchMock, calls };
}

export const pucheng = {
  id: 5,
  username: 'pucheng',
  displayName: '蒲城县督导室',
  roles: ['COUNTY_OFFICE'],
  organization: { id: 20, code: 'PC', name: '蒲城县', type: 'COUNTY' },
};

export const admin = {
  id: 1,
  username: 'admin',
  displayName: '系统管理员',
  roles: ['ADMIN'],
  organization: { id: 2, code: 'WN', name: '渭南市', type: 'CITY' },
};

export const puchengTree = [
  {
    id: 20,
    code: 'PC',
    name: '蒲城县',
    type: 'COUNTY',
    parentId: 2,
    officeName: '蒲城县人民政府教育督导室',
    stage: null,
    children: [
      {
        id: 21,
        code: 'PC-Z1',
        name: '蒲城县第一责任区',
        type: 'ZONE',
        parentId: 20,
        officeName: null,
        stage: null,
        children: [
          {
            id: 211,
            code: 'PC-S1',
            name: '蒲城县城关小学',
            type: 'SCHOOL',
            parentId: 21,
            officeName: null,
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
        officeName: null,
        stage: null,
        children: [],
      },
    ],
  },
];
