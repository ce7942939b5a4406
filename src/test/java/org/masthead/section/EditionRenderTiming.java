package org.masthead.section;

import java.io.IOException;
import java.util.Arrays;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.Rendering;

/**
 * How long a legitimate section of 100,000 characters (a section's most) takes to render for an
 * edition, cold and warm: what bench/render-under-load.sh runs while both cores are busy, to
 * compare with the edition budget (MarkdownRenderer.EDITION_BUDGET). Not a test: surefire never
 * runs it. Prints one line per render and a summary.
 */
public final class EditionRenderTiming {

    private EditionRenderTiming() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String section = hundredThousandCharacters();
        MarkdownRenderer markdown = new MarkdownRenderer();
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Rendering rendering = markdown.renderForEdition(section, "s1-");
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (rendering.isPlainFallback()) {
                System.out.println("render " + (i + 1) + ": FELL BACK to plain paragraphs after " + millis[i] + " ms");
            } else {
                System.out.println("render " + (i + 1) + ": " + millis[i] + " ms, " + rendering.words() + " words, "
                        + rendering.html().length() + " characters of HTML");
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.println("section: " + section.length() + " characters; first (cold) " + millis[0] + " ms, median "
                + sorted[runs / 2] + " ms, slowest " + sorted[runs - 1] + " ms over " + runs + " renders");
    }

    /**
     * Briefing Markdown as writers write it: the dense golden section (headings, lists, quotes,
     * a table, footnotes, links on every line) and plain prose with links, cut at a paragraph to
     * at most 100,000 characters.
     */
    static String hundredThousandCharacters() throws IOException {
        String dense = RenderingBenchmark.threeThousandWords();
        String prose = RenderingBenchmark.prose();
        StringBuilder text = new StringBuilder();
        for (int part = 0; text.length() < Section.BODY_MAX; part++) {
            text.append(part % 2 == 0 ? dense.replace("[^polls", "[^p" + part + "-") : prose).append("\n\n");
        }
        int cut = text.lastIndexOf("\n\n", Section.BODY_MAX);
        return text.substring(0, cut);
    }
}
