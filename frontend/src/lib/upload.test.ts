import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../test/http';
import { UPLOAD_LIMITS, fetchWithUploadProgress, fileUpload, isTooLarge } from './upload';
import { api } from './api/client';

describe('uploads', () => {
  it('refuses files over the server’s limits', () => {
    expect(isTooLarge({ size: UPLOAD_LIMITS.attachment }, UPLOAD_LIMITS.attachment)).toBe(false);
    expect(isTooLarge({ size: UPLOAD_LIMITS.attachment + 1 }, UPLOAD_LIMITS.attachment)).toBe(true);
    expect(UPLOAD_LIMITS.creationImport).toBe(5 * 1024 * 1024);
  });

  it('reports the progress of the upload and hands back the answer with its headers', async () => {
    stubFetch({
      'POST /api/v1/attachments': () =>
        json({ id: 31 }, 201, { Location: '/api/v1/attachments/31' }),
    });
    const seen: number[] = [];
    const res = await fetchWithUploadProgress((p) => seen.push(p))(
      new Request('http://localhost/api/v1/attachments', {
        method: 'POST',
        body: 'x'.repeat(1000),
      }),
    );
    expect(seen).toEqual([50, 100]);
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/attachments/31');
    expect(await res.json()).toEqual({ id: 31 });
  });

  it('goes through the API client, bearer token and all', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/plans/import': () => json({ plan: { id: 1 } }, 201),
    });
    const seen: number[] = [];
    const file = new File(['通知'], '通知.txt', { type: 'text/plain' });
    const result = await api.POST(
      '/api/v1/plans/import',
      fileUpload(file, (p) => seen.push(p)),
    );
    expect(result.response.status).toBe(201);
    expect(seen.at(-1)).toBe(100);
    expect(calls[0].headers.get('Accept-Language')).toBe('zh-CN');
  });
});
