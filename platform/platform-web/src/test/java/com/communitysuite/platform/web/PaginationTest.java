package com.communitysuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.web.app.CursorRequest;
import com.communitysuite.platform.web.campus.LimitOffsetPage;
import com.communitysuite.platform.web.campus.LimitOffsetRequest;
import com.communitysuite.platform.web.mp.PageNumberRequest;

class PaginationTest {

    @Test
    void mpPagesDefaultToTheFirstPageOfTenAndCapTheSizeAtFifty() {
        assertThat(PageNumberRequest.of(null, null)).isEqualTo(new PageNumberRequest(1, 10));
        assertThat(PageNumberRequest.of("3", "500")).isEqualTo(new PageNumberRequest(3, 50));
        assertThat(PageNumberRequest.of("2", "-4")).isEqualTo(new PageNumberRequest(2, 10));
        assertThat(PageNumberRequest.of("2", "x").offset()).isEqualTo(10);
        assertThatThrownBy(() -> PageNumberRequest.of("0", "10")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> PageNumberRequest.of("abc", "10")).isInstanceOf(ApiProblem.class);
    }

    @Test
    void campusListsArePagedOnlyWithAPositiveLimit() {
        assertThat(LimitOffsetRequest.of(null, null).paged()).isFalse();
        assertThat(LimitOffsetRequest.of("0", "5").paged()).isFalse();
        assertThat(LimitOffsetRequest.of("x", null).paged()).isFalse();
        assertThat(LimitOffsetRequest.of("2", "-3")).isEqualTo(new LimitOffsetRequest(2, 0));
    }

    @Test
    void campusPagesLinkToTheNextAndPreviousPages() {
        LimitOffsetPage<String> middle = LimitOffsetRequest.of("2", "2").page(5, List.of("c", "d"),
                "http://host/campus/blocks/?limit=2&offset=2&name=x");

        assertThat(middle.count()).isEqualTo(5);
        assertThat(middle.next()).isEqualTo("http://host/campus/blocks/?limit=2&name=x&offset=4");
        assertThat(middle.previous()).isEqualTo("http://host/campus/blocks/?limit=2&name=x");
        LimitOffsetPage<String> last = LimitOffsetRequest.of("2", "4").page(5, List.of("e"),
                "http://host/campus/blocks/?limit=2&offset=4");
        assertThat(last.next()).isNull();
    }

    @Test
    void appCursorsTakeOneToAHundredRows() {
        assertThat(CursorRequest.of(" ", 20).isFirstPage()).isTrue();
        assertThat(CursorRequest.of("abc", 100).lastId()).isEqualTo("abc");
        assertThatThrownBy(() -> CursorRequest.of(null, 0)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> CursorRequest.of(null, 101)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> CursorRequest.of(null, null)).isInstanceOf(ApiProblem.class);
    }
}
