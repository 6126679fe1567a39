package io.dudao.conflict;

/** Why someone may not check an organisation (回避): the rule that fired. */
public enum ConflictRule {
    /** The target is the user's own organisation. */
    OWN_ORGANISATION("本单位回避"),
    /** The target lies above the user's organisation (their county, their zone ...). */
    ANCESTOR("上级单位回避"),
    /** The target lies below the user's organisation, and the user does not act on the line of supervision. */
    DESCENDANT("下级单位回避"),
    /** The user declared a tie to the target (or to an organisation above it in the target's branch). */
    DECLARED_TIE("申报利害关系回避");

    private final String label;

    ConflictRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
