package com.communitysuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;

class DomainFailuresTest {

    @Test
    void theAppSurfaceAnswersRefusalsAsBusinessFailuresWithTheDocumentedCode() {
        ApiProblem problem = DomainFailures.of(Surface.APP, new NotFoundException("club.not-found", "圈子不存在"));

        assertThat(problem.status()).isEqualTo(HttpStatus.OK);
        assertThat(problem.code()).isEqualTo("500000");
        assertThat(problem.getMessage()).isEqualTo("圈子不存在");
    }

    @Test
    void aReasonWithoutADocumentedCodeIsCodeZeroWithItsMessage() {
        ApiProblem problem = DomainFailures.of(Surface.APP, new NotAllowedException("club.owner-leaving",
                "创建人暂时无法退出圈子"));

        assertThat(problem.status()).isEqualTo(HttpStatus.OK);
        assertThat(problem.code()).isEqualTo("0");
        assertThat(problem.getMessage()).isEqualTo("创建人暂时无法退出圈子");
    }

    @Test
    void otherSurfacesAnswerWithTheStatusOfTheKindOfRefusal() {
        assertThat(DomainFailures.of(Surface.CAMPUS, new NotFoundException("activity.not-found", "未找到。")).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(DomainFailures.of(Surface.MP, new NotAllowedException("meeting.not-creator", "无权限")).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(DomainFailures.of(Surface.CAMPUS, new ConflictException("participant.full", "活动人数已满。"))
                .status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void invalidInputNamesItsFieldOnEverySurface() {
        for (Surface surface : Surface.values()) {
            ApiProblem problem = DomainFailures.of(surface, new InvalidInputException("name", "名称过长"));

            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.fieldErrors().asMap()).containsEntry("name", java.util.List.of("名称过长"));
        }
    }
}
