package org.masthead.user;

import java.util.Collection;
import java.util.List;
import org.masthead.security.OrganisationSignIn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person signed in by the organisation's provider is at the desk: the one active account
 * whose email is the provider's verified email. Nobody else gets in, and no account is made. The
 * session carries that account's username and its own roles from the database, never the provider's.
 */
@Component
class OrganisationAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final UserRepository users;

    OrganisationAccounts(UserRepository users) {
        this.users = users;
    }

    /**
     * Open to anyone: Spring Security calls it in the middle of a sign-in, before anyone is signed
     * in (a Spring callback, but ArchitectureTest sees its generic parameter erased differently).
     */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser proven = provider.loadUser(request);
        if (!Boolean.TRUE.equals(proven.getEmailVerified()) || proven.getEmail() == null) {
            throw OrganisationSignIn.refusal(OrganisationSignIn.UNVERIFIED, OrganisationSignIn.UNVERIFIED_SENTENCE);
        }
        List<User> matches = users.findByEmailIgnoreCaseAndActiveTrue(proven.getEmail().strip());
        if (matches.size() != 1) {
            // None, or several sharing the address: no way to tell whose this is.
            throw OrganisationSignIn.refusal(OrganisationSignIn.NO_ACCOUNT, OrganisationSignIn.NO_ACCOUNT_SENTENCE);
        }
        User person = matches.get(0);
        List<GrantedAuthority> roles = person.getRoles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        return new DeskMember(roles, proven, person.getUsername());
    }

    /** The provider's proof, named by the desk's username (what CurrentUser and the audit trail read). */
    static final class DeskMember extends DefaultOidcUser {

        private final String username;

        DeskMember(Collection<? extends GrantedAuthority> roles, OidcUser proven, String username) {
            super(roles, proven.getIdToken(), proven.getUserInfo(), "sub");
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DeskMember member && super.equals(other) && username.equals(member.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
