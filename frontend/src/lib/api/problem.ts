import type { Problem } from '../../api/types';

export type FieldError = { field: string; message: string };

/** An error response of the API, carrying the RFC 9457 problem body when there was one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code?: string;
  /** The problem's `detail`, meant for people. */
  readonly detail?: string;
  readonly title?: string;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds?: number;
  /** Every member of the problem, extension members included (RFC 9457 §3.2, e.g. CASE_EXISTS's caseId). */
  readonly members: Readonly<Record<string, unknown>>;

  constructor(status: number, problem: Partial<Problem> | undefined, retryAfter?: string | null) {
    const detail = typeof problem?.detail === 'string' ? problem.detail : undefined;
    const title = typeof problem?.title === 'string' ? problem.title : undefined;
    super(detail ?? title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = typeof problem?.code === 'string' ? problem.code : undefined;
    this.detail = detail;
    this.title = title;
    this.fieldErrors = normaliseFieldErrors(problem?.errors);
    const seconds = retryAfter ? Number.parseInt(retryAfter, 10) : Number.NaN;
    this.retryAfterSeconds = Number.isFinite(seconds) ? seconds : undefined;
    this.members = { ...problem };
  }

  /** A numeric extension member of the problem, if present. */
  numberMember(name: string): number | undefined {
    const value = this.members[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  get isVersionConflict(): boolean {
    return this.code === 'VERSION_CONFLICT' || this.status === 412;
  }
}

function normaliseFieldErrors(errors: unknown): FieldError[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: unknown) => {
    if (!e || typeof e !== 'object') return [];
    const { field, message } = e as { field?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    return [{ field: typeof field === 'string' ? field : '', message }];
  });
}

/**
 * Bean Validation paths can look like `createUser.request.password` or `body.password`:
 * the form field is the last segment.
 */
export function formFieldName(field: string): string {
  const cleaned = field.replace(/\[\d+]$/, '');
  const parts = cleaned.split('.');
  return parts[parts.length - 1] ?? cleaned;
}

type FetchResult = { data?: unknown; error?: unknown; response: Response };
type Data<R extends FetchResult> = [Exclude<R['data'], undefined>] extends [never]
  ? void
  : Exclude<R['data'], undefined>;

/** Returns the data of an openapi-fetch result or throws an {@link ApiError}. */
export function unwrap<R extends FetchResult>(result: R): Data<R> {
  const { response } = result;
  if (!response.ok) {
    const problem =
      result.error && typeof result.error === 'object'
        ? (result.error as Partial<Problem>)
        : undefined;
    throw new ApiError(response.status, problem, response.headers.get('Retry-After'));
  }
  return result.data as Data<R>;
}
