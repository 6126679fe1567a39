package io.dudao.common.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.Provider;

/** bcrypt hashing; verification takes the same time whether or not a hash exists. */
public final class Passwords {

    private static final Provider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("dummy-password-for-timing");

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    public static boolean matches(String password, String hash) {
        String stored = hash == null ? DUMMY_HASH : hash;
        try {
            Password raw = ModularCrypt.decode(stored);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword restored = (BCryptPassword) factory.translate(raw);
            return factory.verify(restored, password.toCharArray()) && hash != null;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
