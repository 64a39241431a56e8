package com.communitysuite.launcher.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The documents' own lists of operations: 195 in all, each once. */
class ApiDocumentsTest {

    private final List<ApiOperation> operations = ApiDocuments.operations(ApiDocuments.directory(
            Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath().normalize()));

    @Test
    void everyDocumentedOperationIsFoundOnce() {
        Map<String, Long> bySurface = operations.stream()
                .collect(Collectors.groupingBy(ApiOperation::surface, Collectors.counting()));

        assertThat(bySurface).containsEntry("app", 45L).containsEntry("mp", 58L).containsEntry("campus", 81L)
                .containsEntry("wx", 7L).containsEntry("codes", 4L);
        assertThat(operations).hasSize(195);
        assertThat(operations.stream().map(ApiOperation::key).distinct()).hasSize(195);
    }

    @Test
    void pathsAreWrittenAsTheGatewayServesThem() {
        assertThat(operations).extracting(ApiOperation::key).contains("app GET /user/{uid}/profile",
                "app POST /app/link/preview/{linkMD5}", "mp PUT /mp/user/{pk}/", "mp DELETE /mp/meeting/{mid}/",
                "campus DELETE /campus/users/followed_organizations/", "campus POST /campus/register/",
                "campus GET /campus/activities/{act_id}/users/{user_id}/comments/",
                "wx GET /activitys_for_wx/{id}/wx/hasJoin/{member_id}", "codes POST /activity/join#10305");
    }
}
