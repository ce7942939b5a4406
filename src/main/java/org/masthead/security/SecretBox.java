package org.masthead.security;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Keeps TOTP secrets unreadable in the database (and in its backups) with the configured key:
 * AES-256-GCM, the key stretched with PBKDF2, a random salt per secret (Spring Security's
 * {@code Encryptors.delux}). Without a key they are stored as they are, marked so.
 */
final class SecretBox {

    private static final String ENCRYPTED = "v1:";
    private static final String PLAIN = "plain:";

    private final String key;

    SecretBox(String key) {
        this.key = key == null ? "" : key;
    }

    String seal(String secret) {
        if (key.isEmpty()) {
            return PLAIN + secret;
        }
        String salt = KeyGenerators.string().generateKey();
        return ENCRYPTED + salt + ":" + Encryptors.delux(key, salt).encrypt(secret);
    }

    String open(String sealed) {
        if (sealed.startsWith(PLAIN)) {
            return sealed.substring(PLAIN.length());
        }
        if (!sealed.startsWith(ENCRYPTED) || key.isEmpty()) {
            throw new IllegalStateException("A second factor is stored encrypted, and MASTHEAD_SECOND_FACTOR_KEY is not the key it was encrypted with");
        }
        String rest = sealed.substring(ENCRYPTED.length());
        int colon = rest.indexOf(':');
        return Encryptors.delux(key, rest.substring(0, colon)).decrypt(rest.substring(colon + 1));
    }
}
