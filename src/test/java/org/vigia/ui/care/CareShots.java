package org.vigia.ui.care;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A PNG of a pane's window, for a person to look at (-Dvigia.shot=/path/shot.png). */
final class CareShots {
    private CareShots() {
    }

    static void shot(FxRobot robot, String query, String path) throws Exception {
        javafx.scene.image.Image img = WaitForAsyncUtils.asyncFx(() ->
                robot.lookup(query).query().getScene().snapshot(null)).get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", new java.io.File(path));
    }
}
