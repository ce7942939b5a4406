package org.masthead.publishing.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker (the W3C's validator), run in-process: what it calls an error on a page. */
final class HtmlChecker {

    private HtmlChecker() {
    }

    static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
            String type = message.path("type").asText();
            if (type.equals("error") || (type.equals("non-document-error")) || message.path("subType").asText().equals("fatal")) {
                errors.add(message.path("lastLine").asText() + ":" + message.path("lastColumn").asText() + " "
                        + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
            }
        }
        return errors;
    }
}
