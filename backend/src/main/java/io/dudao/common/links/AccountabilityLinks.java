package io.dudao.common.links;

import io.dudao.common.security.Caller;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the accountability feature so that findings and tasks can link to the case opened
 * from them without depending on it: the newest case per source object that the caller may see.
 */
public interface AccountabilityLinks {

    /** source FINDING or TASK; answers source object id → case id, in one query. */
    Map<Long, Long> visibleCases(Caller caller, String source, Collection<Long> sourceIds);
}
