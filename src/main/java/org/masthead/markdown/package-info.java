/**
 * The one Markdown pipeline, pure text in and text out: bounded input, Flexmark, jsoup's
 * allow-list, then web, email and plain-text outputs ({@link org.masthead.markdown.MarkdownRenderer}),
 * pasted HTML to Markdown ({@link org.masthead.markdown.PastedDocument}), the link rule, and the
 * word and rendered diffs with the passages that follow them. It knows no Spring, no Vaadin and no
 * persistence, and no feature (ArchitectureTest): any of them may use it, and it can be tested and
 * benchmarked on its own. Its beans are made in {@code Application}.
 */
package org.masthead.markdown;
