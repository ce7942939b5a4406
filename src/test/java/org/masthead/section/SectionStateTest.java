package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.section.SectionState.APPROVED;
import static org.masthead.section.SectionState.DRAFT;
import static org.masthead.section.SectionState.IN_REVIEW;
import static org.masthead.section.SectionState.RETURNED;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of states: exactly the arrows drawn in DESIGN.md are allowed, nothing else. */
class SectionStateTest {

    private static final Map<SectionState, Set<SectionState>> DRAWN = Map.of(
            DRAFT, Set.of(IN_REVIEW),                 // submit
            IN_REVIEW, Set.of(APPROVED, RETURNED),    // approve, return
            RETURNED, Set.of(IN_REVIEW),              // resubmit
            APPROVED, Set.of(RETURNED, IN_REVIEW));   // reopen; a change after approval goes back to review

    static Stream<Arguments> everyPairOfStates() {
        return Stream.of(SectionState.values()).flatMap(from ->
                Stream.of(SectionState.values()).map(to -> Arguments.of(from, to, DRAWN.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPairOfStates")
    void a_section_moves_only_along_the_drawn_arrows(SectionState from, SectionState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void no_state_moves_to_itself(SectionState state) {
        assertThat(state.canMoveTo(state)).isFalse();
    }

    static Stream<SectionState> states() {
        return Stream.of(SectionState.values());
    }
}
