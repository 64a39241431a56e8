package com.communitysuite.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.net.ServerSocket;

import org.reactivestreams.Publisher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.communitysuite.platform.test.SharedInfrastructure;
import com.communitysuite.platform.test.TestIdentities;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * One gateway context for all gateway tests, in front of stand-in services found through discovery: WireMock plays
 * account-service, user-service, activity-service (slow) and club-room-service; meeting-service is a closed port;
 * the JVM's embedded broker carries account-service's events. WireMock speaks no WebSocket: club-room-service's
 * instance is a small Reactor Netty server that answers the room presence socket itself (its one message is the
 * identity the gateway handed over) and passes every other request on to club-room-service's WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        "suite.gateway.resilience.routes.activity-wx.timeout=700ms",
        "suite.gateway.auth.max-body-bytes=2048",
        "suite.gateway.rate-limit.per-caller-per-second=20" })
public abstract class GatewayTestSupport {

    protected static final WireMockServer accountService = started();
    protected static final WireMockServer userService = started();
    protected static final WireMockServer activityService = started();
    protected static final WireMockServer clubRoomService = started();
    protected static final int stoppedServicePort = freePort();
    protected static final DisposableServer clubRoomInstance = HttpServer.create().host("localhost").port(0)
            .route(routes -> routes
                    .ws("/room/{roomId}/live", (in, out) -> out.sendString(Mono.just(String.valueOf(
                            in.headers().get(HttpHeaderNames.AUTHORIZATION)))))
                    .route(request -> true, GatewayTestSupport::toClubRoomService))
            .bindNow();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("suite.identity.signing-key", TestIdentities::signingKey);
        registry.add("spring.cloud.discovery.client.simple.instances.account-service[0].uri", accountService::baseUrl);
        registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", userService::baseUrl);
        registry.add("spring.cloud.discovery.client.simple.instances.activity-service[0].uri",
                activityService::baseUrl);
        registry.add("spring.cloud.discovery.client.simple.instances.club-room-service[0].uri",
                () -> "http://localhost:" + clubRoomInstance.port());
        registry.add("spring.cloud.discovery.client.simple.instances.meeting-service[0].uri",
                () -> "http://localhost:" + stoppedServicePort);
    }

    private static Publisher<Void> toClubRoomService(HttpServerRequest request, HttpServerResponse response) {
        return HttpClient.create()
                .headers(headers -> headers.add(request.requestHeaders()))
                .request(request.method())
                .uri(clubRoomService.baseUrl() + request.uri())
                .send((outgoing, outbound) -> outbound.send(request.receive().retain()))
                .response((answer, body) -> response.status(answer.status()).headers(answer.responseHeaders())
                        .send(body.retain()))
                .then();
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
