package org.masthead.audit;

import java.util.Locale;

/**
 * What happened, one constant per kind of change. The stored word is the constant's name (the
 * strings rows carried before the enum), so old rows and SQL that reads them keep working.
 * Each carries its sentence: what follows the actor's name, with {@value #SECTION},
 * {@value #ISSUE} and {@value #PERSON} standing for the names the trail shows as words and links.
 */
public enum AuditAction {

    USER_CREATED("added {person} to the desk", true),
    USER_ROLES_CHANGED("changed the roles of {person}", true),
    USER_DEACTIVATED("deactivated {person}", true),
    USER_REACTIVATED("reactivated {person}", true),
    USER_PASSWORD_RESET("reset the password of {person}", true),
    PASSWORD_CHANGED("changed their own password", true),
    USER_SIGNED_OUT_EVERYWHERE("signed {person} out everywhere", true),
    USER_SESSION_ENDED("signed out a session of {person}", true),
    OWN_OTHER_SESSIONS_ENDED("signed out their other sessions"),
    NOT_ME_SIGNED_OUT_EVERYWHERE("signed themselves out everywhere from the \"This wasn't me\" link of a new-device mail"),
    USER_SECOND_FACTOR_RESET("reset the second factor of {person}", true),
    SECOND_FACTOR_CLEARED_AT_START("cleared the second factor of {person} at start, as the operator's setting asked", true),
    SECOND_FACTOR_ROLES_SET("set which roles must sign in with a second factor"),
    PASSWORD_RESET_BY_LINK("set a new password from a \"forgot password\" link", true),

    ISSUE_CREATED("created {issue}"),
    ISSUE_IMPORTED("imported the back issue {issue}"),
    ISSUE_SCHEDULED("scheduled the release of {issue}"),
    ISSUE_UNSCHEDULED("took {issue} off the schedule"),
    SCHEDULE_CANCELLED("cancelled the scheduled release of {issue}"),
    SCHEDULED_RELEASE_RAN("ran the scheduled release of {issue}"),
    ISSUE_RELEASED("released {issue}"),
    ISSUE_CORRECTED("corrected the released {issue}"),
    ISSUE_CREATED_BY_CADENCE("made {issue} on the publication's cadence"),
    ISSUE_MOVED("moved the release of {issue}"),
    ISSUE_RENAMED("named {issue}"),
    CADENCE_SET("set the publication's cadence"),
    TEMPLATE_SLOT_DEFAULTS_SET("set the default writer of a template slot and whether it carries over"),
    WEEK_SKIPPED("skipped a week of the cadence"),
    WEEK_UNSKIPPED("took back a skipped week of the cadence"),

    SECTION_ADDED("added {section} to {issue}"),
    SECTION_IMPORTED("imported {section} into {issue}"),
    SECTION_DROPPED("dropped {section} from {issue}"),
    SECTION_RESTORED("restored {section} in {issue}"),
    SECTION_MOVED("moved {section} in {issue}"),
    SECTION_ASSIGNED("assigned {section} in {issue}"),
    SECTION_DEADLINE_SET("set the deadline of {section} in {issue}"),
    SECTION_SUBMITTED("submitted {section} in {issue}"),
    SECTION_COPY_EDITED("copy-edited {section} in {issue}"),
    SECTION_APPROVED("approved {section} in {issue}"),
    SECTION_RETURNED("returned {section} in {issue} to its writer"),
    SECTION_REOPENED("reopened {section} in {issue}"),
    SECTION_PASSAGE_NOTED("commented on a passage of {section} in {issue}"),
    SECTION_CHANGED_AFTER_APPROVAL("changed {section} in {issue} after its approval"),
    SECTION_CORRECTED("corrected {section} in the released {issue}"),

    PREVIEW_LINK_CREATED("created a preview link of {issue} for a reader without an account"),
    PREVIEW_LINK_REVOKED("withdrew a preview link of {issue}"),
    PREVIEW_COMMENT_RECEIVED("commented on {section} in {issue} through a preview link"),

    SUBSCRIBER_ADDED("added a subscriber to the mailing list"),
    SUBSCRIBERS_IMPORTED("imported subscribers to the mailing list"),
    SUBSCRIBER_SIGNED_UP("took a reader's sign-up to the mailing list"),
    SUBSCRIBER_CONFIRMED("confirmed a reader's subscription"),
    SUBSCRIBER_UNSUBSCRIBED("unsubscribed a reader at their request"),
    SUBSCRIBER_RESUBSCRIBED("took back a reader's unsubscription"),
    SUBSCRIBER_DELETED("deleted a subscriber"),
    SUBSCRIBER_SUPPRESSED("suppressed a subscriber after a bounce or a complaint"),
    SUBSCRIBER_SUPPRESSION_LIFTED("lifted a subscriber's suppression");

    /** Where the section's heading goes in a sentence. */
    public static final String SECTION = "{section}";
    /** Where the issue's number and title go. */
    public static final String ISSUE = "{issue}";
    /** Where the name of the person acted on goes (their username is the event's note). */
    public static final String PERSON = "{person}";

    private final String sentence;
    private final boolean noteIsAPerson;

    AuditAction(String sentence) {
        this(sentence, false);
    }

    AuditAction(String sentence, boolean noteIsAPerson) {
        this.sentence = sentence;
        this.noteIsAPerson = noteIsAPerson;
    }

    /** "approved {section} in {issue}": what follows the actor's name. */
    public String sentence() {
        return sentence;
    }

    /** True where the event's note is the username of the person acted on, not words to show. */
    public boolean noteIsAPerson() {
        return noteIsAPerson;
    }

    /** "Section approved": the action's name in a list to pick from. */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
