package com.communitysuite.platform.security.resource;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.SurfaceErrors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A request without a valid gateway identity (which only a caller that went around the gateway can send) is refused
 * with a 401, and a caller without the needed role with a 403, each in the shape of the path's surface.
 */
final class SurfaceShapedSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        Surface surface = Surface.fromPath(request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(SurfaceErrors.body(surface, status, null)));
    }
}
