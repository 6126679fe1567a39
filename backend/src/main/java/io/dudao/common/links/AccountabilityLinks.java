package io.dudao.common.links;

import io.dudao.common.db.SqlText;
import io.dudao.common.security.Caller;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the accountability feature so that findings and tasks can link to the case opened
 * from them without depending on it: the newest case per source object that the caller may see.
 */
public interface AccountabilityLinks {

    /**
     * A scalar SQL subquery for a select list: the id of the newest case opened from the row whose id
     * is {@code sourceIdColumn} (source FINDING or TASK) that the caller may see, or null.
     */
    SqlText newestVisibleCase(Caller caller, String source, String sourceIdColumn);

    /** source FINDING or TASK; answers source object id → case id, in one query. */
    Map<Long, Long> visibleCases(Caller caller, String source, Collection<Long> sourceIds);
}
