package io.dudao.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * AES-256-GCM for secrets the database must keep but must not show (webhook signing secrets,
 * replayed answers that carry a client secret). The key comes from APP_SECRET_KEY (base64 of 32
 * bytes) or is generated once into the data directory (keys/secret.key, mode 600) like the JWT keys;
 * replicas must share it (set APP_SECRET_KEY or share the data directory).
 */
@ApplicationScoped
public class SecretBox {

    private static final String TEXT_PREFIX = "v1:";
    private static final byte[] BYTES_MAGIC = "DDE1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "app.secret-key")
    Optional<String> configuredKey;

    @ConfigProperty(name = "app.data-dir")
    String dataDir;

    private volatile SecretKey key;

    /** "v1:" + base64(nonce ‖ ciphertext ‖ tag). */
    public String encrypt(String plain) {
        return TEXT_PREFIX + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** The plain text; a value stored before encryption (no "v1:") is returned as it is. */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(TEXT_PREFIX)) {
            return stored;
        }
        return new String(open(Base64.getDecoder().decode(stored.substring(TEXT_PREFIX.length()))), StandardCharsets.UTF_8);
    }

    public boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(TEXT_PREFIX);
    }

    /** "DDE1" ‖ nonce ‖ ciphertext ‖ tag. */
    public byte[] encryptBytes(byte[] plain) {
        byte[] sealed = seal(plain);
        return ByteBuffer.allocate(BYTES_MAGIC.length + sealed.length).put(BYTES_MAGIC).put(sealed).array();
    }

    /** The plain bytes; bytes stored before encryption (no magic) are returned as they are. */
    public byte[] decryptBytes(byte[] stored) {
        if (stored == null || stored.length < BYTES_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(stored, BYTES_MAGIC.length), BYTES_MAGIC)) {
            return stored;
        }
        return open(Arrays.copyOfRange(stored, BYTES_MAGIC.length, stored.length));
    }

    private byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private byte[] open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted: was APP_SECRET_KEY changed?", e);
        }
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(configuredKey.filter(s -> !s.isBlank()).map(SecretBox::decodeConfigured)
                            .orElseGet(() -> keyFile(Path.of(dataDir).resolve("keys").resolve("secret.key"))), "AES");
                }
                k = key;
            }
        }
        return k;
    }

    private static byte[] decodeConfigured(String value) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("APP_SECRET_KEY must be the base64 of 32 random bytes (openssl rand -base64 32)");
        }
        return bytes;
    }

    /** Reads the key file, or creates it (mode 600) once so concurrent first starts agree on one key. */
    static byte[] keyFile(Path file) {
        try {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            PrivateFiles.createOnce(file, Base64.getEncoder().encodeToString(fresh));
            return decodeConfigured(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secret key " + file, e);
        }
    }
}
