package com.communitysuite.clubroom.people;

/**
 * An account logged off: each feature erases what it holds of the user. Published inside the transaction that
 * handles account-service's {@code account.logged-off}, so listeners ({@code @EventListener}) erase in it too.
 */
public record AccountErased(long accountId, String uid) {
}
