package io.dudao.conflict;

import io.dudao.org.OrgType;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rule itself, as a pure function of tree paths: a user never checks their own organisation, one
 * above it, one below it, or one they declared a tie to. The line of supervision is not a conflict:
 * a user of an office (province, city, county, zone) acting for the supervising organisation or an
 * office below it checks the organisations below their own — that is their job. Experts and others
 * acting independently pass no supervising organisation and get the rule in full.
 */
public final class ConflictRules {

    static final Set<OrgType> SUPERVISORY = EnumSet.of(OrgType.PROVINCE, OrgType.CITY, OrgType.COUNTY, OrgType.ZONE);

    private ConflictRules() {
    }

    /**
     * @param userPath        the tree path of the user's organisation ("/1/5/23/")
     * @param userOrgType     its type
     * @param targetPath      the organisation to be checked
     * @param supervisingPath the organisation the assignment is made for (the inspecting one), or null
     * @param declaredTie     whether the user declared a tie to the target or to an organisation above it
     */
    public static Optional<ConflictRule> firing(String userPath, OrgType userOrgType, String targetPath,
                                                String supervisingPath, boolean declaredTie) {
        if (targetPath.equals(userPath)) {
            return Optional.of(ConflictRule.OWN_ORGANISATION);
        }
        if (userPath.startsWith(targetPath)) {
            return Optional.of(ConflictRule.ANCESTOR);
        }
        if (targetPath.startsWith(userPath)) {
            boolean lineOfSupervision = supervisingPath != null && SUPERVISORY.contains(userOrgType)
                    && userPath.startsWith(supervisingPath);
            if (!lineOfSupervision) {
                return Optional.of(ConflictRule.DESCENDANT);
            }
        }
        return declaredTie ? Optional.of(ConflictRule.DECLARED_TIE) : Optional.empty();
    }
}
