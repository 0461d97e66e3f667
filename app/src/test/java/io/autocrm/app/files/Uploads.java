package io.autocrm.app.files;

import io.autocrm.app.support.Api;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Multipart requests as browsers send them, and sample files whose type only their bytes tell. */
public final class Uploads {

    /** A valid 1×1 PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    /** The start of a Windows executable ("MZ" and a PE header), enough for content sniffing. */
    public static final byte[] EXE;

    static {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        EXE = exe;
    }

    private Uploads() {
    }

    /** Uploads one file; answers the response (201 with the pending upload, or a problem). */
    public static Api.Response upload(Api api, String name, byte[] content) {
        return send(api, "/api/v1/uploads", new Part("file", name, "application/octet-stream", content));
    }

    public record Part(String name, String filename, String contentType, byte[] content) {
    }

    /** A multipart/form-data POST of the parts. */
    public static Api.Response send(Api api, String path, Part... parts) {
        String boundary = "autocrm-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + "\r\nContent-Type: "
                    + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }
}
