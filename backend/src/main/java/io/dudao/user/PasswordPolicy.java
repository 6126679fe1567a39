package io.dudao.user;

import io.dudao.common.error.ApiException;

/**
 * The password rules (等保 level 3): at least 8 characters from at least three of upper case, lower
 * case, digits and symbols, and not the username. Reuse of recent passwords is checked against the
 * account's history by {@link UserService}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MIN_CLASSES = 3;
    /** A new password may not be any of this many most recent ones (the current one included). */
    public static final int HISTORY = 5;

    private PasswordPolicy() {
    }

    public static void check(String username, String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ApiException.validation(field, "密码至少 " + MIN_LENGTH + " 个字符",
                    "the password needs at least " + MIN_LENGTH + " characters");
        }
        if (classes(password) < MIN_CLASSES) {
            throw ApiException.validation(field, "密码须包含大写字母、小写字母、数字、符号中的至少三类",
                    "the password needs at least three of: upper case, lower case, digits, symbols");
        }
        if (username != null && password.equalsIgnoreCase(username.trim())) {
            throw ApiException.validation(field, "密码不能与用户名相同", "the password must differ from the username");
        }
    }

    /** How many of the four character classes the password uses. */
    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
