package io.autocrm.command.directory;

import io.autocrm.access.CurrentCaller;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
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

/** Administers custom field definitions; customers list only the fields they may see. */
@RestController
@RequestMapping("/api/v1/custom-fields")
class CustomFieldController {

    private final CustomFields fields;
    private final CurrentCaller currentCaller;

    CustomFieldController(CustomFields fields, CurrentCaller currentCaller) {
        this.fields = fields;
        this.currentCaller = currentCaller;
    }

    @Operation(summary = "The custom field definitions")
    @GetMapping
    List<CustomFieldView> list() {
        boolean customer = currentCaller.caller().isCustomer();
        return fields.all().stream().filter(field -> !customer || field.customerVisible())
                .map(CustomFieldView::of).toList();
    }

    @Operation(summary = "Define a custom field")
    @PostMapping
    ResponseEntity<CustomFieldView> create(@Valid @RequestBody CreateCustomFieldRequest request) {
        CustomFieldDefinition field = fields.create(request.key(), request.label(), request.type(), request.options(),
                request.pattern(), Boolean.TRUE.equals(request.customerVisible()),
                Boolean.TRUE.equals(request.required()));
        return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + field.key())).body(CustomFieldView.of(field));
    }

    @Operation(summary = "Change a custom field")
    @PatchMapping("/{key}")
    CustomFieldView update(@PathVariable String key, @Valid @RequestBody UpdateCustomFieldRequest request) {
        return CustomFieldView.of(fields.update(key, request.label(), request.active(), request.options(),
                request.customerVisible(), request.position(), request.required()));
    }

    /**
     * A new field. {@code type}: text, number, decimal, checkbox, date, dropdown, multi-select or regex;
     * {@code options} for dropdown and multi-select; {@code pattern} (Java regular expression, full match) for regex;
     * {@code customerVisible} (default false) shows the field to customers and lets them fill it in;
     * {@code required} (default false): the field must have a value before a ticket is solved or closed, and when a
     * customer opens a ticket if the field is customer-visible.
     */
    record CreateCustomFieldRequest(@NotNull String key, @NotNull String label, @NotNull String type,
                                    List<FieldOption> options, String pattern, Boolean customerVisible,
                                    Boolean required)
            implements StrictJson {
    }

    /**
     * Changes to a field; absent or null values stay as they are; {@code options} replaces a choice field's list;
     * {@code customerVisible} shows the field to customers or hides it from them; {@code position} (0-10000) orders
     * the fields on forms; {@code required} marks the field required (to solve or close a ticket; for customers
     * opening one when customer-visible) or not.
     */
    record UpdateCustomFieldRequest(String label, Boolean active, List<FieldOption> options, Boolean customerVisible,
                                    Integer position, Boolean required)
            implements StrictJson {
    }

    /**
     * A field definition as the API shows it; {@code customerVisible}: customers see and may fill in the field;
     * {@code required}: it must have a value to solve or close a ticket (and, if customer-visible, when a customer
     * opens one); inactive fields are never required.
     */
    record CustomFieldView(String key, String label, String type, List<FieldOption> options, String pattern,
                           boolean active, int position, boolean customerVisible, boolean required) {

        static CustomFieldView of(CustomFieldDefinition field) {
            return new CustomFieldView(field.key(), field.label(), field.type().key(), field.options(),
                    field.pattern(), field.active(), field.position(), field.customerVisible(), field.required());
        }
    }
}
