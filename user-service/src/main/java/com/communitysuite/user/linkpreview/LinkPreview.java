package com.communitysuite.user.linkpreview;

/** What the app shows of a link; every field empty when there is nothing to show. */
public record LinkPreview(String title, String description, String image, String url) {

    public static final LinkPreview EMPTY = new LinkPreview("", "", "", "");

    public boolean worthKeeping() {
        return !title.isBlank() && !url.isBlank();
    }
}
