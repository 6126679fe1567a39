package io.dudao.plan.importing;

/** One non-blank input line: its 1-based number in the original text and its trimmed text. */
record Line(int number, String text) {

    String plain() {
        return Texts.plain(text);
    }
}
