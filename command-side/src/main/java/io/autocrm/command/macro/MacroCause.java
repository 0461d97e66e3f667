package io.autocrm.command.macro;

import io.autocrm.access.Caller;
import io.autocrm.command.web.CommandCause;
import io.autocrm.events.common.MetadataKeys;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * The header {@value #HEADER}: a request applying a macro names it, and its commands' events carry the macro's id and
 * name (as it is called now) as their cause. The macro must be one the caller may use. Each command carrying it that
 * succeeds counts one use per correlation id.
 */
@Component
class MacroCause implements CommandCause {

    static final String HEADER = "X-AutoCRM-Macro";
    private final Macros macros;

    MacroCause(Macros macros) {
        this.macros = macros;
    }

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public Map<String, Object> declaredBy(String header, Caller caller) {
        UUID id;
        try {
            id = UUID.fromString(header);
        } catch (IllegalArgumentException e) {
            throw new UnknownMacro(HEADER + " names a macro by its id (a UUID).");
        }
        if (caller.isCustomer()) {
            throw new UnknownMacro("No macro has id " + id + ".");
        }
        UUID user = MacroAccess.user(caller);
        Macro macro = macros.find(id).filter(found -> MacroAccess.maySee(user, found))
                .orElseThrow(() -> new UnknownMacro("No macro has id " + id + "."));
        return Map.of(MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_MACRO, MetadataKeys.CAUSE_ID, macro.id(),
                MetadataKeys.CAUSE_NAME, macro.name());
    }

    @Override
    public void succeeded(MetaData metaData) {
        if (MetadataKeys.CAUSE_MACRO.equals(metaData.get(MetadataKeys.CAUSE_TYPE))) {
            macros.recordUse(UUID.fromString((String) metaData.get(MetadataKeys.CAUSE_ID)),
                    (String) metaData.get(MetadataKeys.CORRELATION_ID), (String) metaData.get(MetadataKeys.ACTOR_ID));
        }
    }
}
