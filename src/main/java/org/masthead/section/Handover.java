package org.masthead.section;

import java.util.List;
import org.masthead.user.User;

/**
 * The result of a workflow step: the section as it is now, who was told in the app (exactly the
 * people who got an inbox message), and who of them by email too.
 */
public record Handover(Section section, List<User> told, List<User> mailed) {

    public Handover(Section section, List<User> told) {
        this(section, told, List.of());
    }

    /** "Erin Editor and Eddie Editor-Writer have been told." — for the person who acted. */
    public String toldSentence() {
        if (told.isEmpty()) {
            return "Nobody else needed to be told.";
        }
        String sentence = namesOf(told) + (told.size() == 1 ? " has" : " have") + " been told";
        if (mailed.isEmpty()) {
            return sentence + ".";
        }
        return mailed.size() == told.size() ? sentence + ", by email too." : sentence + " (" + namesOf(mailed) + " by email too).";
    }

    public List<String> usernames() {
        return told.stream().map(User::getUsername).toList();
    }

    private static String namesOf(List<User> people) {
        List<String> names = people.stream().map(User::getDisplayName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
