package com.communitysuite.user.feedback;

import java.util.List;

import com.communitysuite.platform.domain.InvalidInputException;

/** The original's limits on app feedback and reports, and the labels a report's reason is stored as. */
final class FeedbackRules {

    static final int CONTENT_MAX = 500;
    static final int IMAGES_MAX = 3;
    static final List<String> REASON_LABELS = List.of("涉嫌违法违规", "色情淫秽", "暴力血腥", "广告营销");
    static final int OTHER_REASON = 5;

    private FeedbackRules() {
    }

    static int originFeedbackType(Integer type) {
        if (type == null || type < 0 || type > 1) {
            throw new InvalidInputException("originFeedbackType", "反馈来源类型不正确");
        }
        return type;
    }

    static int feedbackType(Integer type) {
        if (type == null || type != 0) {
            throw new InvalidInputException("feedbackType", "反馈类型不正确");
        }
        return type;
    }

    static String originId(String field, String originId) {
        if (originId == null || originId.isBlank()) {
            throw new InvalidInputException(field, "来源ID不能为空");
        }
        if (originId.length() > 64) {
            throw new InvalidInputException(field, "来源ID不正确");
        }
        return originId.trim();
    }

    static String content(String field, String content, String emptyText, String tooLongText) {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException(field, emptyText);
        }
        if (content.codePointCount(0, content.length()) > CONTENT_MAX) {
            throw new InvalidInputException(field, tooLongText);
        }
        return content;
    }

    static List<String> images(List<String> images) {
        if (images == null) {
            return List.of();
        }
        if (images.size() > IMAGES_MAX) {
            throw new InvalidInputException("feedbackImageList", "至多添加三张图片");
        }
        if (images.stream().anyMatch(i -> i == null || i.isBlank() || i.length() > 500)) {
            throw new InvalidInputException("feedbackImageList", "图片地址不正确");
        }
        return images;
    }

    static int originReportType(Integer type) {
        if (type == null || type < 1 || type > 2) {
            throw new InvalidInputException("originReportType", "投诉来源类型不正确");
        }
        return type;
    }

    static int reportReasonType(Integer type) {
        if (type == null || type < 1 || type > OTHER_REASON) {
            throw new InvalidInputException("reportReasonType", "投诉原因类别不正确");
        }
        return type;
    }

    /** As the original stored it: the user's words only for "other", the label otherwise. */
    static String storedReason(int reasonType, String reason) {
        return reasonType == OTHER_REASON ? reason : REASON_LABELS.get(reasonType - 1);
    }
}
