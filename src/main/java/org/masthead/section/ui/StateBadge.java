package org.masthead.section.ui;

import com.vaadin.flow.component.html.Span;
import org.masthead.section.SectionState;

/** A section's state as a small coloured label. */
public class StateBadge extends Span {

    public StateBadge(SectionState state) {
        super(state.label());
        addClassNames("state", "state-" + state.name());
    }
}
