package org.masthead.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * A person's passkeys: whether they have one (a passkey sign-in counts as both factors), the list
 * on their profile, and taking one away. Making one and signing in with one are Spring Security's
 * own endpoints ({@code webAuthn()} in {@link SecurityConfig}), which store through the same repositories.
 */
@Service
public class Passkeys {

    /** One passkey as its owner sees it. {@code id} is the credential id, base64url. */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final CurrentUser currentUser;

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials, CurrentUser currentUser) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.currentUser = currentUser;
    }

    /** Whether this person can sign in with a passkey: at least one is registered for them. */
    public boolean hasPasskey(String username) {
        return !recordsOf(username).isEmpty();
    }

    /** The signed-in person's passkeys, the newest first. */
    public List<Passkey> mine() {
        return recordsOf(currentUser.requireUsername()).stream()
                .map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(), r.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /**
     * Takes one of the signed-in person's passkeys away: it signs nobody in from now on. Another
     * person's passkey, or one already gone, is left as it is.
     *
     * @return whether a passkey of theirs was removed
     */
    public boolean removeMine(String id) {
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
        Optional<PublicKeyCredentialUserEntity> me = entityOf(currentUser.requireUsername());
        CredentialRecord record = credentials.findByCredentialId(credentialId);
        if (me.isEmpty() || record == null || !record.getUserEntityUserId().equals(me.get().getId())) {
            return false;
        }
        credentials.delete(credentialId);
        return true;
    }

    private List<CredentialRecord> recordsOf(String username) {
        return entityOf(username).map(entity -> credentials.findByUserId(entity.getId())).orElse(List.of());
    }

    private Optional<PublicKeyCredentialUserEntity> entityOf(String username) {
        return username == null ? Optional.empty()
                : Optional.ofNullable(userEntities.findByUsername(username.strip().toLowerCase(Locale.ROOT)));
    }
}
