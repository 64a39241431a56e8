package com.communitysuite.user.upload;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;

import com.communitysuite.platform.storage.LocalObjectStore;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.mvc.AppApi;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The HTTP side of the local object store (the {@code local} provider only), reached through the gateway under
 * {@code /aliyun/local-store/}: it takes exactly the presigned PUTs the store made (signature, expiry, size limit
 * and content type checked) and serves the stored files at their public URLs, to anyone, as a bucket would.
 */
@AppApi
@ConditionalOnProperty(prefix = "suite.storage", name = "provider", havingValue = "local")
class LocalStoreController {

    private final LocalObjectStore store;

    LocalStoreController(LocalObjectStore store) {
        this.store = store;
    }

    @PutMapping(LocalObjectStore.GATEWAY_PATH + "/**")
    ResponseEntity<Void> upload(HttpServletRequest request) throws IOException {
        String key = keyOf(request);
        Map<String, String> query = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, values.length == 0 ? null : values[0]));
        LocalObjectStore.Verdict verdict = store.verifyUpload(key, query, request.getContentType(),
                request.getContentLengthLong());
        switch (verdict) {
            case ACCEPTED -> {
            }
            case TOO_LARGE -> throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大", null, null);
            case EXPIRED -> throw ApiProblem.forbidden("上传地址已过期");
            case WRONG_CONTENT_TYPE -> throw ApiProblem.forbidden("Content-Type与上传地址不符");
            case BAD_SIGNATURE -> throw ApiProblem.forbidden("上传地址签名不正确");
        }
        if (!store.store(key, request.getInputStream(), LocalObjectStore.maxBytesOf(query))) {
            throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大", null, null);
        }
        return ResponseEntity.ok().build();
    }

    @GetMapping(LocalObjectStore.GATEWAY_PATH + "/**")
    ResponseEntity<FileSystemResource> download(HttpServletRequest request) {
        return store.read(keyOf(request))
                .map(stored -> ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePublic())
                        .body(new FileSystemResource(stored.file())))
                .orElseThrow(() -> ApiProblem.notFound("Not Found"));
    }

    private static String keyOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.substring(Math.min(path.length(), LocalObjectStore.GATEWAY_PATH.length() + 1));
    }
}
