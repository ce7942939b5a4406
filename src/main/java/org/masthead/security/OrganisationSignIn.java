package org.masthead.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.util.StringUtils;

/**
 * Sign-in with the organisation's account: OpenID Connect through Spring Security's OAuth2 client,
 * only when {@code masthead.oidc.issuer} is set. The provider proves who the person is (its ID
 * token's signature, issuer, audience, expiry and nonce are checked by Spring Security); the desk
 * then matches the verified email to an existing active account (user.OrganisationAccounts), whose
 * own roles the session gets. A stranger's login creates nothing; a refusal lands on the sign-in
 * page with a sentence.
 */
@Configuration
public class OrganisationSignIn {

    /** The one registration: its id is in the paths /oauth2/authorization/organisation and /login/oauth2/code/organisation. */
    public static final String REGISTRATION = "organisation";
    public static final String START = "/oauth2/authorization/" + REGISTRATION;

    /** Refusals the desk makes itself, by error code; the sign-in page shows their descriptions. */
    public static final String NO_ACCOUNT = "no_account";
    public static final String UNVERIFIED = "unverified_email";

    public static final String NO_ACCOUNT_SENTENCE = "No active account on this desk has the address your organisation gave. "
            + "Ask an administrator to put that address on your account, or sign in with your password.";
    public static final String UNVERIFIED_SENTENCE = "Your organisation has not verified the email address of your account there, "
            + "so it cannot sign you in here. Sign in with your password.";
    public static final String FAILED_SENTENCE = "The organisation's sign-in could not be checked, so you are not signed in. "
            + "Try again, or sign in with your password.";

    /** A refusal of the desk's own, with the sentence the sign-in page shows. */
    public static OAuth2AuthenticationException refusal(String code, String sentence) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, sentence, null), sentence);
    }

    /** What the sign-in page says for a failed sign-in with the organisation's account. */
    public static String sentenceFor(OAuth2AuthenticationException failure) {
        String code = failure.getError().getErrorCode();
        return NO_ACCOUNT.equals(code) || UNVERIFIED.equals(code) ? failure.getError().getDescription() : FAILED_SENTENCE;
    }

    @Bean
    @Conditional(Configured.class)
    ClientRegistrationRepository organisationRegistration(OrganisationSignInSettings settings) {
        // The provider's metadata (endpoints, keys' address, issuer) is read from its discovery document at start.
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuer().strip())
                .registrationId(REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName("the organisation's account")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Adds the sign-in to the desk's chain when it is configured; otherwise there are no such endpoints. */
    static void configure(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                          OAuth2UserService<OidcUserRequest, OidcUser> accounts) throws Exception {
        ClientRegistrationRepository registration = registrations.getIfAvailable();
        if (registration == null) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registration)
                .userInfoEndpoint(info -> info.oidcUserService(accounts))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
    }

    static class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("masthead.oidc.issuer"));
        }
    }
}
