/**
 * What every feature shares: the entity base, the workflow exception, the main layout, and the
 * one Markdown pipeline ({@link org.masthead.base.MarkdownRenderer}: bounded input, Flexmark,
 * jsoup's allow-list, then web, email and plain-text outputs; {@link org.masthead.base.PastedDocument}
 * for pasted HTML).
 */
package org.masthead.base;
