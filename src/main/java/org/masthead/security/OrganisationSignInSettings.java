package org.masthead.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in with the organisation's account over OpenID Connect ({@code masthead.oidc.*}; README,
 * "Forgotten passwords and the organisation's account"). Off while no issuer is set: no button,
 * no endpoints.
 *
 * @param issuer       the provider's issuer URL, as its /.well-known/openid-configuration names it
 * @param clientId     the desk's client id at the provider
 * @param clientSecret the desk's client secret there
 */
@Validated
@ConfigurationProperties("masthead.oidc")
public record OrganisationSignInSettings(String issuer, String clientId, String clientSecret) {

    public boolean isOn() {
        return StringUtils.hasText(issuer);
    }
}
