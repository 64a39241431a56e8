package com.communitysuite.platform.security.resource;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import com.communitysuite.platform.security.identity.IdentityClaims;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/** The caller's roles as authorities ({@code ROLE_admin}, ...), so services may also use Spring's checks. */
final class IdentityAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        SuiteIdentity identity = IdentityClaims.read(jwt.getClaims());
        List<GrantedAuthority> authorities = identity.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        JwtAuthenticationToken authentication = new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        authentication.setDetails(identity);
        return authentication;
    }
}
