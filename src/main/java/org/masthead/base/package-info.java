/**
 * What every feature shares: the entity base, the workflow exception, the public address, the
 * start-up steps, signed links and the main layout. The Markdown pipeline is its own package,
 * {@link org.masthead.markdown}.
 */
package org.masthead.base;
