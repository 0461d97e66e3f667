package io.autocrm.platform.files;

import io.autocrm.events.common.AttachmentId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Download links that carry their own permission: {@code /api/v1/files/{id}/{name}?expires=…&signature=…}, the
 * signature an HMAC-SHA256 of the id and the expiry under a key every node shares ({@code files.link_key}). Whoever
 * may read a message gets links to its files; a link works for anyone who has it until it expires, between one and two
 * {@code autocrm.files.link-ttl} (expiries are rounded up to the next period, so a ticket read twice in a row shows the
 * same links and the browser's cache keeps the images).
 */
@Component
public class SignedLinks {

    static final String PATH = "/api/v1/files/";
    private final JdbcClient jdbc;
    private final long ttlSeconds;
    private final Clock clock;
    private volatile SecretKeySpec key;

    @org.springframework.beans.factory.annotation.Autowired
    SignedLinks(JdbcClient jdbc, FileProperties properties) {
        this(jdbc, properties.linkTtl(), Clock.systemUTC());
    }

    /** Links valid for one to two {@code ttl} (at least a minute). */
    public SignedLinks(JdbcClient jdbc, java.time.Duration ttl, Clock clock) {
        this.jdbc = jdbc;
        this.ttlSeconds = Math.max(60, ttl.toSeconds());
        this.clock = clock;
    }

    /** A link to the file, valid for one to two link periods. */
    public String link(AttachmentId id, String name) {
        long now = clock.instant().getEpochSecond();
        long expires = (now / ttlSeconds + 2) * ttlSeconds;
        return PATH + id + "/" + pathName(name) + "?expires=" + expires + "&signature=" + sign(id, expires);
    }

    /**
     * The name as the link's last path segment, for people and for "Save as": letters, digits, dots, dashes and
     * underscores, anything else as "_" (a percent sign or semicolon, even encoded, is refused by the firewall in
     * front of every path). The download's Content-Disposition carries the real name.
     */
    static String pathName(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return URLEncoder.encode(safe.isBlank() ? "file" : safe, StandardCharsets.UTF_8);
    }

    /** Whether the signature is this id's and expiry's and the expiry has not passed. */
    boolean valid(AttachmentId id, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(sign(id, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** Seconds until the expiry. */
    long remaining(long expires) {
        return Math.max(0, expires - clock.instant().getEpochSecond());
    }

    private String sign(AttachmentId id, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal((id + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("INSERT INTO files.link_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                    .param(fresh).update();
            byte[] secret = jdbc.sql("SELECT secret FROM files.link_key WHERE id = 1").query(byte[].class).single();
            known = new SecretKeySpec(secret, "HmacSHA256");
            key = known;
        }
        return known;
    }
}
