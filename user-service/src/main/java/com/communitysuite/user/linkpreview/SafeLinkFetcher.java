package com.communitysuite.user.linkpreview;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.net.SocketFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches a web page for its preview without becoming a way into the network it runs in (integrations.md 8b):
 * http and https only, no credentials in the URL; the host is resolved once and every address checked against the
 * {@link AddressPolicy}; the connection goes to exactly those checked addresses (OkHttp's DNS is handed the vetted
 * list, so a second lookup cannot rebind the name); redirects are followed by hand, each hop checked again, at most
 * a few; connect and total time limits; HTML only, read up to a size limit; parsed with jsoup.
 */
public class SafeLinkFetcher {

    private static final Log log = LogFactory.getLog(SafeLinkFetcher.class);
    private static final String USER_AGENT = "community-suite-link-preview/1.0";

    private final HostResolver resolver;
    private final AddressPolicy policy;
    private final OkHttpClient client;
    private final int maxBytes;
    private final int maxRedirects;

    public SafeLinkFetcher(HostResolver resolver, AddressPolicy policy, SocketFactory sockets, Duration connectTimeout,
            Duration totalTimeout, int maxBytes, int maxRedirects) {
        this.resolver = resolver;
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .proxy(Proxy.NO_PROXY)
                .socketFactory(sockets)
                .connectTimeout(connectTimeout)
                .readTimeout(totalTimeout)
                .callTimeout(totalTimeout)
                .build();
    }

    /** The page's preview, or empty when it may not or cannot be fetched, or is no HTML page. */
    public Optional<LinkPreview> fetch(String link) {
        HttpUrl url = HttpUrl.parse(link);
        try {
            for (int hop = 0; url != null && hop <= maxRedirects; hop++) {
                if (!url.scheme().equals("http") && !url.scheme().equals("https") || !url.username().isEmpty()
                        || !url.password().isEmpty()) {
                    return Optional.empty();
                }
                List<InetAddress> addresses = vetted(url);
                if (addresses.isEmpty()) {
                    return Optional.empty();
                }
                String checkedHost = url.host();
                OkHttpClient pinned = client.newBuilder().dns(host -> {
                    if (!host.equalsIgnoreCase(checkedHost)) {
                        throw new UnknownHostException(host);
                    }
                    return addresses;
                }).build();
                Request request = new Request.Builder().url(url).header("User-Agent", USER_AGENT)
                        .header("Accept", "text/html,application/xhtml+xml").get().build();
                try (Response response = pinned.newCall(request).execute()) {
                    if (response.isRedirect()) {
                        String location = response.header("Location");
                        url = location == null ? null : url.resolve(location);
                        continue;
                    }
                    if (!response.isSuccessful()) {
                        return Optional.empty();
                    }
                    return page(response.body(), url);
                }
            }
        }
        catch (IOException | RuntimeException e) {
            log.debug("No preview of " + link + ": " + e);
        }
        return Optional.empty();
    }

    /** Every address of the host, if the policy permits all of them; none otherwise. */
    private List<InetAddress> vetted(HttpUrl url) {
        try {
            List<InetAddress> addresses = resolver.resolve(url.host());
            if (addresses.isEmpty() || !addresses.stream().allMatch(a -> policy.permits(a, url.port()))) {
                return List.of();
            }
            return addresses;
        }
        catch (UnknownHostException e) {
            return List.of();
        }
    }

    private Optional<LinkPreview> page(ResponseBody body, HttpUrl url) throws IOException {
        MediaType type = body.contentType();
        if (type == null || !(type.subtype().equals("html") && type.type().equals("text")
                || type.subtype().equals("xhtml+xml"))) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes(maxBytes);
        }
        Charset charset = type.charset(null);
        Document document = Jsoup.parse(new java.io.ByteArrayInputStream(bytes),
                charset == null ? null : charset.name(), url.toString());
        return Optional.of(OpenGraph.previewOf(document, url));
    }

    /** Open Graph first, then Twitter cards, then plain HTML (integrations.md 8a). */
    static final class OpenGraph {

        private OpenGraph() {
        }

        static LinkPreview previewOf(Document document, HttpUrl finalUrl) {
            String title = first(meta(document, "og:title"), meta(document, "twitter:title"), document.title());
            String description = first(meta(document, "og:description"), meta(document, "twitter:description"),
                    meta(document, "description"));
            String image = webUrl(finalUrl, first(meta(document, "og:image"), meta(document, "og:image:url"),
                    meta(document, "twitter:image")));
            String url = webUrl(finalUrl, meta(document, "og:url"));
            return new LinkPreview(cap(title, 500), cap(description, 1000), cap(image, 2048),
                    cap(url.isEmpty() ? finalUrl.toString() : url, 2048));
        }

        private static String meta(Document document, String name) {
            for (Element element : document.select("meta[property=" + name + "], meta[name=" + name + "]")) {
                String content = element.attr("content").trim();
                if (!content.isEmpty()) {
                    return content;
                }
            }
            return "";
        }

        private static String first(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return value.trim();
                }
            }
            return "";
        }

        /** Relative to the page's final URL; http and https only. */
        private static String webUrl(HttpUrl base, String value) {
            if (value.isEmpty()) {
                return "";
            }
            HttpUrl resolved = base.resolve(value);
            return resolved == null ? "" : resolved.toString();
        }

        private static String cap(String value, int max) {
            return value.length() <= max ? value : value.substring(0, max);
        }
    }
}
