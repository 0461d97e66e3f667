package io.autocrm.identity.account;

/**
 * The mails identity sends, each a subject and a plain-text template {@code templates/mail/<template>.txt} whose one
 * variable, {@code link}, is the address the reader should follow.
 */
public enum Mail {

    PASSWORD_RESET("Reset your AutoCRM password", "password-reset"),
    SIGNUP_CONFIRMATION("Confirm your AutoCRM sign-up", "signup-confirmation"),
    SIGNUP_KNOWN_ADDRESS("Your AutoCRM account", "signup-known-address");

    private final String subject;
    private final String template;

    Mail(String subject, String template) {
        this.subject = subject;
        this.template = template;
    }

    public String subject() {
        return subject;
    }

    public String template() {
        return "mail/" + template;
    }
}
