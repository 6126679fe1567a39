package io.dudao.demo;

import io.dudao.common.security.Caller;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.security.Passwords;
import io.dudao.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo world of the README: 陕西省 → 渭南市 → its counties, with zones and schools in 蒲城县 and
 * 富平县, and one account per role. Loaded once: a marker in app_setting records that it ran, so
 * what users change or delete afterwards is never put back.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String MARKER = "demo-data.foundation";
    /** Added later: installations that loaded the foundation before get the province office too. */
    static final String PROVINCE_MARKER = "demo-data.province-office";
    public static final String PASSWORD = "Demo@2023";

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    io.dudao.org.OrganizationService organizations;

    @Transactional(Transactional.TxType.MANDATORY)
    void loadOnce() {
        loadFoundation();
        if (!alreadyLoaded(PROVINCE_MARKER)) {
            user("shaanxi", "陕西省教督办 孙处长", "610000", "PROVINCE_OFFICE");
            markLoaded(PROVINCE_MARKER);
        }
    }

    private void loadFoundation() {
        if (alreadyLoaded(MARKER)) {
            return;
        }
        org("610000", "陕西省", "PROVINCE", null, "陕西省人民政府教育督导委员会办公室", null);
        org("610500", "渭南市", "CITY", "610000", "渭南市人民政府教育督导委员会办公室", null);
        String[][] counties = {
                {"610502", "临渭区"}, {"610503", "华州区"}, {"610522", "潼关县"}, {"610523", "大荔县"},
                {"610524", "合阳县"}, {"610525", "澄城县"}, {"610526", "蒲城县"}, {"610527", "白水县"},
                {"610528", "富平县"}, {"610581", "韩城市"}, {"610582", "华阴市"},
                {"WN-GXQ", "高新区"}, {"WN-JKQ", "经开区"}};
        for (String[] county : counties) {
            String office = county[1].endsWith("区") && county[0].startsWith("WN-")
                    ? "渭南" + county[1] + "教育督导室" : county[1] + "人民政府教育督导委员会办公室";
            org(county[0], county[1], "COUNTY", "610500", office, null);
        }
        org("610526-Z1", "蒲城县第一责任区", "ZONE", "610526", "蒲城县第一责任区督学办公室", null);
        org("610526-Z2", "蒲城县第二责任区", "ZONE", "610526", "蒲城县第二责任区督学办公室", null);
        org("610526-Z3", "蒲城县第三责任区", "ZONE", "610526", "蒲城县第三责任区督学办公室", null);
        org("610526-S101", "蒲城县城关第一小学", "SCHOOL", "610526-Z1", null, "PRIMARY");
        org("610526-S102", "蒲城县尧山中学", "SCHOOL", "610526-Z1", null, "JUNIOR");
        org("610526-S103", "蒲城县第一幼儿园", "SCHOOL", "610526-Z1", null, "KINDERGARTEN");
        org("610526-S201", "蒲城县东陈镇中心小学", "SCHOOL", "610526-Z2", null, "PRIMARY");
        org("610526-S202", "蒲城县椿林九年制学校", "SCHOOL", "610526-Z2", null, "NINE_YEAR");
        org("610526-S301", "蒲城县罕井镇初级中学", "SCHOOL", "610526-Z3", null, "JUNIOR");
        org("610526-S302", "蒲城县职业教育中心", "SCHOOL", "610526-Z3", null, "SENIOR");
        org("610528-Z1", "富平县第一责任区", "ZONE", "610528", "富平县第一责任区督学办公室", null);
        org("610528-S101", "富平县城关小学", "SCHOOL", "610528-Z1", null, "PRIMARY");
        org("610528-S102", "富平县曹村初级中学", "SCHOOL", "610528-Z1", null, "JUNIOR");
        org("610528-S103", "富平县莲湖九年制学校", "SCHOOL", "610528-Z1", null, "NINE_YEAR");
        org("WN-CZJ", "渭南市财政局", "DEPARTMENT", "610500", null, null);
        organizations.applySeededDocumentPrefixes();

        user("admin", "系统管理员", "610500", "ADMIN");
        user("weinan", "渭南市教督办 王科长", "610500", "CITY_OFFICE");
        user("leader", "渭南市教督办 李主任", "610500", "VIEWER");
        user("pucheng", "蒲城县教督办 张干事", "610526", "COUNTY_OFFICE");
        user("fuping", "富平县教督办 刘干事", "610528", "COUNTY_OFFICE");
        user("tongguan", "潼关县教督办 赵干事", "610522", "COUNTY_OFFICE");
        user("pc_dx01", "责任督学 陈督学", "610526-Z1", "SUPERVISOR");
        user("pc_school01", "城关第一小学 周老师", "610526-S101", "SCHOOL");

        markLoaded(MARKER);
        LOG.info("Loaded the demo organisations and users (password " + PASSWORD + ")");
    }

    /** Whether a demo part already ran (its marker is in app_setting). */
    public boolean alreadyLoaded(String marker) {
        return ((Number) em.createNativeQuery("select count(*) from app_setting where key = ?1")
                .setParameter(1, marker).getSingleResult()).longValue() > 0;
    }

    public void markLoaded(String marker) {
        em.createNativeQuery("insert into app_setting (key, value) values (?1, now()::text)")
                .setParameter(1, marker).executeUpdate();
        em.createNativeQuery("""
                insert into audit_event (actor, action, entity_type, entity_id, summary)
                values ('system', 'DEMO_DATA', 'SYSTEM', ?1, '载入演示数据')""").setParameter(1, marker).executeUpdate();
    }

    /** A demo user as the services see callers, to create demo data through the same rules as users do. */
    public Caller caller(String username) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select u.id, u.organization_id, o.path, u.roles from app_user u
                        join organization o on o.id = u.organization_id where u.username = ?1""")
                .setParameter(1, username).getSingleResult();
        return new Caller(((Number) row[0]).longValue(), username, ((Number) row[1]).longValue(), (String) row[2],
                CurrentCaller.parseRoles((String) row[3]));
    }

    /** Whether all these users exist (a demo part is skipped when someone deleted one). */
    public boolean usersExist(java.util.Collection<String> usernames) {
        return ((Number) em.createNativeQuery("select count(*) from app_user where username in (?1)")
                .setParameter(1, usernames).getSingleResult()).longValue() == usernames.size();
    }

    /** Writes what follows as if on that day (09:00 in Shanghai), on this thread only; close it to come back to today. */
    public AppClock.Fixed on(LocalDate day) {
        return clock.fixedAt(day.atTime(9, 0));
    }

    /**
     * An item of 渭南市's plan of a year (the demo's first one): item {@code seq}, or the first of its
     * sub-items whose heading contains {@code subItemContaining} when there is one.
     */
    public Long planItem(int year, int seq, String subItemContaining) {
        List<?> item = em.createNativeQuery("""
                        select i.id from plan_item i join plan p on p.id = i.plan_id join organization o on o.id = p.issuing_org_id
                        where o.code = '610500' and p.year = ?1 and i.parent_id is null and i.seq = ?2
                        order by p.id limit 1""").setParameter(1, year).setParameter(2, seq).getResultList();
        if (item.isEmpty()) {
            return null;
        }
        long id = ((Number) item.get(0)).longValue();
        if (subItemContaining == null) {
            return id;
        }
        List<?> sub = em.createNativeQuery("select id from plan_item where parent_id = ?1 and heading like ?2 order by seq limit 1")
                .setParameter(1, id).setParameter(2, "%" + subItemContaining + "%").getResultList();
        return sub.isEmpty() ? id : ((Number) sub.get(0)).longValue();
    }

    public Long planItem(int year, int seq) {
        return planItem(year, seq, null);
    }

    /** The id of the organisation with this code, if any. */
    public Long orgId(String code) {
        List<?> ids = em.createNativeQuery("select id from organization where code = ?1").setParameter(1, code).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private void org(String code, String name, String type, String parentCode, String officeName, String stage) {
        if (exists("select count(*) from organization where code = ?1", code)) {
            return;
        }
        em.createNativeQuery("""
                        insert into organization (code, name, type, parent_id, path, office_name, stage)
                        select ?1, ?2, ?3, p.id, coalesce(p.path, '/'), cast(?5 as varchar), cast(?6 as varchar)
                        from (select 1) one left join organization p on p.code = cast(?4 as varchar)""")
                .setParameter(1, code).setParameter(2, name).setParameter(3, type).setParameter(4, parentCode)
                .setParameter(5, officeName).setParameter(6, stage).executeUpdate();
        em.createNativeQuery("update organization set path = path || id || '/' where code = ?1")
                .setParameter(1, code).executeUpdate();
    }

    /** A demo account, unless one with the name exists (also used by the demo parts of features). */
    public void user(String username, String displayName, String orgCode, String roles) {
        if (exists("select count(*) from app_user where lower(username) = ?1", username)) {
            return;
        }
        em.createNativeQuery("""
                        insert into app_user (username, display_name, password_hash, organization_id, roles)
                        select ?1, ?2, ?3, o.id, ?5 from organization o where o.code = ?4""")
                .setParameter(1, username).setParameter(2, displayName).setParameter(3, Passwords.hash(PASSWORD))
                .setParameter(4, orgCode).setParameter(5, roles).executeUpdate();
    }

    private boolean exists(String sql, String value) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, value).getSingleResult()).longValue() > 0;
    }
}
