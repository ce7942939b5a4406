/** Releasing: turning an approved issue into a frozen edition, and the public archive that serves it. */
package org.masthead.publishing;
