package com.communitysuite.platform.web;

/**
 * The five public API surfaces. Each has its own envelope and error dialect; a request's surface is decided by its
 * path, the same way in the gateway and in the services, because the services serve the gateway's paths unchanged.
 */
public enum Surface {
    APP, MP, CAMPUS, WX, CODES;

    public static Surface fromPath(String path) {
        if (path == null || path.isEmpty()) {
            return APP;
        }
        if (path.equals("/mp") || path.startsWith("/mp/")) {
            return MP;
        }
        if (path.equals("/campus") || path.startsWith("/campus/")) {
            return CAMPUS;
        }
        if (path.startsWith("/api/v3/") || path.startsWith("/activitys_for_wx/")) {
            return WX;
        }
        if (path.startsWith("/activity/create") || path.startsWith("/activity/join")) {
            return CODES;
        }
        return APP;
    }
}
