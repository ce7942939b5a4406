/** What every feature shares: the entity base, the workflow exception, Markdown rendering, the main layout. */
package org.masthead.base;
