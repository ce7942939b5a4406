package org.masthead.security;

/** What a person may do at the desk. A person may hold several roles. */
public enum Role {
    WRITER, EDITOR, PUBLISHER, ADMIN;

    /** How people at the desk say it: "Editor", not EDITOR. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
