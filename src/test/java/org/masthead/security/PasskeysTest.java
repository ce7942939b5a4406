package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Passkeys kept in the database through Spring Security's JDBC repositories, and what a person may do with theirs. */
class PasskeysTest extends ServiceTest {

    static final Instant MONDAY = Instant.parse("2026-11-30T09:15:30Z");
    static final Instant TUESDAY = Instant.parse("2026-12-01T14:00:00Z");

    @Autowired
    StoredPasskeys stored;
    @Autowired
    Passkeys passkeys;
    @Autowired
    UserCredentialRepository credentials;
    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Test
    void a_stored_passkey_reads_back_as_it_was_written_from_the_database() {
        String id = stored.add("paula", "Work laptop", MONDAY);

        CredentialRecord read = credentials.findByCredentialId(Bytes.fromBase64(id));

        assertThat(read.getUserEntityUserId()).isEqualTo(userEntities.findByUsername("paula").getId());
        assertThat(read.getPublicKey().getBytes()).containsExactly(1, 2, 3, 0xff, 0);
        assertThat(read.getAttestationObject().getBytes()).containsExactly(9, 8, 7);
        assertThat(new String(read.getAttestationClientDataJSON().getBytes())).isEqualTo("{\"type\":\"webauthn.create\"}");
        assertThat(read.getSignatureCount()).isEqualTo(7);
        assertThat(read.isUvInitialized()).isTrue();
        assertThat(read.isBackupEligible()).isTrue();
        assertThat(read.isBackupState()).isFalse();
        assertThat(read.getTransports()).isEqualTo(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID));
        assertThat(read.getLabel()).isEqualTo("Work laptop");
        assertThat(read.getCreated()).isEqualTo(MONDAY);
        assertThat(read.getLastUsed()).isEqualTo(MONDAY);
        assertThat(desk.jdbc().queryForObject("select count(*) from user_credentials", Integer.class)).isEqualTo(1);
    }

    @Test
    void someone_with_a_passkey_has_one_and_someone_without_has_none() {
        stored.add("paula", "Work laptop", MONDAY);

        assertThat(passkeys.hasPasskey("paula")).isTrue();
        assertThat(passkeys.hasPasskey(" Paula ")).as("usernames are typed as people like").isTrue();
        assertThat(passkeys.hasPasskey("wendy")).isFalse();
        assertThat(passkeys.hasPasskey("nobody-by-this-name")).isFalse();
    }

    @Test
    void a_person_whose_only_passkey_was_removed_has_none_any_more() {
        String id = stored.add("paula", "Work laptop", MONDAY);

        Desk.signIn("paula", Role.PUBLISHER);
        assertThat(passkeys.removeMine(id)).isTrue();

        assertThat(passkeys.hasPasskey("paula")).isFalse();
    }

    @Test
    void a_person_sees_only_their_own_passkeys_the_newest_first() {
        stored.add("paula", "Work laptop", MONDAY);
        stored.add("paula", "Phone", TUESDAY);
        stored.add("erin", "Erin's key", TUESDAY);

        Desk.signIn("paula", Role.PUBLISHER);

        assertThat(passkeys.mine()).extracting(Passkeys.Passkey::label).containsExactly("Phone", "Work laptop");
        assertThat(passkeys.mine()).extracting(Passkeys.Passkey::created).containsExactly(TUESDAY, MONDAY);
    }

    @Test
    void nobody_removes_another_persons_passkey_even_knowing_its_id() {
        String erins = stored.add("erin", "Erin's key", MONDAY);
        stored.add("paula", "Work laptop", MONDAY);

        Desk.signIn("paula", Role.PUBLISHER);

        assertThat(passkeys.removeMine(erins)).isFalse();
        assertThat(passkeys.removeMine("not base64 at all!")).isFalse();
        assertThat(passkeys.hasPasskey("erin")).isTrue();
    }
}
