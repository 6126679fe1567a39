package io.dudao.plan.importing;

/**
 * Something the parser could not read, or read only by repairing or guessing: the user checks it.
 * {@code line} is 1-based in the original input.
 */
public record ImportWarning(int line, ImportWarningField field, String message) {
}
