package com.communitysuite.user.upload;

import java.util.Arrays;

import com.communitysuite.platform.domain.InvalidInputException;

/** Where an app image goes: avatar, cover, room or feedback (the original's ImageDirType). */
enum ImageDir {
    AVATAR("avatar"), COVER("cover"), ROOM("room"), FEEDBACK("feedback");

    private final String path;

    ImageDir(String path) {
        this.path = path;
    }

    static ImageDir of(String value) {
        return Arrays.stream(values()).filter(d -> d.path.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("imageDir", "imageDir类型不存在"));
    }

    String path() {
        return path;
    }
}
