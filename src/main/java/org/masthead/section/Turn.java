package org.masthead.section;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a section stands for the board and the desk: who has it, in words, and whether it is late.
 * Read from the section's state, writer and deadline; not the entity's own invariants.
 */
public final class Turn {

    private Turn() {
    }

    /** Who has the ball now: the writer while it is theirs, the editors while in review, nobody once approved. */
    public static Holder holderOf(Section section) {
        return Holder.of(section.getState());
    }

    /** In words: "Wendy Writer", "the editors", "nobody". */
    public static String holderName(Section section) {
        return switch (holderOf(section)) {
            case WRITER -> section.getWriterName();
            case EDITORS -> "the editors";
            case NOBODY -> "nobody";
        };
    }

    /**
     * Still with its writer after the day of its deadline, counted in the publication's zone: what
     * the desk and the board mark "overdue".
     */
    public static boolean isOverdueAt(Section section, Instant now) {
        LocalDate deadline = section.getDeadline();
        return deadline != null && section.getState().isWithWriter()
                && deadline.isBefore(LocalDate.ofInstant(now, section.getIssue().getPublication().getTimeZone()));
    }
}
