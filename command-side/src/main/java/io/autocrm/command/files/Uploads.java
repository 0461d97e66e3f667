package io.autocrm.command.files;

import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.files.Attachments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Stores the files of a request as pending uploads of its caller. */
@Component
public class Uploads {

    private final Attachments attachments;
    private final CurrentCaller caller;

    Uploads(Attachments attachments, CurrentCaller caller) {
        this.attachments = attachments;
        this.caller = caller;
    }

    /**
     * Stores one file.
     *
     * @throws DomainException PAYLOAD_TOO_LARGE over the per-file limit, VALIDATION_FAILED for a missing part
     */
    public Upload store(MultipartFile file) {
        if (file == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Send the file as the multipart part 'file'.");
        }
        try (InputStream in = file.getInputStream()) {
            return Upload.of(attachments.upload(caller.caller().actor().toString(),
                    file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores every file (none: none); answers their upload ids in order. */
    public List<String> storeAll(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        if (files.size() > attachments.limits().maxFilesPerMessage()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A message carries at most "
                    + attachments.limits().maxFilesPerMessage() + " files; this one has " + files.size() + ".");
        }
        return files.stream().map(file -> store(file).id()).toList();
    }
}
