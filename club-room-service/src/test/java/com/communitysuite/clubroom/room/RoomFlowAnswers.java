package com.communitysuite.clubroom.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** The app envelope's two answers as flows check them. */
public final class RoomFlowAnswers {

    private RoomFlowAnswers() {
    }

    public static JsonNode result(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).as(answer.body()).isEqualTo(1);
        return answer.json().get("result");
    }

    public static void assertFailure(Answer answer, int errorCode, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).as(answer.body()).isZero();
        assertThat(answer.json().get("errorCode").asInt()).as(answer.body()).isEqualTo(errorCode);
        assertThat(answer.json().get("message").asString()).as(answer.body()).isEqualTo(message);
    }
}
