package pe.integrity.register.entity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Draws a heat map as a PNG with Java2D: one coloured cell per matrix cell with its count, row labels on the
 * left, column labels below. The font comes from the templates (no system fonts needed on a server).
 */
@Component
public class HeatMapPainter {

    static final String FONT = "register-templates/fonts/DejaVuSansCondensed.ttf";
    private static final int SCALE = 2;
    private static final int LABEL_WIDTH = 150;
    private static final int CELL_WIDTH = 104;
    private static final int CELL_HEIGHT = 54;
    private static final int AXIS_HEIGHT = 44;

    private final Font base;

    HeatMapPainter() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the templates: " + FONT);
            }
            base = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + FONT, e);
        }
    }

    byte[] paint(List<String> columns, List<RegisterData.MapRow> rows, String rowAxis, String columnAxis) {
        int width = LABEL_WIDTH + columns.size() * CELL_WIDTH + 8;
        int height = rows.size() * CELL_HEIGHT + AXIS_HEIGHT + 26;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            for (int r = 0; r < rows.size(); r++) {
                RegisterData.MapRow row = rows.get(r);
                int y = r * CELL_HEIGHT;
                g.setColor(Color.BLACK);
                g.setFont(base.deriveFont(Font.PLAIN, 12f));
                drawRight(g, row.label(), LABEL_WIDTH - 8, y + CELL_HEIGHT / 2 + 4);
                for (int c = 0; c < row.cells().size(); c++) {
                    cell(g, row.cells().get(c), LABEL_WIDTH + c * CELL_WIDTH, y);
                }
            }
            int axisY = rows.size() * CELL_HEIGHT;
            g.setColor(Color.BLACK);
            g.setFont(base.deriveFont(Font.PLAIN, 12f));
            for (int c = 0; c < columns.size(); c++) {
                drawCentred(g, columns.get(c), LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2, axisY + 16);
            }
            g.setFont(base.deriveFont(Font.BOLD, 12f));
            drawCentred(g, columnAxis + " →", LABEL_WIDTH + columns.size() * CELL_WIDTH / 2, axisY + 36);
            drawRight(g, "↑ " + rowAxis, LABEL_WIDTH - 8, axisY + 36);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void cell(Graphics2D g, RegisterData.MapCell cell, int x, int y) {
        g.setColor(colour(cell.colour()));
        g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.drawRect(x, y, CELL_WIDTH, CELL_HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(base.deriveFont(Font.BOLD, cell.count() > 0 ? 20f : 14f));
        drawCentred(g, String.valueOf(cell.count()), x + CELL_WIDTH / 2, y + 26);
        g.setFont(base.deriveFont(Font.PLAIN, 10f));
        String caption = cell.score() == null ? cell.level() : cell.level() + " · " + cell.score();
        drawCentred(g, caption, x + CELL_WIDTH / 2, y + CELL_HEIGHT - 9);
    }

    private static Color colour(String hex) {
        try {
            return Color.decode(hex);
        } catch (RuntimeException e) {
            return Color.LIGHT_GRAY; // a scheme without a usable colour still gets a readable map
        }
    }

    private static void drawCentred(Graphics2D g, String text, int centreX, int baseline) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, centreX - m.stringWidth(text) / 2, baseline);
    }

    private static void drawRight(Graphics2D g, String text, int rightX, int baseline) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, Math.max(2, rightX - m.stringWidth(text)), baseline);
    }
}
