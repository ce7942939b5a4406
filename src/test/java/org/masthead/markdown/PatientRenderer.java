package org.masthead.markdown;

import java.time.Duration;

/**
 * A Markdown renderer for tests outside a Spring context, with the patient budget of
 * {@link PatientRendering}: what a test proves about the output must not depend on how busy the
 * machine is (past the 3-second budget a text is shown as plain paragraphs, links and lists unread).
 */
public final class PatientRenderer {

    private PatientRenderer() {
    }

    public static MarkdownRenderer create() {
        return new MarkdownRenderer(Duration.ofMinutes(1));
    }

    /**
     * A renderer whose screens get no time at all (every preview is the plain fallback) while
     * editions keep the patient budget: the shape of a cold, overloaded server, where what decides
     * whether a text may be released must still judge the text and not the server's speed.
     */
    public static MarkdownRenderer withoutTimeForScreens() {
        return new MarkdownRenderer(Duration.ZERO, Duration.ofMinutes(1));
    }
}
