package com.communitysuite.user.appversion;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.app.ClientType;
import com.communitysuite.platform.web.mvc.AppApi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** App section "App" 1: the newest version for the caller's client type. No login and no sign. */
@AppApi
class AppVersionController {

    static final String UP_TO_DATE = "当前已经是最新版本";
    private static final String VERSION_CODE = "Version-Code";

    private final AppVersionService versions;

    AppVersionController(AppVersionService versions) {
        this.versions = versions;
    }

    @GetMapping("/app/version/upgrade")
    @ApiResponse(responseCode = "200", description = "the offer, or status 0 when up to date",
            content = @Content(schema = @Schema(implementation = UpgradeAnswer.class)))
    AppResponse<?> upgrade(@RequestHeader(name = ClientType.HEADER, required = false) String clientType,
            @RequestHeader(name = VERSION_CODE, required = false) String versionCode) {
        ClientType client = ClientType.fromHeader(clientType);
        return versions.upgradeFor(client, parseVersionCode(versionCode))
                .<AppResponse<?>>map(offer -> AppResponse.ok(VersionView.of(offer)))
                .orElseGet(() -> AppResponse.failure(0, UP_TO_DATE));
    }

    private static int parseVersionCode(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        int code;
        try {
            code = Integer.parseInt(header.trim());
        }
        catch (NumberFormatException e) {
            code = -1;
        }
        if (code >= 0) {
            return code;
        }
        throw ApiProblem.badRequest(VERSION_CODE, "must be a whole number of at least 0");
    }

    /** What the answer carries, for the document only: an offer, or (status 0) the up-to-date message. */
    record UpgradeAnswer(@Schema(description = "the offer; absent when up to date") VersionView result,
            String message, int status, @Schema(description = "0 when up to date") Integer errorCode) {
    }

    /** The document's result shape. */
    record VersionView(int clientType, long createTime, String downloadUrl, int forcedUpgrade, int versionCode,
            String versionDesc, String versionId, String versionName) {

        static VersionView of(UpgradeOffer offer) {
            AppVersion v = offer.version();
            return new VersionView(v.clientType(), v.createdAt().toEpochMilli(), v.downloadUrl(),
                    offer.forced() ? 1 : 0, v.versionCode(), v.versionDesc(), v.versionId(), v.versionName());
        }
    }
}
