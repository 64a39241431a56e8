package com.communitysuite.notification.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.communitysuite.notification.support.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Aliyun Dysms {@code SendSms} (API version 2017-05-25) as a signed GET: the captcha goes in the template parameter
 * {@code code}. Success is only {@code Code == "OK"}; throttling and Aliyun's own failures are passing, anything
 * else ({@code isv.*}: the number, the template, the signature name, a business limit) is a refusal.
 */
public class AliyunDysmsGateway implements SmsGateway {

    private static final Log log = LogFactory.getLog(AliyunDysmsGateway.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> PASSING = Set.of("Throttling", "Throttling.User", "Throttling.Api",
            "ServiceUnavailable", "InternalError", "isp.SYSTEM_ERROR", "SignatureNonceUsed");

    private final RestClient http;
    private final SmsProperties.Aliyun settings;
    private final Clock clock;

    public AliyunDysmsGateway(SmsProperties.Aliyun settings, Clock clock) {
        if (blank(settings.accessKeyId()) || blank(settings.accessKeySecret()) || blank(settings.signName())
                || blank(settings.templateCode())) {
            throw new IllegalStateException("notification.sms.aliyun access-key-id, access-key-secret, sign-name"
                    + " and template-code are required");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SmsResult send(String to, String code, Map<String, Object> fields) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AccessKeyId", settings.accessKeyId());
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("PhoneNumbers", dysmsNumber(to));
        parameters.put("RegionId", settings.regionId());
        parameters.put("SignName", settings.signName());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", settings.templateCode());
        parameters.put("TemplateParam", Json.write(Map.of("code", code)));
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
        parameters.put("Version", "2017-05-25");
        String signature = DysmsSignature.sign("GET", parameters, settings.accessKeySecret());
        URI uri = URI.create(settings.baseUrl() + "/?Signature=" + DysmsSignature.percentEncode(signature) + "&"
                + DysmsSignature.canonicalQuery(parameters));
        String reply;
        try {
            reply = http.get().uri(uri).exchange((request, response) -> new String(
                    response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (RestClientException e) {
            log.warn("Aliyun Dysms unreachable: " + e.getClass().getSimpleName());
            return new TryAgain("Dysms unreachable: " + e.getClass().getSimpleName());
        }
        JsonNode answer;
        try {
            answer = Json.read(reply == null || reply.isBlank() ? "{}" : reply);
        }
        catch (JacksonException e) {
            return new TryAgain("Dysms answered something that is not JSON");
        }
        String resultCode = answer.path("Code").asString("");
        if ("OK".equals(resultCode)) {
            return new Sent(answer.path("BizId").asString(""));
        }
        String reason = "Dysms " + (resultCode.isEmpty() ? "no Code" : resultCode) + ": "
                + answer.path("Message").asString("");
        return PASSING.contains(resultCode) || resultCode.isEmpty() ? new TryAgain(reason) : new Refused(reason);
    }

    /** Dysms takes mainland numbers without +86, and others as the country code and number without +. */
    static String dysmsNumber(String to) {
        String digits = to.startsWith("+") ? to.substring(1) : to;
        return digits.startsWith("86") && digits.length() == 13 ? digits.substring(2) : digits;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
