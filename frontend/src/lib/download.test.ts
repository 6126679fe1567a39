import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api/problem';
import { fileNameFromDisposition, saveDownload } from './download';

describe('fileNameFromDisposition', () => {
  it('prefers filename* (RFC 8187 UTF-8) over the ASCII fallback that comes first', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="accountability-decision-7.docx"; filename*=UTF-8''%E9%97%AE%E8%B4%A3%E5%86%B3%E5%AE%9A%E4%B9%A6-%E6%B8%AD%E6%95%99%E7%9D%A3%E9%97%AE%E3%80%942026%E3%80%951%E5%8F%B7.docx`,
      ),
    ).toBe('问责决定书-渭教督问〔2026〕1号.docx');
  });

  it('reads the server’s export names', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="tasks-2026-12-06.xlsx"; filename*=UTF-8''%E4%BB%BB%E5%8A%A1%E6%B8%85%E5%8D%95-2026-12-06.xlsx`,
      ),
    ).toBe('任务清单-2026-12-06.xlsx');
  });

  it('takes filename* in any order, any case, with a language tag, and %20 as a space', () => {
    expect(
      fileNameFromDisposition(
        `ATTACHMENT; FILENAME*=utf-8'zh-CN'%E4%BC%9A%E8%AE%AE%20%E8%AE%B0%E5%BD%95.txt`,
      ),
    ).toBe('会议 记录.txt');
  });

  it('decodes ISO-8859-1 ext-values', () => {
    expect(fileNameFromDisposition(`attachment; filename*=iso-8859-1'en'%A3%20rates.txt`)).toBe(
      '£ rates.txt',
    );
  });

  it('falls back to filename (quoted with escapes, or a token) when filename* is missing or broken', () => {
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".txt"')).toBe('a "b".txt');
    expect(fileNameFromDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(
      fileNameFromDisposition(`attachment; filename*=UTF-8''%E4%ZZ.txt; filename="ok.txt"`),
    ).toBe('ok.txt');
    expect(fileNameFromDisposition(`attachment; filename*=nocharset.txt; filename=x.txt`)).toBe(
      'x.txt',
    );
  });

  it('does not mistake a semicolon inside quotes for the end of the value', () => {
    expect(fileNameFromDisposition('attachment; filename="a;b.txt"; size=3')).toBe('a;b.txt');
  });

  it('keeps only the last path segment and drops control characters', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''..%5C..%5Cevil%0A.txt`)).toBe(
      'evil.txt',
    );
  });

  it('answers undefined without a name', () => {
    expect(fileNameFromDisposition(null)).toBeUndefined();
    expect(fileNameFromDisposition('attachment')).toBeUndefined();
    expect(fileNameFromDisposition('attachment; filename=""')).toBeUndefined();
  });
});

describe('saveDownload', () => {
  it('saves the blob under the server’s name, else the fallback', () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    vi.stubGlobal('URL', { ...URL, createObjectURL: () => 'blob:x', revokeObjectURL: () => {} });
    const blob = new Blob(['x']);
    saveDownload(
      {
        data: blob,
        response: new Response(null, {
          headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E4%BB%BB.xlsx` },
        }),
      },
      'fallback.xlsx',
    );
    saveDownload({ data: blob, response: new Response(null) }, '问题台账.xlsx');
    expect(clicked).toEqual(['任.xlsx', '问题台账.xlsx']);
  });

  it('throws the problem of a failed call', () => {
    expect(() =>
      saveDownload(
        {
          error: { status: 409, code: 'NOT_DECIDED', detail: '尚未作出决定' },
          response: new Response(null, { status: 409 }),
        },
        'x.docx',
      ),
    ).toThrow(ApiError);
  });
});
