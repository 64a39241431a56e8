package com.communitysuite.account.captcha;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SmsCaptchaRepository extends JpaRepository<SmsCaptcha, Long> {

    /** The newest captcha of a phone, locked so that two logins cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SmsCaptcha> findFirstByCountryCodeAndMobileOrderByCreatedAtDesc(String countryCode, String mobile);

    long countByCountryCodeAndMobileAndCreatedAtAfter(String countryCode, String mobile, Instant since);

    long countByRequesterIpAndCreatedAtAfter(String requesterIp, Instant since);
}
