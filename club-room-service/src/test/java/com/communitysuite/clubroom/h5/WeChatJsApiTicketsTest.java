package com.communitysuite.clubroom.h5;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.communitysuite.platform.test.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

/** stable_token and getticket as WeChat answers them, and how long the ticket is kept. */
class WeChatJsApiTicketsTest {

    static final WireMockServer weChat = new WireMockServer(options().dynamicPort());
    MutableClock clock;
    WeChatJsApiTickets tickets;

    @BeforeAll
    static void start() {
        weChat.start();
    }

    @AfterAll
    static void stop() {
        weChat.stop();
    }

    @BeforeEach
    void client() {
        weChat.resetAll();
        clock = new MutableClock();
        tickets = new WeChatJsApiTickets(new H5WeChatProperties("api", weChat.baseUrl(), "wx-oa", "oa-secret",
                Duration.ofMillis(800)), clock);
    }

    @Test
    void theTicketComesWithAStableTokenAndIsKeptUntilFiveMinutesBeforeItExpires() {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).withRequestBody(equalToJson("""
                {"grant_type": "client_credential", "appid": "wx-oa", "secret": "oa-secret", "force_refresh": false}"""))
                .willReturn(okJson("{\"access_token\": \"TOKEN\", \"expires_in\": 7200}")));
        weChat.stubFor(get(urlPathEqualTo("/cgi-bin/ticket/getticket")).withQueryParam("access_token", equalTo("TOKEN"))
                .withQueryParam("type", equalTo("jsapi")).willReturn(okJson("""
                        {"errcode": 0, "errmsg": "ok", "ticket": "TICKET-1", "expires_in": 7200}""")));

        assertThat(tickets.ticket()).isEqualTo("TICKET-1");
        clock.advance(Duration.ofMinutes(110));
        assertThat(tickets.ticket()).isEqualTo("TICKET-1");
        weChat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/ticket/getticket")));

        clock.advance(Duration.ofMinutes(6));
        tickets.ticket();
        weChat.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/ticket/getticket")));
        weChat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
        assertThat(tickets.appId()).isEqualTo("wx-oa");
    }

    @Test
    void refusalsAndOutagesAreTicketFailuresAndAnExpiredTokenIsAskedForAgain() {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson("""
                {"errcode": 40013, "errmsg": "invalid appid"}""")));
        assertThatThrownBy(tickets::ticket).isInstanceOf(JsApiTickets.JsApiTicketException.class);

        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\": \"TOKEN\", \"expires_in\": 7200}")));
        weChat.stubFor(get(urlPathEqualTo("/cgi-bin/ticket/getticket")).willReturn(okJson("""
                {"errcode": 42001, "errmsg": "access_token expired"}""")));
        assertThatThrownBy(tickets::ticket).isInstanceOf(JsApiTickets.JsApiTicketException.class);
        assertThatThrownBy(tickets::ticket).isInstanceOf(JsApiTickets.JsApiTicketException.class);
        weChat.verify(3, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));

        weChat.stubFor(get(urlPathEqualTo("/cgi-bin/ticket/getticket"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(tickets::ticket).isInstanceOf(JsApiTickets.JsApiTicketException.class)
                .hasMessage("WeChat unreachable");
        weChat.stubFor(get(urlPathEqualTo("/cgi-bin/ticket/getticket")).willReturn(aResponse().withBody("<html>")));
        assertThatThrownBy(tickets::ticket).isInstanceOf(JsApiTickets.JsApiTicketException.class);
    }

    @Test
    void anAccountWithoutAppIdOrSecretDoesNotStart() {
        assertThatThrownBy(() -> new WeChatJsApiTickets(new H5WeChatProperties("api", null, "wx", null, null), clock))
                .isInstanceOf(IllegalStateException.class);
    }
}
