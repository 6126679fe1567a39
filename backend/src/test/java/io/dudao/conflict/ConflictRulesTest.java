package io.dudao.conflict;

import io.dudao.org.OrgType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The conflict rule on tree paths: city /1/2/, county /1/2/3/, zone /1/2/3/4/, school /1/2/3/4/5/, campus /1/2/3/4/5/6/. */
class ConflictRulesTest {

    static final String CITY = "/1/2/";
    static final String COUNTY = "/1/2/3/";
    static final String ZONE = "/1/2/3/4/";
    static final String SCHOOL = "/1/2/3/4/5/";
    static final String CAMPUS = "/1/2/3/4/5/6/";
    static final String OTHER_SCHOOL = "/1/2/3/4/7/";

    private static Optional<ConflictRule> rule(String user, OrgType type, String target, String supervising, boolean tie) {
        return ConflictRules.firing(user, type, target, supervising, tie);
    }

    @Test
    void nobodyChecksTheirOwnOrganisationOrOneAboveIt() {
        assertEquals(Optional.of(ConflictRule.OWN_ORGANISATION), rule(SCHOOL, OrgType.SCHOOL, SCHOOL, COUNTY, false));
        assertEquals(Optional.of(ConflictRule.OWN_ORGANISATION), rule(COUNTY, OrgType.COUNTY, COUNTY, CITY, false));
        assertEquals(Optional.of(ConflictRule.ANCESTOR), rule(SCHOOL, OrgType.SCHOOL, COUNTY, CITY, false));
        assertEquals(Optional.of(ConflictRule.ANCESTOR), rule(ZONE, OrgType.ZONE, COUNTY, CITY, false));
    }

    @Test
    void belowTheirOwnOnlyOnTheLineOfSupervision() {
        // a county office inspecting its school, a zone's supervisor visiting a school of the zone
        assertEquals(Optional.empty(), rule(COUNTY, OrgType.COUNTY, SCHOOL, COUNTY, false));
        assertEquals(Optional.empty(), rule(ZONE, OrgType.ZONE, SCHOOL, ZONE, false));
        assertEquals(Optional.empty(), rule(ZONE, OrgType.ZONE, SCHOOL, COUNTY, false));
        // a school's staff never checks its own campus; an expert (no supervising organisation) never checks below their own
        assertEquals(Optional.of(ConflictRule.DESCENDANT), rule(SCHOOL, OrgType.SCHOOL, CAMPUS, COUNTY, false));
        assertEquals(Optional.of(ConflictRule.DESCENDANT), rule(COUNTY, OrgType.COUNTY, SCHOOL, null, false));
        // a county's office staff on a team the city sends is on the city's line of supervision
        assertEquals(Optional.empty(), rule(COUNTY, OrgType.COUNTY, SCHOOL, CITY, false));
        // a zone user acting for an office below the zone (impossible in practice) is not on the line
        assertEquals(Optional.of(ConflictRule.DESCENDANT), rule(ZONE, OrgType.ZONE, CAMPUS, SCHOOL, false));
    }

    @Test
    void aDeclaredTieAppliesWhereNoStructuralRuleDoes() {
        assertEquals(Optional.of(ConflictRule.DECLARED_TIE), rule(OTHER_SCHOOL, OrgType.SCHOOL, SCHOOL, COUNTY, true));
        assertEquals(Optional.of(ConflictRule.OWN_ORGANISATION), rule(SCHOOL, OrgType.SCHOOL, SCHOOL, COUNTY, true));
        assertEquals(Optional.empty(), rule(OTHER_SCHOOL, OrgType.SCHOOL, SCHOOL, COUNTY, false));
    }
}
