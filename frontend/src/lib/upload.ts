/**
 * Uploads that say how far they are and refuse what the server would refuse anyway, before a
 * byte is sent.
 */

const MB = 1024 * 1024;

/** The server's limits (AttachmentService.MAX_BYTES, PlanImportService.MAX_FILE_BYTES, …). */
export const UPLOAD_LIMITS = {
  attachment: 20 * MB,
  planImport: 10 * MB,
  creationImport: 5 * MB,
  /** an indicator system's JSON goes up as a request body (app.request.max-json-bytes) */
  indicatorImport: 1 * MB,
} as const;

export function isTooLarge(file: { size: number }, limit: number): boolean {
  return file.size > limit;
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` for openapi-fetch's per-request `fetch` option that sends through XMLHttpRequest, the
 * only way a browser reports upload progress (0–100). The API client's middleware (bearer token,
 * refresh and retry on 401) works as with the ordinary fetch.
 */
export function fetchWithUploadProgress(onProgress: (percent: number) => void) {
  return async (request: Request): Promise<Response> => {
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(Math.round((e.loaded / e.total) * 100));
      };
      xhr.onload = () =>
        resolve(
          new Response(xhr.status === 204 ? null : (xhr.response as Blob), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
      request.signal.addEventListener('abort', () => xhr.abort());
      xhr.send(body);
    });
  };
}

/**
 * The request options of a multipart upload of one file (field `file`), with progress when asked.
 * The generated type calls a binary part a string; the serializer sends the real file.
 */
export function fileUpload(file: Blob, onProgress?: (percent: number) => void) {
  return {
    body: { file: '' },
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', file, file instanceof File ? file.name : 'file');
      return form;
    },
    ...(onProgress ? { fetch: fetchWithUploadProgress(onProgress) } : {}),
  };
}
