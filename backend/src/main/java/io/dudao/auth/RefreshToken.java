package io.dudao.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SHA-256 of the opaque token; the token itself is never stored. */
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    /** The idle end: this token's own expiry, never later than the session's. */
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** The absolute end of the session (the sign-in it descends from), carried through rotations. */
    @Column(name = "session_expires_at", nullable = false)
    public OffsetDateTime sessionExpiresAt;

    @Column(name = "rotated_at")
    public OffsetDateTime rotatedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
