package io.autocrm.command.directory;

import io.autocrm.command.web.StrictJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administers custom field definitions. */
@RestController
@RequestMapping("/api/v1/custom-fields")
class CustomFieldController {

    private final CustomFields fields;

    CustomFieldController(CustomFields fields) {
        this.fields = fields;
    }

    @GetMapping
    List<CustomFieldView> list() {
        return fields.all().stream().map(CustomFieldView::of).toList();
    }

    @PostMapping
    ResponseEntity<CustomFieldView> create(@Valid @RequestBody CreateCustomFieldRequest request) {
        CustomFieldDefinition field = fields.create(request.key(), request.label(), request.type(), request.options(),
                request.pattern());
        return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + field.key())).body(CustomFieldView.of(field));
    }

    @PatchMapping("/{key}")
    CustomFieldView update(@PathVariable String key, @Valid @RequestBody UpdateCustomFieldRequest request) {
        return CustomFieldView.of(fields.update(key, request.label(), request.active(), request.options()));
    }

    /**
     * A new field. {@code type}: text, number, decimal, checkbox, date, dropdown, multi-select or regex;
     * {@code options} for dropdown and multi-select; {@code pattern} (Java regular expression, full match) for regex.
     */
    record CreateCustomFieldRequest(@NotNull String key, @NotNull String label, @NotNull String type,
                                    List<FieldOption> options, String pattern) implements StrictJson {
    }

    /** Changes to a field; absent or null values stay as they are; {@code options} replaces a choice field's list. */
    record UpdateCustomFieldRequest(String label, Boolean active, List<FieldOption> options) implements StrictJson {
    }

    /** A field definition as the API shows it. */
    record CustomFieldView(String key, String label, String type, List<FieldOption> options, String pattern,
                           boolean active, int position) {

        static CustomFieldView of(CustomFieldDefinition field) {
            return new CustomFieldView(field.key(), field.label(), field.type().key(), field.options(),
                    field.pattern(), field.active(), field.position());
        }
    }
}
