package org.masthead.audit;

import java.util.List;

/** What the audit screen's filters offer: the issues and people found in the trail, by name. */
public record AuditChoices(List<AuditSubjects.IssueName> issues, List<AuditSubjects.Person> people) {
}
