package io.dudao.common.work;

/**
 * One kind's work as the registry queries it: HQL over the kind's entity, written without an alias
 * (unqualified attributes, as the feature's own repository writes them), so the feature's visibility
 * condition is reused as it is.
 *
 * @param entity     the entity name, e.g. "Task"
 * @param where      what the caller may see, plus what counts as work of this kind (e.g. not cancelled)
 * @param id         the id expression
 * @param title      a String expression naming the item
 * @param ownerOrgId the organisation the work is assigned to or about
 * @param planItemId the plan item it serves (may be null)
 * @param dueDate    a LocalDate expression, or {@link #NO_DUE_DATE}
 * @param done       a condition: the work is done (closed)
 */
public record WorkSelect(String entity, String where, String id, String title, String ownerOrgId, String planItemId,
                         String dueDate, String done) {

    /** For kinds of work without a deadline. */
    public static final String NO_DUE_DATE = "cast(null as LocalDate)";
}
