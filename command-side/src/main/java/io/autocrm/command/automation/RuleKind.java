package io.autocrm.command.automation;

import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MetadataKeys;

/** The two kinds of rule: triggers react to changes, automations to time passing. */
enum RuleKind {
    TRIGGER("trigger", MetadataKeys.CAUSE_TRIGGER, ErrorCode.TRIGGER_NOT_FOUND),
    AUTOMATION("automation", MetadataKeys.CAUSE_AUTOMATION, ErrorCode.AUTOMATION_NOT_FOUND);

    private final String key;
    private final String causeType;
    private final ErrorCode notFound;

    RuleKind(String key, String causeType, ErrorCode notFound) {
        this.key = key;
        this.causeType = causeType;
        this.notFound = notFound;
    }

    String key() {
        return key;
    }

    /** The metadata's {@code causeType} of the changes this kind of rule makes. */
    String causeType() {
        return causeType;
    }

    ErrorCode notFound() {
        return notFound;
    }

    static RuleKind fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
