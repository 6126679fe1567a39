package io.dudao.plan.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which part of the plan an import warning concerns, so the editor can show it beside that field. */
@Schema(name = "ImportWarningField", description = "DOCUMENT_NUMBER 文号, ISSUED_ON 成文日期, ISSUING_BODY 发文机关, "
        + "TITLE 标题, RECIPIENTS 主送, ITEMS 条目, FORWARDING 转发通知, TEXT 正文")
public enum ImportWarningField {
    DOCUMENT_NUMBER, ISSUED_ON, ISSUING_BODY, TITLE, RECIPIENTS, ITEMS, FORWARDING, TEXT
}
