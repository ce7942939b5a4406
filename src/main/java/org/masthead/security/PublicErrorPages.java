package org.masthead.security;

/**
 * The public side's own pages for what it cannot answer, in the archive's look. The feature that
 * owns the public side supplies them; the public filter chain answers with them (see {@link PublicErrors}).
 */
public interface PublicErrorPages {

    /** The page for an error status: 400, 404, 405, 500 and the like. */
    String forStatus(int status);

    /** The page while the application is still starting: written without asking the database. */
    String starting();
}
