package io.dudao.plan.importing;

import java.util.List;

/**
 * Joins lines back into paragraphs. Page breaks and pasting split sentences across lines; such a
 * line continues the previous one. A line after a finished sentence, after a short heading, or
 * starting with numbering begins a new paragraph.
 */
final class Paragraphs {

    private static final int MAX_HEADING_LENGTH = 25;

    private Paragraphs() {
    }

    static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (previous != null) {
                text.append(continues(previous, line) ? "" : "\n");
            }
            text.append(line);
            previous = line;
        }
        return text.toString();
    }

    private static boolean continues(String previous, String line) {
        return !Texts.endsSentence(previous) && !looksLikeHeading(previous) && !Markers.startsWithMarker(line);
    }

    private static boolean looksLikeHeading(String line) {
        String plain = Texts.plain(Markers.withoutSectionMarker(line));
        return plain.length() <= MAX_HEADING_LENGTH && plain.indexOf('，') < 0 && plain.indexOf(',') < 0;
    }
}
