package io.dudao.search;

import io.dudao.search.SearchDtos.SnippetPart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {

    @Test
    void normalisationKeepsTheLengthAndMakesBracketVariantsAndFullWidthAlike() {
        assertEquals(SearchText.NORMALISE_FROM.length(), SearchText.NORMALISE_TO.length());
        assertEquals("渭教督发〔2023〕3号", SearchText.normalise("渭教督发[2023]3号"));
        assertEquals("渭教督发〔2023〕3号", SearchText.normalise("渭教督发（２０２３）3号"));
        assertEquals("渭教督发〔2023〕3号", SearchText.normalise("渭教督发【2023】3号"));
        assertEquals("abc xyz", SearchText.normalise("ABC\u3000ｘｙＺ"));
    }

    @Test
    void wordsAreSplitAtWhiteSpaceNormalisedAndDistinct() {
        assertEquals(List.of("双减", "作业"), SearchText.words("  双减\u3000作业 双减 "));
        assertEquals(List.of("〔2023〕3"), SearchText.words("[2023]3"));
    }

    @Test
    void snippetMarksEveryOccurrenceAndShowsTheOriginalCharacters() {
        List<SnippetPart> parts = SearchText.snippet("转发渭教督发[2023]3号文件，落实双减。双减见成效", SearchText.words("2023〕3 双减"), 120);
        assertEquals(List.of(new SnippetPart("转发渭教督发[", false), new SnippetPart("2023]3", true), new SnippetPart("号文件，落实", false),
                new SnippetPart("双减", true), new SnippetPart("。", false), new SnippetPart("双减", true), new SnippetPart("见成效", false)), parts);
    }

    @Test
    void snippetOfALongTextStartsShortlyBeforeTheFirstMatchAndSaysWhereItGoesOn() {
        String text = "甲".repeat(300) + "双减" + "乙".repeat(300);
        List<SnippetPart> parts = SearchText.snippet(text, List.of("双减"), 60);
        assertEquals(3, parts.size());
        assertEquals("…" + "甲".repeat(20), parts.get(0).text());
        assertEquals(new SnippetPart("双减", true), parts.get(1));
        assertTrue(parts.get(2).text().endsWith("…"));
        assertEquals(60 + 2, parts.stream().mapToInt(p -> p.text().length()).sum());
    }

    @Test
    void snippetCollapsesWhiteSpaceAndCopesWithNoMatch() {
        assertEquals(List.of(new SnippetPart("第一行 第二行", false)), SearchText.snippet("第一行\n\n  第二行\n", List.of("双减"), 120));
        assertEquals(List.of(), SearchText.snippet(null, List.of("双减"), 120));
    }

    @Test
    void aQueryNeedsThePairsOfEachWordOrItsOneCharacter() {
        assertEquals(List.of("〔2", "20", "02", "23", "3〕", "〕3", "3号", "减"), SearchText.queryGrams(SearchText.words("[2023]3号 减")));
        assertEquals(List.of("𠀀a"), SearchText.queryGrams(List.of("𠀀a")), "pairs of characters, not of UTF-16 units");
    }

    @Test
    void likePatternsEscapeLikesOwnCharacters() {
        assertEquals(List.of("%100\\%%", "%a\\_b%", "%c\\\\d%"), SearchText.likePatterns(List.of("100%", "a_b", "c\\d")));
    }
}
