package io.autocrm.platform.files;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a file to whoever holds a valid signed link ({@link SignedLinks}); no other authentication. Images, PDFs and
 * plain text open in the browser, everything else downloads; either way the answer cannot run script in AutoCRM's
 * origin ({@code nosniff} and a sandboxing Content-Security-Policy), whatever the file holds.
 */
@RestController
@Tag(name = "Attachments")
class FileDownloadController {

    /** Shown in the browser; everything else is offered as a download. */
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/avif", "application/pdf", "text/plain");
    private final Attachments attachments;
    private final SignedLinks links;

    FileDownloadController(Attachments attachments, SignedLinks links) {
        this.attachments = attachments;
        this.links = links;
    }

    @Operation(summary = "Download a file through a signed link",
            description = "The links come with the messages of a ticket (attachments[].url) and from"
                    + " GET /tickets/{id}/attachments/{attachmentId}; they expire after 15 to 30 minutes.")
    @GetMapping(SignedLinks.PATH + "{id}/{name}")
    ResponseEntity<InputStreamResource> download(@PathVariable("id") UUID id, @PathVariable("name") String name,
                                                 @RequestParam("expires") long expires,
                                                 @RequestParam("signature") String signature,
                                                 @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                                 String ifNoneMatch) throws IOException {
        AttachmentId attachmentId = new AttachmentId(id);
        if (!links.valid(attachmentId, expires, signature)) {
            throw new DomainException(ErrorCode.INVALID_FILE_LINK,
                    "This download link is not valid or has expired; open the ticket again for a fresh one.");
        }
        StoredFile file = attachments.find(attachmentId).filter(f -> !f.pending()).orElseThrow(() ->
                new DomainException(ErrorCode.ATTACHMENT_NOT_FOUND, "This file no longer exists."));
        String etag = "\"" + file.sha256() + "\"";
        CacheControl cache = CacheControl.maxAge(java.time.Duration.ofSeconds(links.remaining(expires)))
                .cachePrivate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        boolean inline = INLINE.contains(file.contentType());
        MediaType type = inline && file.contentType().equals("text/plain")
                ? new MediaType("text", "plain", StandardCharsets.UTF_8)
                : inline ? MediaType.parseMediaType(file.contentType()) : MediaType.APPLICATION_OCTET_STREAM;
        InputStream bytes = attachments.open(file);
        return ResponseEntity.ok().contentType(type).contentLength(file.size()).eTag(etag).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(file.name(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
                        + " sandbox")
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .body(new InputStreamResource(bytes));
    }
}
