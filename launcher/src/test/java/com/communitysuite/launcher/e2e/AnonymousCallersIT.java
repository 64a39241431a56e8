package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.ApiDocuments;
import com.communitysuite.launcher.conformance.ApiOperation;
import com.communitysuite.launcher.conformance.AuthorizationMatrix;
import com.communitysuite.launcher.conformance.AuthorizationMatrix.Caller;
import com.communitysuite.launcher.conformance.AuthorizationMatrix.Cell;

/**
 * The first column of the authorization matrix, for every documented operation that changes something: a caller
 * without credentials is refused (400 for a request the surface cannot even authenticate, 401, 403), never served,
 * except by the documented sign-in endpoints and the H5 share pages (read by POST, open to any web visitor), which
 * exist for exactly that caller.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE - 2)
class AnonymousCallersIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();
    /** The documents' operations for callers who have no credentials yet. */
    private static final Set<String> FOR_ANONYMOUS_CALLERS = Set.of("app POST /account/captcha",
            "app POST /account/login/captcha", "mp POST /mp/login/", "mp POST /mp/refresh/",
            "campus POST /campus/userLogin/", "campus POST /campus/adminLogIn/", "campus POST /campus/refresh/");
    private static final String OPEN_TO_EVERY_CALLER = "Open to every caller: a sign-in (its caller has no "
            + "credentials yet, and it acts on nobody's data but the one signing in) or an H5 share page (public, "
            + "read by POST); their answers are in the conformance tests.";

    @Test
    void noOperationThatChangesSomethingServesACallerWithoutCredentials(Suite suite) throws IOException {
        Set<String> notBuilt = ApiDocuments.pending(REPOSITORY);
        List<String> served = new ArrayList<>();
        int tried = 0;
        for (ApiOperation operation : ApiDocuments.operations(ApiDocuments.directory(REPOSITORY))) {
            if (operation.method().equals("GET")) {
                continue;
            }
            if (FOR_ANONYMOUS_CALLERS.contains(operation.key()) || operation.path().startsWith("/h5/")) {
                Authorization row = Authorization.of(operation.key());
                for (Caller caller : Caller.values()) {
                    row.noSuchCaller(caller, OPEN_TO_EVERY_CALLER);
                }
                continue;
            }
            String path = operation.gatewayPath().replaceAll("\\{[^}]+}", "1");
            String body = operation.surface().equals("codes")
                    ? "{\"request_code\":" + operation.path().substring(operation.path().indexOf('#') + 1) + "}"
                    : "{\"id\":1,\"name\":\"x\"}";
            HttpRequest.Builder request = suite.gateway().request(path).header("Content-Type", "application/json")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
            if (operation.surface().equals("app")) {
                request.header("Client-Type", "1").header("Version-Name", "0.1.7").header("Version-Code", "19");
            }
            HttpRequest built = request.build();
            Gateway.Answer answer = suite.gateway().waitingWhenTold(() -> suite.gateway().send(built));
            tried++;
            if (notBuilt.contains(operation.key())) {
                if (!Set.of(400, 401, 403, 404, 405).contains(answer.status())) {
                    served.add(operation.key() + " -> " + answer);
                }
                continue;
            }
            Cell cell = new Cell(Caller.ANONYMOUS, "400/401/403", answer.status() + " " + answer.body(),
                    Set.of(400, 401, 403).contains(answer.status()), "AnonymousCallersIT");
            AuthorizationMatrix.record(operation.key(), cell);
            if (!cell.held()) {
                served.add(operation.key() + " -> " + answer);
            }
        }

        assertThat(tried).isGreaterThan(80);
        assertThat(served).as("operations that served a caller without credentials").isEmpty();
    }

}
