package com.communitysuite.user.upload;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.mvc.AppApi;

/** App section "Aliyun" 1: an image upload credential. */
@AppApi
class AppUploadController {

    private final ImageUploadService uploads;

    AppUploadController(ImageUploadService uploads) {
        this.uploads = uploads;
    }

    record UploadRequest(String imageDir) {
    }

    @PostMapping("/aliyun/image/upload")
    @PreAuthorize("@access.account()")
    AppResponse<ImageUploadService.ImageUploadCredential> upload(SuiteIdentity caller,
            @RequestBody UploadRequest request) {
        return AppResponse.ok(uploads.credential(caller, request.imageDir()));
    }
}
