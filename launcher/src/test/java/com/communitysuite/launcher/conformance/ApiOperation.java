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

    /**
     * The path a client calls through the gateway: without a request code's {@code #code}; wx paths, which the
     * documents list without their {@code /api/v3} prefix, with it (but {@code /activitys_for_wx/...}, served bare).
     */
    public String gatewayPath() {
        String bare = path.replaceFirst("#.*$", "");
        return surface.equals("wx") && !bare.startsWith("/activitys_for_wx/") ? "/api/v3" + bare : bare;
    }
}
