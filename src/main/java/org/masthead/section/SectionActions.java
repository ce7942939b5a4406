package org.masthead.section;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the signed-in person may do to one section now, and for each thing they may not, why, in
 * a sentence. Screens draw their buttons from it; the services enforce the same rules.
 *
 * @param refusals per action: empty when allowed, else the reason
 */
public record SectionActions(Map<SectionAction, Optional<String>> refusals) {

    public SectionActions {
        EnumMap<SectionAction, Optional<String>> all = new EnumMap<>(SectionAction.class);
        all.putAll(refusals);
        if (all.size() != SectionAction.values().length) {
            throw new IllegalArgumentException("Every action needs a verdict: " + all.keySet());
        }
        refusals = Collections.unmodifiableMap(all);
    }

    public boolean may(SectionAction action) {
        return refusals.get(action).isEmpty();
    }

    public Optional<String> whyNot(SectionAction action) {
        return refusals.get(action);
    }
}
