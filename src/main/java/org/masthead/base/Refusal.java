package org.masthead.base;

import java.util.Optional;

/**
 * A rule's answer as a reason: empty when allowed, else the sentence the person reads. The
 * workflow rules of sections and of releases are written with these, so that the same rule both
 * says why a button is not offered and refuses the call that would do it anyway.
 */
public final class Refusal {

    private Refusal() {
    }

    /** No refusal when allowed, else this reason. */
    public static Optional<String> unless(boolean allowed, String reason) {
        return allowed ? Optional.empty() : Optional.of(reason);
    }

    /** The first refusal, in the order given: the most basic reason is the one a person needs. */
    @SafeVarargs
    public static Optional<String> first(Optional<String>... refusals) {
        for (Optional<String> refusal : refusals) {
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Throws the refusal, if there is one, as the sentence the person reads. */
    public static void enforce(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new WorkflowException(reason);
        });
    }
}
