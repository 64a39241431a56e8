package com.communitysuite.launcher.conformance;

/**
 * One operation of an API document: its surface, method and path as the gateway serves it (with the surface's
 * prefix; path variables as {@code {name}}), and the document's title for it. The request-code protocol's operations
 * are its request codes ({@code POST /activity/create#10301}).
 */
public record ApiOperation(String surface, String method, String path, String title) {

    /** How tests name it in {@link Covers}: {@code "app POST /club"}, {@code "codes POST /activity/join#10305"}. */
    public String key() {
        return surface + " " + method + " " + path;
    }
}
