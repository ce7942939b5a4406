package org.masthead.user;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security sign people in against the users table. */
@Service
class DeskUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DeskUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // Usernames are stored in lower case; people type them as they like.
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        User user = users.findByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown username or wrong password."));
        return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isActive())
                .authorities(user.getRoles().stream().map(r -> r.authority()).toArray(String[]::new))
                .build();
    }
}
