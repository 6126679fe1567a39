package io.dudao.common.work;

import io.dudao.common.security.Caller;

import java.util.Map;

/**
 * A kind of object search finds: every kind of work (through {@link WorkRegistry}, from its
 * {@link WorkItemSource}) and, implemented once in their features, objects that are not work, such as
 * plans, plan items and organisations.
 */
public interface Searchable {

    /** The kind's code in the search API: a {@link WorkKind}'s name, or e.g. PLAN. */
    String kind();

    /** The caller's visible objects of this kind; parameters as for {@link WorkItemSource#select}. */
    SearchSelect select(Caller caller, Map<String, Object> params);

    /** Where the web client shows one object, from its id and the select's linkId. */
    String link(long id, long linkId);
}
