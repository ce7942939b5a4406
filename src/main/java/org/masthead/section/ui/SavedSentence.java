package org.masthead.section.ui;

import org.masthead.base.ui.Formats;
import org.masthead.issue.Issue;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;

/**
 * What the person who saved hears: "Saved.", or, for a change to an approved section, that it is
 * back in review, who was told, and that its issue's scheduled release is called off.
 */
final class SavedSentence {

    private SavedSentence() {
    }

    static String of(boolean wasApproved, Issue before, Section now, SectionWorkflow workflow) {
        if (!wasApproved || now.getState() != SectionState.IN_REVIEW) {
            return "Saved.";
        }
        return "Saved. It is back in review; " + lower(workflow.reviewersTold(now.getId()).toldSentence())
                + scheduleCalledOff(before, now, workflow);
    }

    /** A change to an approved section calls its issue's scheduled release off: the person who saved hears it first. */
    private static String scheduleCalledOff(Issue before, Section now, SectionWorkflow workflow) {
        if (!before.isScheduled() || now.getIssue().isScheduled()) {
            return "";
        }
        return " The release of issue " + before.getNumber() + " scheduled for "
                + Formats.moment(before.getScheduledFor(), before.getPublication().getTimeZone())
                + " is cancelled until every section is approved again; "
                + lower(workflow.publishersTold(now.getId()).toldSentence());
    }

    private static String lower(String sentence) {
        return sentence.startsWith("Nobody") ? "n" + sentence.substring(1) : sentence;
    }
}
