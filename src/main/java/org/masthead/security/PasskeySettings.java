package org.masthead.security;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The desk as a WebAuthn relying party ({@code masthead.passkeys.*}; README, "Sign-in protection"):
 * a passkey is bound to the relying party id, and the browser's origin must be one of the allowed.
 *
 * @param rpId           the domain passkeys are made for: the desk's host name, without scheme or port
 * @param rpName         the name a person's browser shows while making one
 * @param allowedOrigins the addresses the desk is opened at (scheme, host and port); none means
 *                       {@code http://localhost} and the port this node listens on, for development
 */
@Validated
@ConfigurationProperties("masthead.passkeys")
public record PasskeySettings(
        @NotBlank(message = "MASTHEAD_PASSKEYS_RP_ID (masthead.passkeys.rp-id) must be the desk's host name, e.g. desk.example.org")
        @DefaultValue("localhost") String rpId,
        @NotBlank(message = "MASTHEAD_PASSKEYS_RP_NAME (masthead.passkeys.rp-name) must be a name, e.g. Masthead")
        @DefaultValue("Masthead") String rpName,
        @DefaultValue List<String> allowedOrigins) {
}
