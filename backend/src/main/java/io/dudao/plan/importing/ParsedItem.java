package io.dudao.plan.importing;

import java.util.List;

/**
 * A numbered section (一、二、…) or a sub-item inside one. {@code heading} is the bold text or the first
 * sentence; {@code content} is the whole text of the item, sub-items included.
 */
public record ParsedItem(int seq, String heading, String content, List<ParsedItem> subItems) {

    public ParsedItem {
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }
}
