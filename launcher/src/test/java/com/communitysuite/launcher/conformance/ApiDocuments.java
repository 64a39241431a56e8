package com.communitysuite.launcher.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every operation out of the five API documents in {@code shared/api/}, each in the way that document lists
 * them, so the conformance table is the documents' own list and not one written by hand beside them.
 */
public final class ApiDocuments {

    private static final Pattern APP = Pattern.compile("^\\*\\*(GET|POST|PUT|DELETE)\\*\\*\\s+<u>(.+?)</u>");
    private static final Pattern APP_TITLE = Pattern.compile("^#####\\s*\\d+\\.\\s*(.+)$");
    private static final Pattern MP_TITLE = Pattern.compile("^###\\s*\\d+\\.\\s*(.+)$");
    private static final Pattern MP_PATH = Pattern.compile("^请求(?:地址|路径)[：:]\\s*(\\S+)");
    private static final Pattern MP_METHOD = Pattern.compile("^请求(?:方法|方式)[：:]\\s*(\\w+)");
    private static final Pattern CAMPUS = Pattern.compile("^(\\S.*?)\\s+(?:(GET|POST|PUT|DELETE)\\s+)?`([A-Za-z][^`]*)`\\s*$");
    private static final Pattern WX = Pattern.compile("^\\[(GET|POST|PUT|DELETE)\\]\\s*(/[^\\s?]+)\\s*$");
    private static final String PAGING_HEADING = "分页请求说明";
    private static final Pattern PATH_VARIABLE = Pattern.compile(
            "\\{([A-Za-z_][A-Za-z0-9_]*)(?::(?:[^{}]|\\{[^{}]*})*)?}|<(?:int:)?([A-Za-z_]+)>");

    private ApiDocuments() {
    }

    /**
     * Operations not built yet, each named in {@code docs/conformance-pending.txt} of the repository: the list may
     * only shrink, and the conformance table fails the build for a missing operation that is not on it.
     */
    public static java.util.Set<String> pending(Path repository) throws IOException {
        Path file = repository.resolve("docs").resolve("conformance-pending.txt");
        if (!Files.exists(file)) {
            return java.util.Set.of();
        }
        return Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The documents' directory: {@code ../shared/api} beside the repository. */
    public static Path directory(Path repository) {
        return repository.resolveSibling("shared").resolve("api");
    }

    public static List<ApiOperation> operations(Path directory) {
        List<ApiOperation> operations = new ArrayList<>();
        operations.addAll(app(lines(directory.resolve("app-gateway-api.md"))));
        operations.addAll(mp(lines(directory.resolve("mp-meeting-api.md"))));
        operations.addAll(campus(lines(directory.resolve("campus-activity-api.md"))));
        operations.addAll(wx(lines(directory.resolve("wx-interaction-api.md"))));
        operations.addAll(codes());
        return operations;
    }

    static List<ApiOperation> app(List<String> lines) {
        List<ApiOperation> operations = new ArrayList<>();
        String title = "";
        for (String line : lines) {
            Matcher heading = APP_TITLE.matcher(line.trim());
            if (heading.matches()) {
                title = heading.group(1).trim();
            }
            Matcher operation = APP.matcher(line.trim());
            if (operation.find()) {
                operations.add(new ApiOperation("app", operation.group(1), normalise(operation.group(2)), title));
            }
        }
        return operations;
    }

    static List<ApiOperation> mp(List<String> lines) {
        List<ApiOperation> operations = new ArrayList<>();
        String title = null;
        String path = null;
        for (String line : lines) {
            String text = line.trim();
            Matcher heading = MP_TITLE.matcher(text);
            if (heading.matches()) {
                title = heading.group(1).trim();
                path = null;
                continue;
            }
            if (text.startsWith("## ")) {
                title = text.substring(3).trim();
                path = null;
            }
            Matcher pathLine = MP_PATH.matcher(text);
            if (pathLine.find()) {
                path = pathLine.group(1);
            }
            Matcher method = MP_METHOD.matcher(text);
            if (method.find() && path != null) {
                String verb = method.group(1).toUpperCase(Locale.ROOT).replace("请求", "");
                operations.add(new ApiOperation("mp", verb, "/mp" + normalise(path), title));
                path = null;
            }
        }
        return operations;
    }

    static List<ApiOperation> campus(List<String> lines) {
        List<ApiOperation> operations = new ArrayList<>();
        // The document lists every operation once at its top, between its first two "分页请求说明" headings.
        int start = Math.max(0, lines.indexOf(PAGING_HEADING));
        int next = lines.subList(start + 1, lines.size()).indexOf(PAGING_HEADING);
        int end = next < 0 ? lines.size() : start + 1 + next;
        for (String line : lines.subList(start, end)) {
            Matcher operation = CAMPUS.matcher(line.trim());
            if (operation.matches()) {
                String method = operation.group(2) == null ? "POST" : operation.group(2);
                String path = operation.group(3).replaceAll("\\?.*$", "");
                operations.add(new ApiOperation("campus", method, "/campus/" + normalise(path).substring(1),
                        operation.group(1).trim()));
            }
        }
        return operations;
    }

    static List<ApiOperation> wx(List<String> lines) {
        List<ApiOperation> operations = new ArrayList<>();
        for (String line : lines) {
            Matcher operation = WX.matcher(line.trim());
            if (operation.matches()) {
                String path = operation.group(2).replaceFirst("^/api/v3", "");
                operations.add(new ApiOperation("wx", operation.group(1), normalise(path), ""));
            }
        }
        return operations;
    }

    /** The request-code protocol's operations are its codes: two at /activity/create, two at /activity/join. */
    static List<ApiOperation> codes() {
        return List.of(new ApiOperation("codes", "POST", "/activity/create#10301", "活动上传的第一个请求"),
                new ApiOperation("codes", "POST", "/activity/create#10302", "活动上传的第二个请求"),
                new ApiOperation("codes", "POST", "/activity/join#10305", "活动报名"),
                new ApiOperation("codes", "POST", "/activity/join#10306", "取消活动报名"));
    }

    /** Path variables as {@code {name}}, a leading slash, the query left out. */
    static String normalise(String path) {
        String withoutQuery = path.replaceAll("\\?.*$", "").trim();
        Matcher variable = PATH_VARIABLE.matcher(withoutQuery);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            variable.appendReplacement(out, Matcher.quoteReplacement("{" + name + "}"));
        }
        variable.appendTail(out);
        String normalised = out.toString();
        return normalised.startsWith("/") ? normalised : "/" + normalised;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the API document " + file, e);
        }
    }
}
