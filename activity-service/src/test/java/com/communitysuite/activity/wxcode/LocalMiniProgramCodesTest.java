package com.communitysuite.activity.wxcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.communitysuite.platform.test.MutableClock;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class LocalMiniProgramCodesTest {

    @Test
    void theLocalCodeIsAPngQrCodeOfThePageAndScene() throws Exception {
        MiniProgramCodes.MiniProgramCode code = new LocalMiniProgramCodes().unlimited("21", "package-events/x");

        assertThat(code.contentType()).isEqualTo("image/png");
        assertThat(code.extension()).isEqualTo("png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(code.image()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(text).isEqualTo("package-events/x?scene=21");
    }

    @Test
    void theLocalStandInIsRefusedUnderTheProdProfile() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> new MiniProgramCodeConfiguration().miniProgramCodes(
                new MiniProgramCodeProperties("local", null, null, null, null), prod, new MutableClock()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
        assertThat(new MiniProgramCodeConfiguration().miniProgramCodes(
                new MiniProgramCodeProperties("local", null, null, null, null), new MockEnvironment(),
                new MutableClock())).isInstanceOf(LocalMiniProgramCodes.class);
    }
}
