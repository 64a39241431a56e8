package com.communitysuite.activity.activity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The mp document's answer to a change: {@code {"code": 200, "msg": "...", "access": ""}}. The original handed out
 * a new access token with every change (and so ended the previous one); this suite's tokens are not rotated per
 * request and this service holds none, so {@code access} is the document's empty string: keep the token you have.
 */
public final class MpAnswers {

    private MpAnswers() {
    }

    public static Done done(String msg) {
        return new Done(200, msg, "");
    }

    /** A change's answer. */
    public record Done(int code, String msg, String access) {

        /** The same answer with another body code (the document's 204 for a take-down). */
        public Done withCode(int code) {
            return new Done(code, msg, access);
        }
    }

    /** A creation's answer, with the new activity's id. */
    public record Created(int code, String msg, String access, long id) {

        public static Created of(String msg, long id) {
            return new Created(200, msg, "", id);
        }
    }

    /** A collection's answer, with the caller's new collection id. */
    public record Collected(int code, String msg, String access, @JsonProperty("collection_id") long collectionId) {

        public static Collected of(String msg, long collectionId) {
            return new Collected(200, msg, "", collectionId);
        }
    }
}
