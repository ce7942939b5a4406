/** Sections: their state machine, bodies, revisions and planning. The workflow rules live here. */
package org.masthead.section;
