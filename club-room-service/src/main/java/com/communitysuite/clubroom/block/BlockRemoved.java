package com.communitysuite.clubroom.block;

/**
 * A block is being deleted: what belongs to it goes first (its organizations, as the original's cascade did).
 * Published inside the deleting transaction, before the block's row goes.
 */
public record BlockRemoved(long blockId, String actorUid) {
}
