package com.communitysuite.account.wechat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's API as it speaks: HTTP 200 even for errors, the outcome in {@code errcode}, and a JSON body that may come
 * as {@code text/plain}. Answers the reply of a call that WeChat confirmed; refusals and an unreachable WeChat are
 * {@link WeChatLoginException}s.
 */
final class WeChatApi {

    private static final Log log = LogFactory.getLog(WeChatApi.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    WeChatApi(String baseUrl, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /**
     * @param what     the call, for logs (never its parameters: they hold the app secret)
     * @param required a field a confirmed reply has (an {@code openid})
     */
    JsonNode get(String what, Function<UriBuilder, URI> uri, String required) {
        String body;
        try {
            body = http.get().uri(uri).retrieve().body(String.class);
        }
        catch (RestClientException e) {
            log.warn("WeChat " + what + " unreachable: " + e.getClass().getSimpleName());
            throw new WeChatLoginException(HttpStatus.SERVICE_UNAVAILABLE, "WeChat unreachable");
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(body == null ? "" : body);
        }
        catch (JacksonException e) {
            throw new WeChatLoginException(HttpStatus.BAD_GATEWAY, "WeChat answered something that is not JSON");
        }
        int errcode = reply.path("errcode").asInt(0);
        if (errcode != 0 || reply.path(required).asString("").isBlank()) {
            log.info("WeChat refused a code at " + what + ": errcode " + errcode);
            throw WeChatLoginException.forErrcode(errcode == 0 ? 40029 : errcode, reply.path("errmsg").asString(""));
        }
        return reply;
    }
}
