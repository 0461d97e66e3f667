package io.autocrm.app.demo;

import io.autocrm.access.Caller;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.platform.files.Attachments;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The demo's files: screenshots drawn on the spot (shapes only, so no font is needed on the machine) and text files,
 * uploaded as whoever sends the message that carries them.
 */
final class DemoFiles {

    private final Attachments attachments;

    DemoFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    AttachmentId upload(Caller sender, String name, byte[] bytes) {
        return attachments.upload(sender.actor().toString(), name, new ByteArrayInputStream(bytes)).id();
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A screenshot of an application window with a red error banner; {@code seed} varies its content. */
    static byte[] errorScreenshot(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xE5E7EB));
            g.fillRect(0, 0, 640, 400);
            g.setColor(Color.WHITE);
            g.fillRoundRect(40, 30, 560, 340, 16, 16);
            g.setColor(new Color(0x334155));
            g.fillRoundRect(40, 30, 560, 36, 16, 16);
            g.fillRect(40, 50, 560, 16);
            for (int i = 0; i < 3; i++) {
                g.setColor(new Color(new int[] {0xF87171, 0xFBBF24, 0x34D399}[i]));
                g.fillOval(56 + i * 22, 42, 12, 12);
            }
            g.setColor(new Color(0xFEE2E2));
            g.fillRoundRect(70, 90, 500, 64, 10, 10);
            g.setColor(new Color(0xDC2626));
            g.fillOval(88, 106, 32, 32);
            g.setColor(Color.WHITE);
            g.fillRect(101, 112, 6, 14);
            g.fillRect(101, 129, 6, 5);
            g.setColor(new Color(0x991B1B));
            g.fillRoundRect(136, 108, 260, 10, 5, 5);
            g.fillRoundRect(136, 126, 180 + random.nextInt(120), 8, 4, 4);
            g.setColor(new Color(0xCBD5E1));
            for (int line = 0; line < 7; line++) {
                g.fillRoundRect(70, 180 + line * 22, 200 + random.nextInt(300), 9, 4, 4);
            }
            g.setColor(new Color(0x2563EB));
            g.fillRoundRect(450, 320, 120, 32, 8, 8);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
