package org.masthead.base;

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
}
