package org.masthead.base;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where readers reach the public side ({@code masthead.public-url}); read through {@link PublicAddress}
 * only. Checked at start: a bad value stops the app with a sentence naming the variable.
 *
 * @param publicUrl the public side's address as readers type it, e.g. https://news.example.org
 */
@Validated
@ConfigurationProperties("masthead")
public record PublicSettings(
        @NotBlank(message = "MASTHEAD_PUBLIC_URL (masthead.public-url) must be the public side's address, e.g. https://news.example.org")
        @Pattern(regexp = "\\s*https?://[^\\s/?#]+(/[^\\s?#]*)?\\s*",
                message = "MASTHEAD_PUBLIC_URL (masthead.public-url) must be an http or https address without a query, e.g. https://news.example.org")
        @DefaultValue("http://localhost:8080") String publicUrl) {
}
