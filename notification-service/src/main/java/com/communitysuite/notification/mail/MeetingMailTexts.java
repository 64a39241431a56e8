package com.communitysuite.notification.mail;

import java.util.Locale;

/**
 * The texts of meeting e-mails, after the original's templates: a Chinese block, then an English one; the agenda
 * only when there is one, "(自动录制)"/"(auto recording)" when the meeting records to the cloud.
 */
final class MeetingMailTexts {

    private MeetingMailTexts() {
    }

    static String invitationSubject(MeetingDetails meeting) {
        return meeting.topic();
    }

    static String cancellationSubject(MeetingDetails meeting) {
        return "[Cancel] " + meeting.topic();
    }

    static String invitationBody(MeetingDetails meeting, String portalZh, String portalEn) {
        String sig = sigName(meeting.groupName());
        String platform = platformName(meeting.platform());
        String when = startTime(meeting);
        boolean agenda = present(meeting.agenda());
        StringBuilder text = new StringBuilder();
        text.append("您好！\n\n");
        text.append(sig).append(" 邀请您参加 ").append(when).append(" 召开的").append(platform).append("会议")
                .append(meeting.cloudRecording() ? "(自动录制)" : "").append("\n\n");
        text.append("会议主题：").append(meeting.topic()).append("\n\n");
        if (agenda) {
            text.append("会议内容：\n").append(meeting.agenda()).append("\n\n");
        }
        text.append("会议链接：").append(nullToEmpty(meeting.joinUrl())).append("\n\n");
        if (present(meeting.etherpad())) {
            text.append("会议纪要：").append(meeting.etherpad()).append("\n\n");
        }
        if (present(portalZh)) {
            text.append("更多资讯尽在：").append(portalZh).append("\n\n");
        }
        text.append("\n");
        text.append("Hello!\n\n");
        text.append(sig).append(" invites you to attend the ").append(platform).append(" conference")
                .append(meeting.cloudRecording() ? "(auto recording)" : "").append(" will be held at ").append(when)
                .append(",\n\n");
        text.append("The subject of the conference is ").append(meeting.topic()).append(",\n\n");
        if (agenda) {
            text.append("Summary:\n").append(meeting.agenda()).append("\n\n");
        }
        text.append("You can join the meeting at ").append(nullToEmpty(meeting.joinUrl())).append(".\n\n");
        if (present(meeting.etherpad())) {
            text.append("Add topics at ").append(meeting.etherpad()).append(".\n\n");
        }
        if (present(portalEn)) {
            text.append("More information: ").append(portalEn).append("\n");
        }
        return text.toString();
    }

    static String cancellationBody(MeetingDetails meeting) {
        String when = startTime(meeting);
        if (present(meeting.platform()) && present(meeting.groupName())) {
            return "Sorry! The " + platformName(meeting.platform()) + " meeting will be held at " + when
                    + " scheduled by " + sigName(meeting.groupName()) + " SIG has been cancelled.\n";
        }
        return "Sorry! The meeting \"" + meeting.topic() + "\" that was to be held at " + when
                + " has been cancelled.\n";
    }

    /** "YYYY-MM-DD HH:MM", the meeting's own date and time. */
    static String startTime(MeetingDetails meeting) {
        return meeting.date() + " " + meeting.start();
    }

    /** The original rendered the group "Tech" as the expert committee. */
    static String sigName(String groupName) {
        if (groupName == null) {
            return "";
        }
        return groupName.equals("Tech") ? "专家委员会" : groupName;
    }

    static String platformName(String platform) {
        if (platform == null) {
            return "";
        }
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case "tencent" -> "Tencent";
            case "welink" -> "WeLink";
            case "zoom" -> "Zoom";
            default -> platform;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
