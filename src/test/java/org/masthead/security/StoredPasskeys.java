package org.masthead.security;

import java.time.Instant;
import java.util.Set;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * Test fixture: passkeys stored as Spring Security's registration stores them, through the same
 * repositories, without a browser making one (the browser suite does that for real).
 */
@Component
public class StoredPasskeys {

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;

    StoredPasskeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
        this.userEntities = userEntities;
        this.credentials = credentials;
    }

    /** Stores a passkey for this person, under this label, and returns its credential id (base64url). */
    public String add(String username, String label, Instant created) {
        return add(username, label, created, created);
    }

    /** Stores a passkey that last signed its owner in at {@code lastUsed}. */
    public String add(String username, String label, Instant created, Instant lastUsed) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        if (entity == null) {
            entity = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(username).displayName(username).build();
            userEntities.save(entity);
        }
        Bytes id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialId(id)
                .userEntityUserId(entity.getId())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3, (byte) 0xff, 0}))
                .signatureCount(7)
                .uvInitialized(true)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .backupEligible(true)
                .backupState(false)
                .attestationObject(new Bytes(new byte[] {9, 8, 7}))
                .attestationClientDataJSON(new Bytes("{\"type\":\"webauthn.create\"}".getBytes()))
                .created(created)
                .lastUsed(lastUsed)
                .label(label)
                .build());
        return id.toBase64UrlString();
    }
}
