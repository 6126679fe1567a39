package io.dudao.user;

import io.dudao.common.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;

/** The bcrypt hashes of each account's last passwords, so a new password cannot repeat them. */
@ApplicationScoped
public class PasswordHistory {

    @Inject
    EntityManager em;

    /** Whether the password is one of the account's last {@link PasswordPolicy#HISTORY} (current included). */
    boolean recentlyUsed(AppUser user, String password) {
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("""
                        select password_hash from password_history where user_id = ?1
                        order by created_at desc, id desc limit ?2""")
                .setParameter(1, user.id).setParameter(2, PasswordPolicy.HISTORY).getResultList();
        if (!hashes.contains(user.passwordHash)) {
            hashes = java.util.stream.Stream.concat(java.util.stream.Stream.of(user.passwordHash), hashes.stream())
                    .limit(PasswordPolicy.HISTORY).toList();
        }
        return hashes.stream().anyMatch(hash -> Passwords.matches(password, hash));
    }

    /** Records the account's new hash and forgets the ones beyond the history size. */
    void remember(AppUser user, OffsetDateTime at) {
        em.createNativeQuery("insert into password_history (user_id, password_hash, created_at) values (?1, ?2, ?3)")
                .setParameter(1, user.id).setParameter(2, user.passwordHash).setParameter(3, at).executeUpdate();
        em.createNativeQuery("""
                        delete from password_history where user_id = ?1 and id not in (
                            select id from password_history where user_id = ?1 order by created_at desc, id desc limit ?2)""")
                .setParameter(1, user.id).setParameter(2, PasswordPolicy.HISTORY).executeUpdate();
    }
}
