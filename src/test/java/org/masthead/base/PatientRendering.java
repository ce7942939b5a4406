package org.masthead.base;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * In tests the app renders Markdown with a budget of a minute instead of 3 seconds. The budget
 * guards a live server against hostile texts; in the suite it only made fixtures depend on how
 * busy the machine is (seen: a three-word draft refused as "too complex to render in time" at a
 * load of 9). What happens past the budget is proven by BadInputTest against RenderBudget itself.
 */
@Configuration
class PatientRendering {

    @Bean
    @Primary
    MarkdownRenderer patientMarkdownRenderer() {
        return new MarkdownRenderer(Duration.ofMinutes(1));
    }
}
