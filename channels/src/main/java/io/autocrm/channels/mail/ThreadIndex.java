package io.autocrm.channels.mail;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Outlook's {@code Thread-Index}: base64 of a 22-byte header block (a reserved byte, five bytes of the FILETIME of the
 * conversation's first mail, and the conversation's GUID), then 5 bytes per reply. Outlook keeps the header block in
 * every reply, also when it drops In-Reply-To and References, so the GUID finds the conversation's ticket.
 */
public final class ThreadIndex {

    private static final int HEADER_BLOCK = 22;
    private static final int GUID_OFFSET = 6;
    /** 100-ns intervals between 1601-01-01 (FILETIME's epoch) and 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET = 116_444_736_000_000_000L;

    private ThreadIndex() {
    }

    /** The Thread-Index of a conversation whose GUID is the ticket's id, started at {@code at}. */
    public static String of(UUID ticketId, Instant at) {
        long filetime = at.toEpochMilli() * 10_000 + FILETIME_EPOCH_OFFSET;
        ByteBuffer bytes = ByteBuffer.allocate(HEADER_BLOCK);
        bytes.put((byte) 1);
        for (int shift = 48; shift >= 16; shift -= 8) {
            bytes.put((byte) (filetime >>> shift));
        }
        bytes.putLong(ticketId.getMostSignificantBits()).putLong(ticketId.getLeastSignificantBits());
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The conversation GUID (hex) in a Thread-Index header; empty when it is not one. */
    public static Optional<String> conversationOf(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(header.strip());
            if (bytes.length < HEADER_BLOCK) {
                return Optional.empty();
            }
            return Optional.of(HexFormat.of().formatHex(bytes, GUID_OFFSET, HEADER_BLOCK));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The conversation GUID (hex) of a ticket's own Thread-Index. */
    public static String conversationOf(UUID ticketId) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(16).putLong(ticketId.getMostSignificantBits())
                .putLong(ticketId.getLeastSignificantBits()).array());
    }
}
