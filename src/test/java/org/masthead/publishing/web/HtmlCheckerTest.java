package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    @Test
    void the_checker_finds_an_error_in_broken_html_and_none_in_a_valid_page() throws Exception {
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>ok</p></body></html>"))
                .isEmpty();
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head></head><body><div><p>no title</span></body></html>"))
                .isNotEmpty();
    }
}
