package com.communitysuite.user.linkpreview;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.mvc.AppApi;

import tools.jackson.databind.JsonNode;

/**
 * App section "App" 4: the preview of a link by its MD5. The document says POST, the original served GET; both are
 * served, the link as parameter {@code link} (query, or a field of the JSON body).
 */
@AppApi
class AppLinkPreviewController {

    private final LinkPreviewService previews;

    AppLinkPreviewController(LinkPreviewService previews) {
        this.previews = previews;
    }

    @RequestMapping(path = "/app/link/preview/{linkMd5}", method = { RequestMethod.GET, RequestMethod.POST })
    @PreAuthorize("@access.account()")
    AppResponse<LinkPreview> preview(@PathVariable String linkMd5, @RequestParam(required = false) String link,
            @RequestBody(required = false) JsonNode body) {
        String sent = link;
        if (sent == null && body != null && body.get("link") != null && body.get("link").isString()) {
            sent = body.get("link").asString();
        }
        return AppResponse.ok(previews.preview(linkMd5, sent));
    }
}
