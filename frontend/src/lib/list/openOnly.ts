/**
 * The open-only flag (只看未办结) of a list page. The "my …" views show open work unless told
 * otherwise (`byDefault`), so the URL keeps the flag only where it differs from the view's default.
 */

/** The open-only flag in effect: the URL's, or the view's default. */
export function openOnly(inUrl: boolean | undefined, byDefault: boolean): boolean {
  return inUrl ?? byDefault;
}

/** The flag as the URL keeps it: nothing when it is the view's default. */
export function openOnlyParam(
  checked: boolean | undefined,
  byDefault: boolean,
): boolean | undefined {
  const value = Boolean(checked);
  return value === byDefault ? undefined : value;
}
