package io.autocrm.command.files;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads ahead of a message: the composer uploads while the agent or customer writes. */
@RestController
@Tag(name = "Attachments")
class UploadController {

    private final Uploads uploads;

    UploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    @Operation(summary = "Upload a file for a message you are about to send",
            description = "Multipart with the file in the part 'file'. Answers a pending upload: name its id in the"
                    + " message's attachmentIds (POST /tickets, POST /tickets/{id}/messages) within 24 hours, or it"
                    + " is deleted. Only the uploader can attach it. Over the per-file limit (25 MB by default):"
                    + " 413 payload-too-large.")
    @PostMapping(path = "/api/v1/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Upload> upload(@RequestPart(value = "file", required = false) MultipartFile file) {
        Upload upload = uploads.store(file);
        return ResponseEntity.created(URI.create("/api/v1/uploads/" + upload.id())).body(upload);
    }
}
