package org.masthead.markdown;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * In tests the app renders Markdown with a budget of a minute instead of 3 seconds. The budget
 * guards a live server against hostile texts; in the suite it only made fixtures depend on how
 * busy the machine is (seen: a three-word draft refused as "too complex to render in time" at a
 * load of 9). What happens past the budget is proven by BadInputTest against RenderBudget itself,
 * and by a context that sets {@code masthead.test.edition-render-budget=PT0S}: every render for an
 * edition then falls back to plain paragraphs, while the fixtures still render as usual.
 */
@Configuration
class PatientRendering {

    @Bean
    @Primary
    MarkdownRenderer patientMarkdownRenderer(@Value("${masthead.test.edition-render-budget:PT1M}") Duration edition) {
        return new MarkdownRenderer(Duration.ofMinutes(1), edition);
    }
}
