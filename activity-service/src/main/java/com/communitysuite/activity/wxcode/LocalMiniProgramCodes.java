package com.communitysuite.activity.wxcode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * The local suite's stand-in for WeChat's mini-program codes: a plain QR code of {@code page?scene=...} drawn with
 * ZXing, as a PNG. A phone's WeChat will not open the mini-program with it; it shows where the real code goes.
 */
public class LocalMiniProgramCodes implements MiniProgramCodes {

    private static final int SIZE = 430;

    @Override
    public MiniProgramCode unlimited(String scene, String page) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(page + "?scene=" + scene, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        }
        catch (WriterException e) {
            throw new MiniProgramCodeException("QR code not drawn: " + e.getMessage());
        }
        // ZXing's image writer lives in its javase module; drawing the matrix takes these few lines.
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MiniProgramCode(png.toByteArray(), "image/png");
    }
}
