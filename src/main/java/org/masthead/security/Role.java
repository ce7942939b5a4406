package org.masthead.security;

/** What a person may do at the desk. A person may hold several roles. */
public enum Role {
    WRITER, EDITOR, PUBLISHER, ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
