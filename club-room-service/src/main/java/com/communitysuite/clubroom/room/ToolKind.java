package com.communitysuite.clubroom.room;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * What a speaker may show the room with {@code tool} (the original's actions): an icon (an emoji or icon name, for a
 * few seconds), an image or a link (until cleared); images and links may be pinned.
 */
public enum ToolKind {
    ICON("icon", 64), IMAGE("image", 500), LINK("link", 500);

    static final String BAD_INPUT = "参数错误";
    static final String TOO_LONG = "内容过长";
    static final String NOT_A_LINK = "链接格式不正确";

    private final String wireName;
    private final int maxLength;

    ToolKind(String wireName, int maxLength) {
        this.wireName = wireName;
        this.maxLength = maxLength;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ToolKind> named(String wireName) {
        for (ToolKind kind : values()) {
            if (kind.wireName.equals(wireName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the content, when it fits this kind: an icon is a short text without control characters; an image or
     *         a link is an absolute http(s) URL of at most 500 characters (the original cut links there; a cut link
     *         is a broken one, so it is refused instead)
     * @throws InvalidInputException ({@code toolData}) otherwise
     */
    public String check(String data) {
        if (data == null || data.isBlank()) {
            throw new InvalidInputException("toolData", BAD_INPUT);
        }
        if (data.length() > maxLength) {
            throw new InvalidInputException("toolData", TOO_LONG);
        }
        if (data.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("toolData", BAD_INPUT);
        }
        if (this != ICON && !isWebAddress(data)) {
            throw new InvalidInputException("toolData", NOT_A_LINK);
        }
        return data;
    }

    private static boolean isWebAddress(String data) {
        try {
            URI uri = new URI(data);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }
}
