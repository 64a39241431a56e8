package com.communitysuite.platform.security.resource;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.communitysuite.platform.security.identity.SuiteIdentity;

/** Lets a controller method declare a {@link SuiteIdentity} parameter to receive the caller. */
final class SuiteIdentityArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return SuiteIdentity.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return CurrentIdentity.get()
                .orElseThrow(() -> new IllegalStateException("no gateway identity on an authenticated request"));
    }
}
