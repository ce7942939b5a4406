package org.masthead.base.ui;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The buffers of each open desk tab's push connection ({@code masthead.push.*}; PushBuffers says
 * why they are small). Checked at start: a bad value stops the app with a sentence naming the variable.
 *
 * @param messageBuffer Atmosphere's websocket buffer and largest message, in characters
 * @param frameBuffer   Tomcat's websocket frame buffers, in bytes
 */
@Validated
@ConfigurationProperties("masthead.push")
public record PushSettings(
        @Min(value = 256, message = "MASTHEAD_PUSH_MESSAGE_BUFFER (masthead.push.message-buffer) must be at least 256")
        @DefaultValue("1024") int messageBuffer,
        @Min(value = 256, message = "MASTHEAD_PUSH_FRAME_BUFFER (masthead.push.frame-buffer) must be at least 256")
        @DefaultValue("2048") int frameBuffer) {
}
