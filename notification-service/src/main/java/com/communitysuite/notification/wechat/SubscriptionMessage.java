package com.communitysuite.notification.wechat;

import java.util.Map;

/**
 * A mini-program subscription message for one user.
 *
 * @param template which of the configured templates ({@code meeting-reminder}, {@code meeting-cancelled})
 * @param page     the mini-program page it opens
 * @param data     the template's keywords and their values
 */
public record SubscriptionMessage(String openid, long accountId, String template, String page,
        Map<String, String> data) {
}
