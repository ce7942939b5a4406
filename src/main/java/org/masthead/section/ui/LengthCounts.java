package org.masthead.section.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import org.masthead.base.ui.Formats;

/** How long the section is as typed, and the issue with it: "412 words · 2 min read · Issue: 1,830 words, 8 min read". */
class LengthCounts extends HorizontalLayout {

    private final Span words = new Span();
    private final Span readingTime = new Span();
    private final Span issueLength = new Span();
    /** Words in the issue's other kept sections, as saved: the issue's length is these plus what is typed here. */
    private int otherSectionsWords;

    LengthCounts() {
        words.setId("word-count");
        readingTime.setId("reading-time");
        issueLength.setId("issue-length");
        issueLength.addClassName("muted");
        setPadding(false);
        setAlignItems(Alignment.BASELINE);
        add(words, readingTime, issueLength);
    }

    /** @param savedCounts the words of each kept section of the issue, as saved */
    void otherSections(Map<Long, Integer> savedCounts, long thisSection) {
        otherSectionsWords = savedCounts.entrySet().stream().filter(e -> !e.getKey().equals(thisSection))
                .mapToInt(Map.Entry::getValue).sum();
    }

    void show(int typedWords) {
        words.setText(Formats.count(typedWords, "word"));
        readingTime.setText(Formats.readingTime(typedWords));
        int issueWords = otherSectionsWords + typedWords;
        issueLength.setText("Issue: " + Formats.count(issueWords, "word") + ", " + Formats.readingTime(issueWords));
    }
}
