package org.masthead.mailing;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How outgoing mail is signed ({@code masthead.mail.dkim.*}): DKIM, rsa-sha256, relaxed/relaxed.
 *
 * @param enabled    sign every outgoing mail (editions, confirmations, notifications)
 * @param selector   the selector of the DNS record ({@code <selector>._domainkey.<domain>})
 * @param domain     the signing domain (d=); blank means the domain of masthead.mail.from
 * @param privateKey a PKCS#8 RSA key (PEM or bare Base64) to sign with; blank means the key made on
 *                   first start and kept in the database, the same on every node
 */
@Validated
@ConfigurationProperties("masthead.mail.dkim")
public record DkimSettings(
        @DefaultValue("true") boolean enabled,
        @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*",
                message = "masthead.mail.dkim.selector must be a DNS label such as \"masthead\" or \"2026.news\"")
        @DefaultValue("masthead") String selector,
        @DefaultValue("") String domain,
        @DefaultValue("") String privateKey) {
}
