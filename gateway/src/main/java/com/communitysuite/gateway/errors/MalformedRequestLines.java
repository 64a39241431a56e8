package com.communitysuite.gateway.errors;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.Surface;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import reactor.core.publisher.Mono;

/**
 * A request line whose target is not a valid URI (a malformed percent-escape such as {@code %ZZ}, a raw space or
 * brace) never reaches Spring: the web server would refuse it with an empty 400. Such a request is redirected, at
 * the connection, to an endpoint that answers the 400 in the shape of the surface the path belongs to.
 */
@Configuration(proxyBeanMethods = false)
class MalformedRequestLines {

    static final String PATH = "/__gateway/malformed-request";

    @Bean
    NettyServerCustomizer malformedRequestLineRedirect() {
        RedirectMalformedTargets handler = new RedirectMalformedTargets();
        return server -> server.doOnConnection(connection -> connection.addHandlerFirst("suite.malformedTargets",
                handler));
    }

    @ChannelHandler.Sharable
    static final class RedirectMalformedTargets extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request && !isValidTarget(request.uri())) {
                request.setUri(PATH + "?surface=" + Surface.fromPath(request.uri()).name());
            }
            context.fireChannelRead(message);
        }

        static boolean isValidTarget(String target) {
            try {
                new URI("http://gateway" + target);
                return true;
            }
            catch (URISyntaxException e) {
                return false;
            }
        }
    }

    @RestController
    static class MalformedRequestController {

        @RequestMapping(PATH)
        Mono<Void> malformed(@RequestParam(defaultValue = "APP") String surface, ServerWebExchange exchange) {
            Surface parsed;
            try {
                parsed = Surface.valueOf(surface.toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                parsed = Surface.APP;
            }
            return SurfaceResponses.write(exchange.getResponse(), parsed, HttpStatus.BAD_REQUEST,
                    null, null, FieldErrors.of("path", "is not a valid URL (malformed percent-encoding)"));
        }
    }
}
