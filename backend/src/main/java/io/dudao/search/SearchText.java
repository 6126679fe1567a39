package io.dudao.search;

import io.dudao.search.SearchDtos.SnippetPart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Search text as the database indexes it (V20__search.sql): normalised one character for one character
 * (文号 brackets 〔〕 [] () （） 【】 ［］ 〖〗 alike, full-width digits and letters as ASCII, lower case),
 * split into words at white space, indexed as single characters and pairs of neighbours. Here: the query
 * side of that (its words, the pairs they need, the LIKE patterns that check them) and the snippet.
 */
public final class SearchText {

    /** The same table as search_norm() in V20__search.sql (a test compares the two). */
    static final String NORMALISE_FROM = "[]()（）【】［］〖〗\u3000０１２３４５６７８９"
            + "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String NORMALISE_TO = "〔〕〔〕〔〕〔〕〔〕〔〕 0123456789"
            + "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";

    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\n\\u000B\\f\\r]+");
    private static final int CONTEXT_BEFORE = 20;

    private SearchText() {
    }

    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = NORMALISE_FROM.indexOf(c);
            out.append(at < 0 ? c : NORMALISE_TO.charAt(at));
        }
        return out.toString();
    }

    /** The distinct words of a query, normalised. */
    public static List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : WHITE_SPACE.split(normalise(query))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** What the index must hold for the words: per word its pairs of neighbours, or its one character. */
    public static List<String> queryGrams(List<String> words) {
        Set<String> grams = new LinkedHashSet<>();
        for (String word : words) {
            int[] cps = word.codePoints().toArray();
            if (cps.length == 1) {
                grams.add(word);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
        }
        return List.copyOf(grams);
    }

    /** Per word a LIKE pattern "contains the word", with LIKE's own characters escaped. */
    public static List<String> likePatterns(List<String> words) {
        return words.stream().map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }

    /**
     * A passage of at most {@code width} characters around the first match, white space collapsed, every
     * occurrence of a word marked; "…" where the text goes on.
     */
    public static List<SnippetPart> snippet(String text, List<String> words, int width) {
        String flat = WHITE_SPACE.matcher(text == null ? "" : text).replaceAll(" ").strip();
        String normalised = normalise(flat);
        boolean[] marked = new boolean[flat.length()];
        int first = -1;
        for (String word : words) {
            for (int at = normalised.indexOf(word); at >= 0; at = normalised.indexOf(word, at + 1)) {
                for (int i = at; i < at + word.length(); i++) {
                    marked[i] = true;
                }
                first = first < 0 ? at : Math.min(first, at);
            }
        }
        int start = Math.max(0, Math.min(first - CONTEXT_BEFORE, flat.length() - width));
        int end = Math.min(flat.length(), start + width);
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder(start > 0 ? "…" : "");
        boolean runMarked = false;
        for (int i = start; i < end; i++) {
            if (marked[i] != runMarked && !run.isEmpty()) {
                parts.add(new SnippetPart(run.toString(), runMarked));
                run.setLength(0);
            }
            runMarked = marked[i];
            run.append(flat.charAt(i));
        }
        if (end < flat.length()) {
            if (runMarked) {
                parts.add(new SnippetPart(run.toString(), true));
                run.setLength(0);
                runMarked = false;
            }
            run.append('…');
        }
        if (!run.isEmpty()) {
            parts.add(new SnippetPart(run.toString(), runMarked));
        }
        return parts;
    }
}
