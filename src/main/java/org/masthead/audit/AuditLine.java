package org.masthead.audit;

/**
 * One event of the trail with the names it is shown by, found for its whole page at once.
 *
 * @param actorName      the actor's display name (the username if they are no longer known)
 * @param issue          the issue the event is about, or null
 * @param sectionHeading the section's heading, or null
 * @param personName     for actions on people, the display name of the person acted on, or null
 */
public record AuditLine(AuditEvent event, String actorName, AuditSubjects.IssueName issue, String sectionHeading,
                        String personName) {
}
