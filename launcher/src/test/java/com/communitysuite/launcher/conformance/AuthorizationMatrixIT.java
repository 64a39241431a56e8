package com.communitysuite.launcher.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.communitysuite.launcher.conformance.AuthorizationMatrix.Caller;
import com.communitysuite.launcher.conformance.AuthorizationMatrix.Cell;

/**
 * The authorization matrix: every documented operation that changes something, against every kind of caller
 * (anonymous, stranger, owner, manager, administrator), with the answer each was expected to get and got, written to
 * {@code docs/authorization.md}. Runs after the other end-to-end classes; fails the build for an operation with a
 * caller no test tried (and no reason why that caller does not exist for it), or a cell that did not hold.
 */
@Order(Integer.MAX_VALUE - 1)
class AuthorizationMatrixIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();

    @Test
    void everyOperationThatChangesSomethingIsTriedByEveryKindOfCaller() throws IOException {
        Set<String> pending = ApiDocuments.pending(REPOSITORY);
        List<ApiOperation> mutating = ApiDocuments.operations(ApiDocuments.directory(REPOSITORY)).stream()
                .filter(o -> !o.method().equals("GET") && !pending.contains(o.key())).toList();
        Map<String, List<Cell>> cells = AuthorizationMatrix.cells();
        Map<String, Map<Caller, String>> noSuchCaller = AuthorizationMatrix.noSuchCaller();

        List<String> untried = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        List<String> reasons = new ArrayList<>();
        for (ApiOperation operation : mutating) {
            StringBuilder row = new StringBuilder("| " + operation.surface() + " | `" + operation.method() + " "
                    + operation.path() + "` |");
            for (Caller caller : Caller.values()) {
                List<Cell> tried = cells.getOrDefault(operation.key(), List.of()).stream()
                        .filter(c -> c.caller() == caller).toList();
                String reason = noSuchCaller.getOrDefault(operation.key(), Map.of()).get(caller);
                if (!tried.isEmpty()) {
                    row.append(' ').append(tried.stream().map(AuthorizationMatrixIT::cellText).distinct()
                            .collect(Collectors.joining("; "))).append(" |");
                    tried.stream().filter(c -> !c.held()).forEach(c -> broken.add(operation.key() + " "
                            + caller.label() + ": expected " + c.expected() + ", got " + c.observed() + " ("
                            + c.test() + ")"));
                }
                else if (reason != null) {
                    int index = reasons.indexOf(reason);
                    if (index < 0) {
                        reasons.add(reason);
                        index = reasons.size() - 1;
                    }
                    row.append(" — [").append(index + 1).append("] |");
                }
                else {
                    row.append(" **not tried** |");
                    untried.add(operation.key() + " " + caller.label());
                }
            }
            rows.append(row).append('\n');
        }
        Files.writeString(REPOSITORY.resolve("docs").resolve("authorization.md"), document(rows, reasons));

        Set<String> unknown = new TreeSet<>(cells.keySet());
        unknown.addAll(noSuchCaller.keySet());
        unknown.removeAll(mutating.stream().map(ApiOperation::key).collect(Collectors.toSet()));
        assertThat(unknown).as("matrix rows for operations that are not documented mutating operations").isEmpty();
        assertThat(broken).as("cells of the authorization matrix that did not hold").isEmpty();
        assertThat(untried).as("operations and callers no test tried").isEmpty();
    }

    private static String cellText(Cell cell) {
        return (cell.held() ? "" : "**FAIL** ") + cell.expected() + (cell.held() ? "" : " (got " + cell.observed()
                + ")");
    }

    private static String document(StringBuilder rows, List<String> reasons) {
        StringBuilder out = new StringBuilder();
        out.append("# Authorization matrix\n\n");
        out.append("Every documented operation that changes something, tried through the gateway by each kind of\n");
        out.append("caller, with the answer the caller is expected to get (and got: a cell that did not hold fails\n");
        out.append("the build and is marked **FAIL**). Written by `AuthorizationMatrixIT` on every run of\n");
        out.append("`./mvnw -B verify`; the tries are in `launcher/src/test/java/.../e2e/*AuthorizationIT.java` and\n");
        out.append("`AnonymousCallersIT`. Refused tries are followed by a check that the data was left as it was.\n\n");
        out.append("Callers: *anonymous* has no credentials; *stranger* is signed in but has nothing to do with the\n");
        out.append("data; *owner* is its creator or the user themselves; *manager* was given a hand in it (an\n");
        out.append("organization's manager, a group's member, a sponsor); *admin* is the surface's administrator\n");
        out.append("(the campus super user, the meeting mini-program's activity administrator). \"served\" is the\n");
        out.append("surface's success; a number is the HTTP status of a refusal; a code is the surface's error code.\n\n");
        out.append("| surface | operation | anonymous | stranger | owner | manager | admin |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        out.append(rows);
        if (!reasons.isEmpty()) {
            out.append("\nWhere a caller does not exist for an operation:\n\n");
            for (int i = 0; i < reasons.size(); i++) {
                String reason = reasons.get(i);
                out.append(i + 1).append(". ").append(Character.toUpperCase(reason.charAt(0)))
                        .append(reason.substring(1)).append(reason.endsWith(".") ? "" : ".").append('\n');
            }
        }
        return out.toString();
    }
}
