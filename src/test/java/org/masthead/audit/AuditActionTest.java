package org.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditActionTest {

    @Test
    void every_action_reads_as_a_sentence() {
        assertThat(AuditAction.values()).allSatisfy(action -> {
            assertThat(action.sentence()).as(action.name()).isNotBlank().doesNotContain("_");
            assertThat(action.label()).as(action.name()).isNotBlank().doesNotContain("_");
        });
    }

    @Test
    void an_action_on_a_section_names_the_section_and_its_issue() {
        assertThat(Arrays.stream(AuditAction.values()).filter(a -> a.name().startsWith("SECTION_")))
                .isNotEmpty()
                .allSatisfy(action -> assertThat(action.sentence()).as(action.name())
                        .contains(AuditAction.SECTION).contains(AuditAction.ISSUE));
    }

    @Test
    void an_action_on_an_issue_names_the_issue() {
        assertThat(Arrays.stream(AuditAction.values()).filter(a -> a.name().startsWith("ISSUE_")))
                .isNotEmpty()
                .allSatisfy(action -> assertThat(action.sentence()).as(action.name()).contains(AuditAction.ISSUE));
    }

    @Test
    void an_approval_reads_approved() {
        assertThat(AuditAction.SECTION_APPROVED.sentence()).isEqualTo("approved {section} in {issue}");
    }

    @Test
    void the_stored_word_is_the_name_old_rows_carry() {
        assertThat(AuditAction.valueOf("SECTION_CHANGED_AFTER_APPROVAL").name()).hasSizeLessThanOrEqualTo(40);
        assertThat(Arrays.stream(AuditAction.values()).map(Enum::name)).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(40));
    }
}
