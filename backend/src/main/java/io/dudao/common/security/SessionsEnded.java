package io.dudao.common.security;

/**
 * Fired inside the transaction that ends every session of a user (password changed or reset,
 * roles or organisation changed, account deactivated): the sign-in feature revokes their refresh tokens.
 */
public record SessionsEnded(long userId, String reason) {
}
