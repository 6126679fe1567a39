package io.dudao.conflict;

import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.time.AppClock;
import io.dudao.org.OrgType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one conflict-of-interest check every assignment goes through (inspectors of a report today;
 * supervisors of a school, experts of a round and complaint handlers as they come): see
 * {@link ConflictRules}. One query per check.
 */
@ApplicationScoped
public class ConflictOfInterest {

    public static final String CODE = "CONFLICT_OF_INTEREST";

    /** The rule that fired, with the names the message needs. */
    public record Conflict(ConflictRule rule, String userName, String userOrgName, String targetName, String tieOrgName,
                           String tieReason) {
    }

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    /**
     * @param supervisingOrgId the organisation the assignment is made for (a report's inspecting
     *                         organisation), or null for independent roles such as experts
     */
    public Optional<Conflict> find(long userId, long targetOrgId, Long supervisingOrgId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select u.display_name, uo.name, uo.path, uo.type, t.name, t.path,
                               (select s.path from organization s where s.id = cast(:supervising as bigint)),
                               tie.name, tie.reason
                        from app_user u
                        join organization uo on uo.id = u.organization_id
                        join organization t on t.id = :target
                        left join lateral (
                            select dorg.name, d.reason from conflict_declaration d
                            join organization dorg on dorg.id = d.organization_id
                            where d.user_id = u.id and t.path like dorg.path || '%'
                              and (d.since is null or d.since <= :today)
                            order by d.id limit 1) tie on true
                        where u.id = :user""")
                .setParameter("user", userId).setParameter("target", targetOrgId)
                .setParameter("supervising", supervisingOrgId).setParameter("today", clock.today())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return ConflictRules.firing((String) r[2], OrgType.valueOf((String) r[3]), (String) r[5], (String) r[6], r[7] != null)
                .map(rule -> new Conflict(rule, (String) r[0], (String) r[1], (String) r[4], (String) r[7], (String) r[8]));
    }

    /** Refuses the assignment with 409 CONFLICT_OF_INTEREST naming the rule; {@code field} is the request field that named the user. */
    public void check(long userId, long targetOrgId, Long supervisingOrgId, String field) {
        find(userId, targetOrgId, supervisingOrgId).ifPresent(c -> {
            throw refusal(c, field);
        });
    }

    static ApiException refusal(Conflict c, String field) {
        String zh = switch (c.rule()) {
            case OWN_ORGANISATION -> c.userName() + "所在单位即" + c.targetName();
            case ANCESTOR -> c.targetName() + "是" + c.userName() + "所在单位" + c.userOrgName() + "的上级单位";
            case DESCENDANT -> c.targetName() + "是" + c.userName() + "所在单位" + c.userOrgName() + "的下级单位";
            case DECLARED_TIE -> c.userName() + "已申报与" + c.tieOrgName() + "存在利害关系（" + c.tieReason() + "）";
        } + "，应当回避（" + c.rule().label() + "，" + c.rule().name() + "）";
        String en = switch (c.rule()) {
            case OWN_ORGANISATION -> c.userName() + " belongs to " + c.targetName() + " itself";
            case ANCESTOR -> c.targetName() + " is above " + c.userName() + "'s organisation " + c.userOrgName();
            case DESCENDANT -> c.targetName() + " is below " + c.userName() + "'s organisation " + c.userOrgName();
            case DECLARED_TIE -> c.userName() + " declared a tie to " + c.tieOrgName() + " (" + c.tieReason() + ")";
        } + ": conflict of interest (" + c.rule().name() + ")";
        return new ApiException(409, CODE, zh, en, List.of(new FieldError(field, zh)), Map.of());
    }
}
