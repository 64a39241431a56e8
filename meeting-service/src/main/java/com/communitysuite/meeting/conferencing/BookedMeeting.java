package com.communitysuite.meeting.conferencing;

/**
 * A meeting as a platform booked it.
 *
 * @param mid     the number people join with (Tencent's meeting code, Zoom's meeting id, WeLink's conference id)
 * @param mmid    the platform's own id for later calls when it differs (Tencent's meeting_id), else null
 * @param joinUrl the participants' link
 */
public record BookedMeeting(String mid, String mmid, String joinUrl) {
}
