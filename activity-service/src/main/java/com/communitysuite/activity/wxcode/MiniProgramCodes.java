package com.communitysuite.activity.wxcode;

/** Mini-program codes (the image a WeChat user scans to open a page of the mini-program). */
public interface MiniProgramCodes {

    /**
     * An unlimited code ({@code getwxacodeunlimit}) opening the page with the scene.
     *
     * @throws MiniProgramCodeException when none could be made
     */
    MiniProgramCode unlimited(String scene, String page);

    /** An image and its content type. */
    record MiniProgramCode(byte[] image, String contentType) {

        public String extension() {
            return contentType.contains("png") ? "png" : "jpeg";
        }
    }
}
