package org.masthead.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * Spring Security's WebAuthn relying party (WebAuthn4J underneath), as {@code webAuthn()} finds it
 * in the context: the id, name and origins of {@link PasskeySettings}. Without configured origins,
 * the one allowed is {@code http://localhost} at the port this node listens on, which is known
 * only once the server has started (tests run on a random port), so the party is made on first use.
 *
 * <p>A passkey stands for both factors (something held, and the PIN or fingerprint that unlocks
 * it), so the browser is asked to verify the person every time, and a passkey that did not is refused.
 */
@Component
class RelyingParty implements WebAuthnRelyingPartyOperations {

    private final PasskeySettings settings;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private volatile int port = 8080;
    private volatile Webauthn4JRelyingPartyOperations party;

    RelyingParty(PasskeySettings settings, PublicKeyCredentialUserEntityRepository userEntities,
                 UserCredentialRepository credentials) {
        this.settings = settings;
        this.userEntities = userEntities;
        this.credentials = credentials;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
            party = null;
        }
    }

    /** The origins a ceremony may come from. */
    Set<String> allowedOrigins() {
        return settings.allowedOrigins().isEmpty() ? Set.of("http://localhost:" + port)
                : new LinkedHashSet<>(settings.allowedOrigins());
    }

    private WebAuthnRelyingPartyOperations party() {
        Webauthn4JRelyingPartyOperations made = party;
        if (made == null) {
            made = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                    PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build(),
                    allowedOrigins());
            made.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                    AuthenticatorSelectionCriteria.builder()
                            .residentKey(ResidentKeyRequirement.REQUIRED)
                            .userVerification(UserVerificationRequirement.REQUIRED)
                            .build()));
            made.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            party = made;
        }
        return made;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(PublicKeyCredentialCreationOptionsRequest request) {
        return party().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return party().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return party().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return party().authenticate(request);
    }
}
