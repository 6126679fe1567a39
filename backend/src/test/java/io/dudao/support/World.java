package io.dudao.support;

import io.dudao.common.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a fresh, uniquely named organisation tree with one user per role for each test that asks,
 * so tests never depend on each other's data or order:
 * province → city → countyA (→ zoneA → schoolA), countyB (→ zoneB → schoolB).
 * Offices get a 文号 prefix of their own per tree (渭{tag}教督问), since case numbers are unique per prefix.
 */
@ApplicationScoped
public class World {

    public static final String PASSWORD = "Secret@2023";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PASSWORD_HASH = Passwords.hash(PASSWORD);

    @Inject
    EntityManager em;

    public record Tree(String tag, long province, long city, long countyA, long zoneA, long schoolA,
                       long countyB, long zoneB, long schoolB,
                       String admin, String cityOffice, String viewer, String countyAOffice, String countyBOffice,
                       String supervisorA, String schoolAUser, String provinceOffice) {

        /** The case-number prefix of one of this tree's organisations, from its name's first character. */
        public String prefix(String firstCharacter) {
            return firstCharacter + tag + "教督问";
        }
    }

    @Transactional
    public Tree create() {
        String tag = "t" + System.nanoTime() % 1_000_000_000L + "x" + COUNTER.incrementAndGet();
        long province = org(tag + "-P", "测试省" + tag, "PROVINCE", null, null);
        long city = org(tag + "-C", "渭南市" + tag, "CITY", province, null);
        long countyA = org(tag + "-A", "蒲城县" + tag, "COUNTY", city, null);
        long zoneA = org(tag + "-AZ", "蒲城县第一责任区" + tag, "ZONE", countyA, null);
        long schoolA = org(tag + "-AS", "蒲城县城关小学" + tag, "SCHOOL", zoneA, "PRIMARY");
        long countyB = org(tag + "-B", "富平县" + tag, "COUNTY", city, null);
        long zoneB = org(tag + "-BZ", "富平县第一责任区" + tag, "ZONE", countyB, null);
        long schoolB = org(tag + "-BS", "富平县城关小学" + tag, "SCHOOL", zoneB, "PRIMARY");
        return new Tree(tag, province, city, countyA, zoneA, schoolA, countyB, zoneB, schoolB,
                user(tag + "_admin", city, "ADMIN"),
                user(tag + "_city", city, "CITY_OFFICE"),
                user(tag + "_viewer", city, "VIEWER"),
                user(tag + "_pucheng", countyA, "COUNTY_OFFICE"),
                user(tag + "_fuping", countyB, "COUNTY_OFFICE"),
                user(tag + "_dx", zoneA, "SUPERVISOR"),
                user(tag + "_school", schoolA, "SCHOOL"),
                user(tag + "_province", province, "PROVINCE_OFFICE"));
    }

    private long org(String code, String name, String type, Long parentId, String stage) {
        String parentPath = parentId == null ? "/" : (String) em.createNativeQuery("select path from organization where id = ?1")
                .setParameter(1, parentId).getSingleResult();
        String prefix = "SCHOOL".equals(type) || "ZONE".equals(type) ? null : name.charAt(0) + code.substring(0, code.indexOf('-')) + "教督问";
        long id = ((Number) em.createNativeQuery("""
                        insert into organization (code, name, type, parent_id, path, stage, document_prefix)
                        values (?1, ?2, ?3, cast(?4 as bigint), '/', cast(?5 as varchar), cast(?6 as varchar)) returning id""")
                .setParameter(1, code).setParameter(2, name).setParameter(3, type).setParameter(4, parentId)
                .setParameter(5, stage).setParameter(6, prefix).getSingleResult()).longValue();
        em.createNativeQuery("update organization set path = ?1 where id = ?2")
                .setParameter(1, parentPath + id + "/").setParameter(2, id).executeUpdate();
        return id;
    }

    /** One more organisation in a tree (e.g. a second kindergarten), its code and name suffixed with the tree's tag. */
    @Transactional
    public long org(Tree tree, String codeSuffix, String name, String type, long parentId, String stage) {
        return org(tree.tag() + codeSuffix, name + tree.tag(), type, parentId, stage);
    }

    /** One more user in an organisation of a tree, e.g. a school's own account. */
    @Transactional
    public String user(long orgId, String roles) {
        return user("u" + System.nanoTime() % 1_000_000_000L + "x" + COUNTER.incrementAndGet(), orgId, roles);
    }

    private String user(String username, long orgId, String roles) {
        em.createNativeQuery("""
                        insert into app_user (username, display_name, password_hash, organization_id, roles)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, username).setParameter(2, "测试用户 " + username).setParameter(3, PASSWORD_HASH)
                .setParameter(4, orgId).setParameter(5, roles).executeUpdate();
        return username;
    }
}
