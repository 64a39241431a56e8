package com.communitysuite.account.account;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The openid each account signed in with, per mini-program: what WeChat subscribe messages are addressed to. */
@Repository
public class WeChatAppOpenids {

    /** The mini-programs whose sign-ins are recorded. */
    public static final Set<String> APPS = Set.of("mp", "campus");

    private final JdbcClient jdbc;

    WeChatAppOpenids(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AppOpenid(long accountId, String openid) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remember(long accountId, String app, String openid) {
        jdbc.sql("""
                INSERT INTO wechat_app_openid (account_id, app, openid) VALUES (:account, :app, :openid)
                ON CONFLICT (account_id, app) DO UPDATE SET openid = EXCLUDED.openid""")
                .param("account", accountId).param("app", app).param("openid", openid).update();
    }

    /** Log-off: the person is no longer reachable through this account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(long accountId) {
        jdbc.sql("DELETE FROM wechat_app_openid WHERE account_id = :account").param("account", accountId).update();
    }

    /** The openids in the app of those of the accounts that signed in there and may still sign in. */
    @Transactional(readOnly = true)
    public List<AppOpenid> of(List<Long> accountIds, String app) {
        return jdbc.sql("""
                SELECT o.account_id, o.openid FROM wechat_app_openid o JOIN account a ON a.id = o.account_id
                WHERE o.account_id IN (:accounts) AND o.app = :app AND a.status <> -99 ORDER BY o.account_id""")
                .param("accounts", accountIds).param("app", app)
                .query((row, n) -> new AppOpenid(row.getLong(1), row.getString(2))).list();
    }
}
