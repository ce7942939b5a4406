package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** TOTP secrets at rest: encrypted with the configured key, or marked as plain without one. */
class SecretBoxTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void with_a_key_the_stored_secret_does_not_contain_it_and_opens_back() {
        SecretBox box = new SecretBox("a key from the configuration");

        String sealed = box.seal(SECRET);

        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET);
        assertThat(box.open(sealed)).isEqualTo(SECRET);
        assertThat(box.seal(SECRET)).as("a fresh salt each time").isNotEqualTo(sealed);
    }

    @Test
    void another_key_cannot_open_it() {
        String sealed = new SecretBox("the right key").seal(SECRET);

        assertThatThrownBy(() -> new SecretBox("another key").open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void without_a_key_an_encrypted_secret_is_refused_with_a_sentence_naming_the_setting() {
        String sealed = new SecretBox("the right key").seal(SECRET);

        assertThatThrownBy(() -> new SecretBox("").open(sealed)).hasMessageContaining("MASTHEAD_SECOND_FACTOR_KEY");
    }

    @Test
    void without_a_key_it_is_stored_marked_as_plain() {
        assertThat(new SecretBox("").open(new SecretBox("").seal(SECRET))).isEqualTo(SECRET);
    }
}
