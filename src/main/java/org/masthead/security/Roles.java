package org.masthead.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String WRITER = "WRITER";
    public static final String EDITOR = "EDITOR";
    public static final String PUBLISHER = "PUBLISHER";
    public static final String ADMIN = "ADMIN";

    /** Those who read issues in production, their sections and notes. */
    public static final String CAN_READ_PRODUCTION = "hasAnyRole('WRITER','EDITOR','PUBLISHER')";
    /** Those who plan issues: create them, plan sections, assign writers, set deadlines. */
    public static final String CAN_PLAN = "hasAnyRole('EDITOR','PUBLISHER')";
    /** Those who set the publication's cadence and its template slots' defaults, and skip or move a week. */
    public static final String CAN_SET_CADENCE = "hasAnyRole('EDITOR','PUBLISHER')";
    /** Those who keep the mailing list: list, add, import, export and delete subscribers. */
    public static final String CAN_MANAGE_SUBSCRIBERS = "hasAnyRole('PUBLISHER','ADMIN')";
    /** Those who create and revoke preview links of an issue for readers without an account. */
    public static final String CAN_SHARE_PREVIEW = "hasAnyRole('EDITOR','PUBLISHER')";
    /** Those who read the audit trail. */
    public static final String CAN_READ_AUDIT = "hasAnyRole('EDITOR','PUBLISHER','ADMIN')";

    private Roles() {
    }
}
