import type { FormInstance } from 'antd';
import { ApiError, formFieldName } from './problem';

/**
 * Puts the field errors of a validation problem on the matching form fields.
 * Returns true when at least one error found a field, so the caller can skip the toast.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  // getFieldsValue() without arguments lists every registered field, even empty ones.
  const known = new Set(Object.keys((form.getFieldsValue() as Record<string, unknown>) ?? {}));
  const byField = new Map<string, string[]>();
  for (const fe of error.fieldErrors) {
    const name = formFieldName(fe.field);
    if (!known.has(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), fe.message]);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}
