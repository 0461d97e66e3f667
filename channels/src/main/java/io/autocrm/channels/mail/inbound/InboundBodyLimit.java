package io.autocrm.channels.mail.inbound;

import io.autocrm.channels.mail.MailProperties;
import io.autocrm.platform.web.RequestBodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbound webhook takes a raw mail as large as the mailbox would ({@code autocrm.mail.max-size}), not only what
 * fits the API's JSON limit: a mail with attachments forwarded by a provider is not refused for its files.
 */
@Configuration(proxyBeanMethods = false)
class InboundBodyLimit {

    @Bean
    RequestBodyLimit inboundMailBodyLimit(MailProperties properties) {
        return new RequestBodyLimit("POST", "/api/v1/mail/inbound", false, properties.maxSize());
    }
}
