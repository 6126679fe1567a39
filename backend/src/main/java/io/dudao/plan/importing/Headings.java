package io.dudao.plan.importing;

/** The heading of an item: its leading bold text, else its first sentence (up to the first 。). */
final class Headings {

    private static final int MAX_LENGTH = 120;
    private static final String TRAILING_PUNCTUATION = "。，,；;：:、.．";

    private Headings() {
    }

    static String of(String itemText) {
        String text = Texts.trim(itemText);
        String heading = text.startsWith(Texts.BOLD) ? leadingBold(text) : null;
        if (heading == null) {
            heading = firstSentence(text);
        }
        heading = Texts.stripTrailing(Texts.withoutBold(heading), TRAILING_PUNCTUATION);
        if (heading.length() > MAX_LENGTH) {
            heading = heading.substring(0, MAX_LENGTH) + "…";
        }
        return Texts.nullIfEmpty(heading);
    }

    private static String leadingBold(String text) {
        int close = text.indexOf(Texts.BOLD, Texts.BOLD.length());
        return close > Texts.BOLD.length() ? text.substring(Texts.BOLD.length(), close) : null;
    }

    private static String firstSentence(String text) {
        int paragraphEnd = text.indexOf('\n');
        String paragraph = paragraphEnd >= 0 ? text.substring(0, paragraphEnd) : text;
        int stop = paragraph.indexOf('。');
        return stop >= 0 ? paragraph.substring(0, stop) : paragraph;
    }
}
