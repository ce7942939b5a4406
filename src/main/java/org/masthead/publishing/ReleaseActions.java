package org.masthead.publishing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the signed-in person may do to one issue's release now, and for each thing they may not,
 * why, in a sentence. The release screen draws its buttons from it; the services enforce the
 * same rules ({@link ReleaseRules}).
 *
 * @param refusals    per action: empty when allowed, else the reason
 * @param untilReady  the refused actions that only the readiness stands in the way of:
 *                    the screen shows them disabled, with the reason, since they will come
 */
public record ReleaseActions(Map<ReleaseAction, Optional<String>> refusals, Set<ReleaseAction> untilReady) {

    public ReleaseActions {
        EnumMap<ReleaseAction, Optional<String>> all = new EnumMap<>(ReleaseAction.class);
        all.putAll(refusals);
        if (all.size() != ReleaseAction.values().length) {
            throw new IllegalArgumentException("Every action needs a verdict: " + all.keySet());
        }
        refusals = Collections.unmodifiableMap(all);
        untilReady = untilReady.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(untilReady));
    }

    public boolean may(ReleaseAction action) {
        return refusals.get(action).isEmpty();
    }

    public Optional<String> whyNot(ReleaseAction action) {
        return refusals.get(action);
    }

    /** Whether the screen shows the action at all: allowed, or waiting only for the issue to be ready. */
    public boolean offers(ReleaseAction action) {
        return may(action) || untilReady.contains(action);
    }
}
