package io.autocrm.identity.selfservice;

import io.autocrm.identity.config.SecurityProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where the links in mails point: the configured issuer URL, or else the address of the current request. */
final class LinkBase {

    private LinkBase() {
    }

    static String of(SecurityProperties properties) {
        String issuer = properties.issuer();
        return issuer != null && !issuer.isBlank() ? issuer.replaceAll("/+$", "")
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
