package org.masthead.section;

import java.util.List;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.springframework.stereotype.Component;

/**
 * Who holds the ball after a step, so that exactly they are told. Nobody is told about work
 * they do not hold, and nobody is told about their own action.
 */
@Component
class NextHolders {

    private final UserService users;

    NextHolders(UserService users) {
        this.users = users;
    }

    /** The editors who may review it: every active editor except its writer (four eyes) and the actor. */
    List<User> reviewersOf(Section section, String actor) {
        return users.activeWithRole(Role.EDITOR).stream()
                .filter(u -> !section.isWrittenBy(u.getUsername()) && !u.getUsername().equals(actor))
                .toList();
    }

    List<User> writerOf(Section section, String actor) {
        User writer = section.getWriter();
        return writer == null || !writer.isActive() || writer.getUsername().equals(actor) ? List.of() : List.of(writer);
    }

    List<User> publishers(String actor) {
        return users.activeWithRole(Role.PUBLISHER).stream().filter(u -> !u.getUsername().equals(actor)).toList();
    }
}
