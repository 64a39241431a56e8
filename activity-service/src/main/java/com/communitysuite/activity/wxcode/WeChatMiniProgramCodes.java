package com.communitysuite.activity.wxcode;

import java.time.Clock;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.communitysuite.platform.wechat.WeChatAccessTokens;
import com.communitysuite.platform.wechat.WeChatTokenException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's {@code wxa/getwxacodeunlimit} with the mini-program's access token ({@link WeChatAccessTokens}, from
 * {@code cgi-bin/stable_token}, shared with other replicas), asked for anew once when WeChat says it is invalid or
 * expired. WeChat answers the image itself, or HTTP 200 with a JSON error (often labelled {@code text/plain}).
 */
public class WeChatMiniProgramCodes implements MiniProgramCodes {

    private static final Log log = LogFactory.getLog(WeChatMiniProgramCodes.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final WeChatAccessTokens tokens;

    public WeChatMiniProgramCodes(MiniProgramCodeProperties properties, Clock clock) {
        this.tokens = new WeChatAccessTokens(properties.baseUrl(), properties.appId(), properties.secret(),
                properties.timeout(), clock);
        this.http = WeChatAccessTokens.client(properties.baseUrl(), properties.timeout());
    }

    @Override
    public MiniProgramCode unlimited(String scene, String page) {
        String used = accessToken();
        try {
            return request(used, scene, page);
        }
        catch (TokenRefused refused) {
            return request(accessToken(), scene, page);
        }
    }

    private MiniProgramCode request(String accessToken, String scene, String page) {
        ResponseEntity<byte[]> answer;
        try {
            answer = http.post().uri(uri -> uri.path("/wxa/getwxacodeunlimit")
                    .queryParam("access_token", accessToken).build())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("scene", scene, "page", page))
                    .retrieve()
                    .toEntity(byte[].class);
        }
        catch (RestClientException e) {
            log.warn("WeChat getwxacodeunlimit unreachable: " + e.getClass().getSimpleName());
            throw new MiniProgramCodeException("WeChat unreachable");
        }
        MediaType type = answer.getHeaders().getContentType();
        byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
        if (type != null && "image".equals(type.getType()) && body.length > 0) {
            return new MiniProgramCode(body, type.getType() + "/" + type.getSubtype());
        }
        JsonNode error = json(body);
        int errcode = error.path("errcode").asInt(-1);
        if (tokens.refused(accessToken, errcode)) {
            throw new TokenRefused();
        }
        log.warn("WeChat refused a mini-program code: errcode " + errcode);
        throw new MiniProgramCodeException("WeChat refused the code: errcode " + errcode);
    }

    private String accessToken() {
        try {
            return tokens.current();
        }
        catch (WeChatTokenException e) {
            throw new MiniProgramCodeException(e.getMessage());
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        }
        catch (JacksonException e) {
            throw new MiniProgramCodeException("WeChat answered something that is neither an image nor JSON");
        }
    }

    private static final class TokenRefused extends RuntimeException {

        TokenRefused() {
            super(null, null, false, false);
        }
    }
}
