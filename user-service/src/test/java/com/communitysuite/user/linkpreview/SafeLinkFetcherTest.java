package com.communitysuite.user.linkpreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.SocketFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher never connects where the policy forbids: every connection it opens is diverted to a local recording
 * server (so a forbidden address, had the fetcher tried it, would show up there instead of being reached), and the
 * server records that none came for loopback, private, link-local and metadata addresses, names resolving to them,
 * and redirects to them.
 */
class SafeLinkFetcherTest {

    private static final String PAGE = """
            <html><head><title>Plain title</title>
            <meta property="og:title" content="开源之夏分享会">
            <meta name="og:description" content="A talk about open source">
            <meta property="og:image" content="/images/cover.jpg">
            </head><body>hello</body></html>""";

    private RecordingServer server;
    private final List<SocketAddress> attempted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        server.answer("200 OK", "text/html; charset=utf-8", PAGE);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aPublicPageIsFetchedAndItsOpenGraphTagsBecomeThePreview() {
        SafeLinkFetcher fetcher = fetcher(AddressPolicy.publicWebOnly(), names(Map.of("news.example", "93.184.216.34")));

        LinkPreview preview = fetcher.fetch("http://news.example/articles/1").orElseThrow();

        assertThat(preview.title()).isEqualTo("开源之夏分享会");
        assertThat(preview.description()).isEqualTo("A talk about open source");
        assertThat(preview.image()).isEqualTo("http://news.example/images/cover.jpg");
        assertThat(preview.url()).isEqualTo("http://news.example/articles/1");
        assertThat(server.connections()).isEqualTo(1);
        assertThat(attempted).containsExactly(new InetSocketAddress("93.184.216.34", 80));
    }

    @Test
    void theTestsOwnLoopbackServerIsReachedOnlyWhenThePolicyAllowsExactlyIt() {
        SafeLinkFetcher allowing = fetcher(AddressPolicy.publicWebOnly().allowing(InetAddress.getLoopbackAddress(),
                server.port()), HostResolver.system());

        assertThat(allowing.fetch("http://127.0.0.1:" + server.port() + "/")).isPresent();
        assertThat(fetcher(AddressPolicy.publicWebOnly(), HostResolver.system())
                .fetch("http://127.0.0.1:" + server.port() + "/")).isEmpty();
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreNeverConnectedTo() {
        SafeLinkFetcher fetcher = fetcher(AddressPolicy.publicWebOnly(), HostResolver.system());

        for (String url : List.of("http://127.0.0.1/", "http://127.1/", "http://2130706433/", "http://localhost/",
                "http://[::1]/", "http://0.0.0.0/", "http://10.0.0.5/", "http://172.16.3.4/", "http://192.168.1.1/",
                "http://100.64.0.1/", "http://169.254.10.10/", "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/", "http://[fd00::1]/", "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a00:1]/",
                "http://224.0.0.1/", "ftp://93.184.216.34/", "http://user:pass@93.184.216.34/")) {
            assertThat(fetcher.fetch(url)).as(url).isEmpty();
        }
        assertThat(server.connections()).isZero();
        assertThat(attempted).isEmpty();
    }

    @Test
    void aNameResolvingToAForbiddenAddressAmongOthersIsNeverConnectedTo() {
        SafeLinkFetcher fetcher = fetcher(AddressPolicy.publicWebOnly(), host -> switch (host) {
            case "intranet.example" -> List.of(InetAddress.getByName("10.1.2.3"));
            case "metadata.example" -> List.of(InetAddress.getByName("169.254.169.254"));
            case "mixed.example" -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1"));
            default -> throw new UnknownHostException(host);
        });

        assertThat(fetcher.fetch("http://intranet.example/")).isEmpty();
        assertThat(fetcher.fetch("http://metadata.example/latest/meta-data/")).isEmpty();
        assertThat(fetcher.fetch("https://mixed.example/")).isEmpty();
        assertThat(fetcher.fetch("http://unknown.example/")).isEmpty();
        assertThat(server.connections()).isZero();
        assertThat(attempted).isEmpty();
    }

    @Test
    void aRedirectToAForbiddenAddressIsNotFollowed() {
        server.redirect("http://169.254.169.254/latest/meta-data/");
        SafeLinkFetcher fetcher = fetcher(AddressPolicy.publicWebOnly(), names(Map.of("news.example", "93.184.216.34")));

        assertThat(fetcher.fetch("http://news.example/moved")).isEmpty();

        assertThat(server.connections()).as("only the first hop").isEqualTo(1);
        assertThat(attempted).containsExactly(new InetSocketAddress("93.184.216.34", 80));
    }

    @Test
    void somethingOtherThanHtmlIsNoPreview() {
        server.answer("200 OK", "application/json", "{\"title\":\"no\"}");
        SafeLinkFetcher fetcher = fetcher(AddressPolicy.publicWebOnly(), names(Map.of("news.example", "93.184.216.34")));

        assertThat(fetcher.fetch("http://news.example/api")).isEmpty();
    }

    @Test
    void theProductionPolicyKeepsToPublicAddressesOnWebPorts() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.publicWebOnly();

        assertThat(policy.permits(InetAddress.getByName("93.184.216.34"), 443)).isTrue();
        assertThat(policy.permits(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"), 80)).isTrue();
        assertThat(policy.permits(InetAddress.getByName("93.184.216.34"), 22)).isFalse();
        assertThat(policy.permits(InetAddress.getByName("198.18.0.1"), 80)).isFalse();
        assertThat(policy.permits(InetAddress.getByName("2001:db8::1"), 80)).isFalse();
        assertThat(policy.permits(InetAddress.getByName("2002:a00:1::1"), 80)).isFalse();
    }

    private SafeLinkFetcher fetcher(AddressPolicy policy, HostResolver resolver) {
        return new SafeLinkFetcher(resolver, policy, new DivertingSockets(), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 64 * 1024, 3);
    }

    private static HostResolver names(Map<String, String> addresses) {
        return host -> {
            String address = addresses.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(address));
        };
    }

    /** Sockets that record where they were asked to connect and connect to the recording server instead. */
    private final class DivertingSockets extends SocketFactory {

        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    attempted.add(endpoint);
                    super.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), timeout);
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException();
        }
    }
}
