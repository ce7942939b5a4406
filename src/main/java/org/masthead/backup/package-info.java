/**
 * Keeping the desk's data safe: a consistent backup of the built-in H2 database, downloaded by
 * an administrator or taken on a schedule into a folder. Restoring is H2's RunScript (README).
 */
package org.masthead.backup;
