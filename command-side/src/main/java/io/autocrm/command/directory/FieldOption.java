package io.autocrm.command.directory;

import io.autocrm.platform.web.StrictJson;

/** One choice of a dropdown or multi-select field: a stable key (stored on tickets) and a label (shown). */
public record FieldOption(String key, String label) implements StrictJson {
}
