import { unwrap } from './api/problem';

/** Saves a fetched file under its name (the API needs the bearer token, so no plain link). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // give the browser a moment to start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `; name=value` pairs of a header, the value a token or a quoted-string (RFC 9110). */
const PARAM = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;

function parameters(header: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [, name, raw] of header.matchAll(PARAM)) {
    if (!name || raw === undefined) continue;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw.trim();
    // the first occurrence wins, as RFC 6266 asks of duplicates
    if (!params.has(name.toLowerCase())) params.set(name.toLowerCase(), value);
  }
  return params;
}

/** An RFC 8187 ext-value (`UTF-8'zh-CN'%E4%BB%BB…`), or undefined when it cannot be read. */
function decodeExtValue(value: string): string | undefined {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  const [, charset = '', encoded = ''] = match;
  try {
    if (charset.toLowerCase() === 'utf-8') return decodeURIComponent(encoded);
    if (charset.toLowerCase() === 'iso-8859-1') {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    }
  } catch {
    // a malformed escape: fall back to the plain name
  }
  return undefined;
}

/** Only the last path segment, without control characters: a header cannot pick the folder. */
function safeName(name: string | undefined): string | undefined {
  const clean = name
    ?.split(/[/\\]/)
    .pop()
    ?.replace(/\p{Cc}/gu, '')
    .trim();
  return clean ? clean : undefined;
}

/**
 * The file name a `Content-Disposition` header offers (RFC 6266): `filename*` (RFC 8187, UTF-8 or
 * ISO-8859-1) when it can be read, else `filename`; undefined when there is neither.
 */
export function fileNameFromDisposition(
  disposition: string | null | undefined,
): string | undefined {
  if (!disposition) return undefined;
  const params = parameters(disposition);
  const extended = params.get('filename*');
  return (
    safeName(extended === undefined ? undefined : decodeExtValue(extended)) ??
    safeName(params.get('filename'))
  );
}

type BlobResult = { data?: Blob; error?: unknown; response: Response };

/**
 * Saves the answer of a download call (`parseAs: 'blob'`) under the server's name, or the fallback;
 * throws the call's {@link ApiError} when it failed.
 */
export function saveDownload(result: BlobResult, fallbackName: string) {
  const blob = unwrap<BlobResult>(result);
  const name = fileNameFromDisposition(result.response.headers.get('Content-Disposition'));
  saveBlob(blob, name ?? fallbackName);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The request options of a list export: the list's filters (without page and size, which the
 * server ignores for exports) asking for an Excel workbook as a blob.
 */
export function spreadsheetRequest<Q extends { page?: number; size?: number }>(query: Q) {
  return {
    params: { query: { ...query, page: undefined, size: undefined } },
    headers: { Accept: XLSX },
    parseAs: 'blob' as const,
  };
}
