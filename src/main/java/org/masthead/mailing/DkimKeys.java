package org.masthead.mailing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The DKIM key: the one given by masthead.mail.dkim.private-key, else the one in the database,
 * made on first use (2048-bit RSA). When two nodes make one at once, the row that got in wins for
 * both, so every node signs with the key whose public half is in DNS.
 */
@Component
class DkimKeys {

    static final int BITS = 2048;

    /** The private key to sign with, and the public one for the DNS record (Base64 of its X.509 form). */
    record Key(PrivateKey privateKey, String publicKey, boolean configured) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;
    private final DkimSettings settings;
    private final Clock clock;
    private volatile Key key;

    DkimKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, DkimSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
    }

    Key key() {
        Key known = key;
        if (known != null) {
            return known;
        }
        if (StringUtils.hasText(settings.privateKey())) {
            key = fromPkcs8(settings.privateKey(), true);
            return key;
        }
        String stored = jdbc.query("select private_key from dkim_keys where id = 1", rs -> rs.next() ? rs.getString(1) : null);
        if (stored == null) {
            KeyPair fresh = generate();
            String privateKey = Base64.getEncoder().encodeToString(fresh.getPrivate().getEncoded());
            String publicKey = Base64.getEncoder().encodeToString(fresh.getPublic().getEncoded());
            try {
                apart.executeWithoutResult(tx -> jdbc.update(
                        "insert into dkim_keys (id, private_key, public_key, created_at) values (1, ?, ?, ?)",
                        privateKey, publicKey, Timestamp.from(clock.instant())));
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // Fine: read theirs below.
            }
            stored = jdbc.queryForObject("select private_key from dkim_keys where id = 1", String.class);
        }
        key = fromPkcs8(stored, false);
        return key;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    /** A PKCS#8 RSA private key, PEM ("-----BEGIN PRIVATE KEY-----") or bare Base64; its public half derived from it. */
    static Key fromPkcs8(String text, boolean configured) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException("masthead.mail.dkim.private-key must be a whole RSA key (PKCS#8).");
            }
            byte[] publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())).getEncoded();
            return new Key(privateKey, Base64.getEncoder().encodeToString(publicKey), configured);
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalStateException("masthead.mail.dkim.private-key is not a PKCS#8 RSA private key "
                    + "(openssl pkcs8 -topk8 -nocrypt makes one): " + unreadable.getMessage(), unreadable);
        }
    }
}
