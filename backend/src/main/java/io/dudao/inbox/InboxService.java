package io.dudao.inbox;

import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.PageQuery;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkRegistry;
import io.dudao.inbox.InboxDtos.InboxCounts;
import io.dudao.inbox.InboxDtos.InboxItem;
import io.dudao.inbox.InboxDtos.InboxPage;
import io.dudao.inbox.InboxDtos.KindCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * The inbox (待办): the caller's open work whose next step is theirs, of every kind the registry knows,
 * read only through the registry (so each kind's visibility stays in the database query).
 */
@ApplicationScoped
public class InboxService {

    @Inject
    WorkRegistry registry;

    @Inject
    AppClock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxPage list(Caller caller, Set<WorkKind> kinds, PageQuery paging) {
        var page = registry.openItems(caller, WorkRegistry.Filter.awaiting(kinds), paging.page(), paging.size(), clock.today());
        return new InboxPage(page.items().stream().map(InboxItem::of).toList(), page.page(), page.size(), page.total());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxCounts counts(Caller caller) {
        List<KindCount> kinds = registry.countOpen(caller, WorkRegistry.Filter.awaiting(Set.of()), clock.today()).stream()
                .map(c -> new KindCount(c.kind(), c.open(), c.overdue(), c.dueSoon())).toList();
        return new InboxCounts(kinds.stream().mapToLong(KindCount::open).sum(), kinds.stream().mapToLong(KindCount::overdue).sum(), kinds);
    }
}
