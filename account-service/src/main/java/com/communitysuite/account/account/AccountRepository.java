package com.communitysuite.account.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByCountryCodeAndMobile(String countryCode, String mobile);

    Optional<Account> findByUid(String uid);

    Optional<Account> findByWechatUnionid(String unionid);

    Optional<Account> findByWechatOpenid(String openid);
}
