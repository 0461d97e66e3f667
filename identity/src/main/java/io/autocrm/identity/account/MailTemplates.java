package io.autocrm.identity.account;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Where the plain-text mail templates are ({@code templates/mail/*.txt}): Boot's Thymeleaf engine takes this
 * resolver besides its own, which finds the HTML pages.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplates {

    @Bean
    public ITemplateResolver mailTemplateResolver() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setResolvablePatterns(Set.of("mail/*"));
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
