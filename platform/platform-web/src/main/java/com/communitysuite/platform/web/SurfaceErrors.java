package com.communitysuite.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.communitysuite.platform.web.app.AppResponse;

/**
 * Error bodies in each surface's dialect, for errors made by a service's advice and by the gateway alike.
 * The texts are the documents' own (app's HTTP error table, DRF's English texts for mp, DRF's zh-hans texts for
 * campus) so a client that shows {@code message}/{@code detail} shows what it always did.
 */
public final class SurfaceErrors {

    private SurfaceErrors() {
    }

    /** The surface's standard text for an HTTP status, used when nothing more specific is known. */
    public static String defaultMessage(Surface surface, HttpStatus status) {
        return switch (surface) {
            case APP -> appMessage(status);
            case MP -> mpMessage(status);
            case CAMPUS -> campusMessage(status);
            case WX, CODES -> status.getReasonPhrase();
        };
    }

    public static Map<String, Object> body(Surface surface, HttpStatus status, String message) {
        return body(surface, status, message, null, new FieldErrors());
    }

    /**
     * @param message a text for people; null for the surface's default text for the status
     * @param code    the surface's business code, if the failure has one
     */
    public static Map<String, Object> body(Surface surface, HttpStatus status, String message, String code,
            FieldErrors fieldErrors) {
        String text = message == null || message.isBlank() ? defaultMessage(surface, status) : message;
        Map<String, Object> body = new LinkedHashMap<>();
        switch (surface) {
            case APP -> {
                int errorCode = parseIntOr(code, AppResponse.DEFAULT_ERROR_CODE);
                String appText = status.is2xxSuccessful() ? text : appMessage(status);
                body.putAll(AppResponse.failure(errorCode, appText).asMap());
                if (!status.is2xxSuccessful() && !text.equals(appText)) {
                    body.put("detail", text);
                }
                putFieldErrors(body, "errors", fieldErrors);
            }
            case MP -> {
                // DRF serializers answered field errors at the top level; the views' own errors had "detail".
                body.put("detail", status == HttpStatus.BAD_REQUEST && !fieldErrors.isEmpty() ? mpMessage(status) : text);
                fieldErrors.asMap().forEach((field, messages) -> {
                    if (!field.equals("detail")) {
                        body.put(field, messages);
                    }
                });
            }
            case CAMPUS -> {
                if (fieldErrors.isEmpty()) {
                    body.put("detail", text);
                } else {
                    body.putAll(fieldErrors.asMap());
                }
            }
            case WX -> {
                body.put("code", parseIntOr(code, 1));
                body.put("msg", fieldErrors.isEmpty() ? text : fieldErrors.firstAsText());
                body.put("data", null);
            }
            case CODES -> {
                body.put("code", code != null ? code : Integer.toString(status.value()));
                Map<String, Object> contents = new LinkedHashMap<>();
                contents.put("detail", text);
                putFieldErrors(contents, "errors", fieldErrors);
                body.put("contents", contents);
            }
        }
        return body;
    }

    private static void putFieldErrors(Map<String, Object> body, String key, FieldErrors fieldErrors) {
        if (!fieldErrors.isEmpty()) {
            Map<String, List<String>> errors = fieldErrors.asMap();
            body.put(key, errors);
        }
    }

    private static int parseIntOr(String code, int fallback) {
        if (code == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(code);
        }
        catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String appMessage(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Params Not Valid";
            case UNAUTHORIZED -> "Authorized Failed";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not Found";
            case METHOD_NOT_ALLOWED -> "Method Not Allowed";
            case SERVICE_UNAVAILABLE -> "Service Unavailable";
            case GATEWAY_TIMEOUT -> "Gateway Timeout";
            case INTERNAL_SERVER_ERROR -> "Internal Server Error";
            default -> status.getReasonPhrase();
        };
    }

    private static String mpMessage(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "参数无效";
            case UNAUTHORIZED -> "Authentication credentials were not provided.";
            case FORBIDDEN -> "You do not have permission to perform this action.";
            case NOT_FOUND -> "Not found.";
            case METHOD_NOT_ALLOWED -> "Method not allowed.";
            case PAYLOAD_TOO_LARGE -> "Request entity too large.";
            case TOO_MANY_REQUESTS -> "Request was throttled.";
            case INTERNAL_SERVER_ERROR -> "内部错误，请稍后重试";
            default -> status.getReasonPhrase();
        };
    }

    private static String campusMessage(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求参数无效。";
            case UNAUTHORIZED -> "缺少token。";
            case FORBIDDEN -> "您没有执行该操作的权限。";
            case NOT_FOUND -> "未找到。";
            case METHOD_NOT_ALLOWED -> "方法不被允许。";
            case PAYLOAD_TOO_LARGE -> "请求体过大。";
            case TOO_MANY_REQUESTS -> "请求超过了限速。";
            case INTERNAL_SERVER_ERROR -> "服务器内部错误。";
            case SERVICE_UNAVAILABLE -> "服务暂不可用。";
            case GATEWAY_TIMEOUT -> "服务响应超时。";
            default -> status.getReasonPhrase();
        };
    }
}
