package com.communitysuite.account.account;

/** An account's standing; only NORMAL accounts may sign in. */
public enum AccountStatus {
    NORMAL(1), LIMITED(-1), FROZEN(-2), DELETED(-99);

    private final short code;

    AccountStatus(int code) {
        this.code = (short) code;
    }

    public short code() {
        return code;
    }

    public static AccountStatus of(short code) {
        for (AccountStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("No account status " + code);
    }
}
