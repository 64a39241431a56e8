package com.communitysuite.notification.inbox;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The inbox endpoints' shapes and bad input, with the inbox mocked. */
@SurfaceSliceTest(InboxController.class)
class InboxControllerSliceTest {

    static final String USER = TestIdentities.account(12, "6ce4443c8fcd4a2b8b407bda86ab4408", "app");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Inbox inbox;

    @Test
    void anEmptyFirstPageEchoesTheCountWithoutALastId() throws Exception {
        given(inbox.read(12L, null, 10)).willReturn(List.of());

        mvc.perform(get("/user/message").param("count", "10").header("Authorization", USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.message").value("Success"))
                .andExpect(jsonPath("$.result.page.count").value(10))
                .andExpect(jsonPath("$.result.page.lastId").doesNotExist())
                .andExpect(jsonPath("$.result.list").isEmpty());
    }

    @Test
    void theLastIdIsTheMessageToReadOnFrom() throws Exception {
        given(inbox.read(12L, 1617987103601000L, 5)).willReturn(List.of());

        mvc.perform(get("/user/message").param("count", "5").param("lastId", "1617987103601000")
                .header("Authorization", USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.page.lastId").value("1617987103601000"));
        verify(inbox).read(12L, 1617987103601000L, 5);
    }

    @Test
    void theUnreadTotalIsTheResult() throws Exception {
        given(inbox.unreadTotal(12L)).willReturn(5L);

        mvc.perform(get("/user/message/unread_total").header("Authorization", USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value(5))
                .andExpect(jsonPath("$.status").value(1));
    }

    @Test
    void aMissingOrOutOfRangeOrNonNumericCountIsAnApp400NamingIt() throws Exception {
        for (String count : new String[] { null, "0", "101", "abc", "-1", "99999999999" }) {
            var request = get("/user/message").header("Authorization", USER);
            if (count != null) {
                request.param("count", count);
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Params Not Valid"))
                    .andExpect(jsonPath("$.status").value(0))
                    .andExpect(jsonPath("$.errors.count").isArray());
        }
        verifyNoInteractions(inbox);
    }

    @Test
    void aLastIdThatIsNoMessageIdIsA400NamingIt() throws Exception {
        for (String lastId : new String[] { "abc", "-5", "0", "1616747477657:250228d2", "9".repeat(30) }) {
            mvc.perform(get("/user/message").param("count", "10").param("lastId", lastId)
                    .header("Authorization", USER))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.lastId").isArray());
        }
        verifyNoInteractions(inbox);
    }

    @Test
    void withoutAnAccountTheInboxIsRefusedInTheAppShape() throws Exception {
        mvc.perform(get("/user/message").param("count", "10").header("Authorization",
                TestIdentities.anonymous("app")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(0));
        mvc.perform(get("/user/message/unread_total"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("Authorized Failed"));
        verify(inbox, org.mockito.Mockito.never()).read(anyLong(), eq(null), anyInt());
    }
}
