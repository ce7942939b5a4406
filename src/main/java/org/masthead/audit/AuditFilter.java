package org.masthead.audit;

/**
 * What the audit screen asks for; a null part matches every line.
 *
 * @param issueId lines about this issue or its sections
 * @param actor   lines by this username
 * @param action  lines of this kind
 */
public record AuditFilter(Long issueId, String actor, AuditAction action) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null);
}
