package io.dudao.plan.importing;

import java.util.List;

/**
 * One official notice (公文) as laid out on paper: letterhead, number, title, recipients (主送), body,
 * signature (issuing body and date) and whatever follows the signature (usually an attachment).
 *
 * @param bodyStart index of the first body line in the list the notice was read from
 */
record Notice(String letterheadIssuer, DocumentNumber number, List<Line> titleLines, String recipients,
        List<Line> body, String signatureIssuer, DateLine date, List<Line> after, int bodyStart,
        List<ImportWarning> warnings) {

    String title() {
        return Texts.nullIfEmpty(Texts.plain(String.join("", SourceLines.texts(titleLines))));
    }

    boolean isForwarding() {
        String title = title();
        return title != null && title.contains("转发");
    }

    String issuer() {
        return letterheadIssuer != null ? letterheadIssuer : signatureIssuer;
    }

    String bodyText() {
        return Texts.nullIfEmpty(Texts.trim(Texts.withoutBold(Paragraphs.join(SourceLines.texts(body)))));
    }

    /** The line to point a "not found" warning at: the first line of the notice, or 1 for an empty one. */
    int firstLineNumber() {
        if (number != null) {
            return number.line().number();
        }
        if (!titleLines.isEmpty()) {
            return titleLines.get(0).number();
        }
        return body.isEmpty() ? 1 : body.get(0).number();
    }
}
