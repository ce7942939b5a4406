package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Whether DMARC counts the signature for the From: the same domain, a subdomain either way, or not at all. */
class DkimAlignmentTest {

    @Test
    void the_same_domain_aligns_strictly_a_subdomain_relaxed_and_another_domain_not_at_all() {
        assertThat(alignment("News <news@example.org>", "")).isEqualTo(Dkim.Alignment.STRICT);
        assertThat(alignment("News <news@example.org>", "Example.ORG")).isEqualTo(Dkim.Alignment.STRICT);
        assertThat(alignment("News <news@mail.example.org>", "example.org")).isEqualTo(Dkim.Alignment.RELAXED);
        assertThat(alignment("News <news@example.org>", "mail.example.org")).isEqualTo(Dkim.Alignment.RELAXED);
        assertThat(alignment("News <news@example.org>", "badexample.org")).isEqualTo(Dkim.Alignment.NONE);
        assertThat(alignment("News <news@example.org>", "sender.example.net")).isEqualTo(Dkim.Alignment.NONE);
    }

    private static Dkim.Alignment alignment(String from, String dkimDomain) {
        MailSettings mail = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                        java.util.Map.of("masthead.mail.from", from)))
                .bindOrCreate("masthead.mail", MailSettings.class);
        DkimSettings dkim = new DkimSettings(true, "masthead", dkimDomain, "");
        return new Dkim(new DkimKeys(null, null, dkim, Clock.systemUTC()), dkim, mail).alignment();
    }
}
