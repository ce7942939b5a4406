package org.masthead.section;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

/** Who is asking, with their roles: what every rule of {@link WorkflowRules} and {@link EditRights} judges. */
record Actor(String username, Set<Role> roles) {

    Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    static Actor current(CurrentUser currentUser) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(currentUser::hasRole).forEach(roles::add);
        return new Actor(currentUser.requireUsername(), roles);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    /** The section's writer, signed in as a writer. */
    boolean writes(Section section) {
        return has(Role.WRITER) && section.isWrittenBy(username);
    }
}
