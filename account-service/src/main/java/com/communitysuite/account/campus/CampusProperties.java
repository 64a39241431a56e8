package com.communitysuite.account.campus;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param emailDomains domains a campus user may verify an address of (for example {@code buaa.edu.cn}); empty: any */
@ConfigurationProperties("account.campus")
public record CampusProperties(List<String> emailDomains) {

    public CampusProperties {
        emailDomains = emailDomains == null ? List.of() : emailDomains.stream()
                .map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
    }

    boolean allows(String email) {
        return emailDomains.isEmpty() || emailDomains.stream().anyMatch(domain -> email.endsWith("@" + domain));
    }
}
