package io.dudao.plan.importing;

/** Something the parser could not read. {@code line} is 1-based in the original input. */
public record ImportWarning(int line, String message) {
}
