package org.masthead.section;

import java.util.List;
import org.masthead.user.User;

/** The result of a workflow step: the section as it is now, and who was told it is their turn. */
public record Handover(Section section, List<User> told) {

    /** "Erin Editor and Eddie Editor-Writer have been told." — for the person who acted. */
    public String toldSentence() {
        if (told.isEmpty()) {
            return "Nobody else needed to be told.";
        }
        List<String> names = told.stream().map(User::getDisplayName).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return joined + (names.size() == 1 ? " has" : " have") + " been told.";
    }

    public List<String> usernames() {
        return told.stream().map(User::getUsername).toList();
    }
}
