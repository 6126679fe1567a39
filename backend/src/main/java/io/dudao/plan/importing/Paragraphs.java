package io.dudao.plan.importing;

import java.util.List;

/**
 * Joins lines back into paragraphs. Page breaks and pasting split sentences across lines; such a
 * line continues the previous one. A line after a finished sentence, after a short heading, or
 * starting with numbering begins a new paragraph.
 */
final class Paragraphs {

    private static final int MAX_HEADING_LENGTH = 25;
    /** A line ending like this, or with a quote or bracket still open, is cut mid-sentence. */
    private static final String MID_SENTENCE_ENDINGS = "、“‘《（(—";

    private Paragraphs() {
    }

    static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        boolean previousStartedParagraph = true;
        for (String line : lines) {
            boolean continues = previous != null && continues(previous, previousStartedParagraph, line);
            if (previous != null) {
                text.append(continues ? "" : "\n");
            }
            text.append(line);
            previous = line;
            previousStartedParagraph = !continues;
        }
        return text.toString();
    }

    /** A heading is a paragraph of its own, so only a line that started a paragraph can be one. */
    private static boolean continues(String previous, boolean previousStartedParagraph, String line) {
        return !Texts.endsSentence(previous) && !(previousStartedParagraph && looksLikeHeading(previous))
                && !Markers.startsWithMarker(line);
    }

    private static boolean looksLikeHeading(String line) {
        String plain = Texts.plain(Markers.withoutSectionMarker(line));
        return plain.length() <= MAX_HEADING_LENGTH && !Texts.containsSentenceStop(plain)
                && plain.indexOf('，') < 0 && plain.indexOf(',') < 0
                && !plain.isEmpty() && MID_SENTENCE_ENDINGS.indexOf(plain.charAt(plain.length() - 1)) < 0
                && count(plain, '“') <= count(plain, '”') && count(plain, '（') <= count(plain, '）');
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
